import Foundation
import INCICore

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
            return LabelInput(name: file, text: TextDecoding.decode([UInt8](data)))
        }
        if isatty(STDIN_FILENO) != 0 {
            throw ReadError(description: "no input: give a list as an argument, use --file PATH, or pipe it on standard input")
        }
        let data = FileHandle.standardInput.readDataToEndOfFile()
        return LabelInput(name: "<stdin>", text: TextDecoding.decode([UInt8](data)))
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
