/// Decodes input bytes: UTF-8 (with or without BOM), UTF-16 with a BOM. Invalid UTF-8 sequences become
/// U+FFFD, which the tokenizer counts when it decides whether the input is text at all. Pure: callers
/// read the bytes.
package enum TextDecoding {
    /// How a text was decoded.
    package enum Encoding: Sendable, Hashable {
        case utf8, utf16
        /// Not valid UTF-8 but text (no NUL, few control bytes): read as Windows-1252, the superset of
        /// Latin-1 that old European exports and Windows editors write (`Crème` saved as `Cr\xE8me`).
        case windows1252
    }

    /// As `decode`, but a text that is not valid UTF-8 and reads as text in Windows-1252 (Latin-1) is
    /// decoded so, without replacement characters; the caller warns. Binary data stays as `decode`
    /// makes it, for the tokenizer to refuse.
    package static func decodeText(_ bytes: [UInt8]) -> (text: String, encoding: Encoding) {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return (decode(bytes), .utf16) }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let text = String(validating: body, as: UTF8.self) { return (text, .utf8) }
        let controls = body.count { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        guard !body.contains(0), controls * 100 <= body.count else { return (decode(bytes), .utf8) }
        return (decodeWindows1252(body), .windows1252)
    }

    /// Windows-1252: Latin-1, with printable characters where Latin-1 has C1 controls (0x80–0x9F).
    package static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    /// 0x80–0x9F in Windows-1252 (five bytes are undefined there and kept as their Latin-1 controls).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,
        0x017E, 0x0178,
    ]

    package static func decode(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xFF, 0xFE]) { return decodeUTF16(bytes.dropFirst(2), littleEndian: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return decodeUTF16(bytes.dropFirst(2), littleEndian: false) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return String(decoding: bytes.dropFirst(3), as: UTF8.self) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// UTF-16 code units from byte pairs (a trailing odd byte is dropped).
    package static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index])
            let b = UInt16(bytes[index + 1])
            units.append(littleEndian ? a | (b << 8) : (a << 8) | b)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
