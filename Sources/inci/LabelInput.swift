import Foundation

/// A label's text and a name for it in messages (`<argument>`, a path, `<stdin>`).
struct LabelInput {
    let name: String
    let text: String

    struct ReadError: Error, CustomStringConvertible {
        let description: String
    }

    static func read(argument: String?, file: String?) throws(ReadError) -> LabelInput {
        if let argument { return LabelInput(name: "<argument>", text: argument) }
        if let file {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: file))
            } catch {
                throw ReadError(description: "cannot read '\(file)': \(Self.reason(error))")
            }
            return LabelInput(name: file, text: TextDecoding.decode(data))
        }
        if isatty(STDIN_FILENO) != 0 {
            throw ReadError(description: "no input: give a list as an argument, use --file PATH, or pipe it on standard input")
        }
        let data = FileHandle.standardInput.readDataToEndOfFile()
        return LabelInput(name: "<stdin>", text: TextDecoding.decode(data))
    }

    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoSuchFileError { return "no such file" }
        return nsError.localizedDescription
    }
}

/// Decodes input bytes: UTF-8 (with or without BOM), UTF-16 with a BOM; invalid UTF-8 sequences become
/// U+FFFD, which the tokenizer counts when it decides whether the input is text at all.
enum TextDecoding {
    static func decode(_ data: Data) -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) { return String(decoding: utf16Units(bytes.dropFirst(2), littleEndian: true), as: UTF16.self) }
        if bytes.starts(with: [0xFE, 0xFF]) { return String(decoding: utf16Units(bytes.dropFirst(2), littleEndian: false), as: UTF16.self) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return String(decoding: bytes.dropFirst(3), as: UTF8.self) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func utf16Units(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> [UInt16] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(littleEndian ? a | (b << 8) : (a << 8) | b)
            index += 2
        }
        return units
    }
}
