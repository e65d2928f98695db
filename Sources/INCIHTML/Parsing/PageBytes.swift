import Foundation
import INCICore

/// Checks and decodes raw page bytes before libxml2 sees them: refuses binary data, and settles the
/// encoding. A UTF-16 byte-order mark or invalid UTF-8 is handled here (libxml2 would stop at the first
/// bad byte); any other `<meta charset>` is left to libxml2.
struct PageBytes {
    /// Bytes to hand to libxml2.
    let bytes: [UInt8]
    /// The encoding to force, or nil to let libxml2 follow the page's declaration.
    let encoding: String?

    /// Bytes looked at for binary data.
    static let sniffLength = 4096
    /// Bytes looked at for a charset declaration (some pages put 10 KB of scripts before the `<meta>`).
    static let charsetSniffLength = 32 * 1024

    static func prepare(_ raw: [UInt8]) throws(PageError) -> PageBytes {
        if raw.starts(with: [0xFF, 0xFE]) || raw.starts(with: [0xFE, 0xFF]) {
            let text = TextDecoding.decodeUTF16(raw.dropFirst(2), littleEndian: raw[0] == 0xFF)
            try checkText(Array(text.utf8))
            return PageBytes(bytes: Array(text.utf8), encoding: "UTF-8")
        }
        var body = raw
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        try checkText(body)
        let declared = declaredCharset(body)
        if declared == nil || declared == "utf-8" || declared == "utf8" {
            // Replace invalid sequences with U+FFFD so libxml2 reads the whole page.
            if ByteSearch.isValidUTF8(body) { return PageBytes(bytes: body, encoding: "UTF-8") }
            return PageBytes(bytes: Array(String(decoding: body, as: UTF8.self).utf8), encoding: "UTF-8")
        }
        if declared!.hasPrefix("utf-16") || declared == "unicode" {
            // A UTF-16 declaration on bytes without a BOM that passed the binary check: they are
            // ASCII-compatible, so the declaration is wrong.
            return PageBytes(bytes: Array(String(decoding: body, as: UTF8.self).utf8), encoding: "UTF-8")
        }
        return PageBytes(bytes: body, encoding: nil)
    }

    /// Refuses empty input and binary data (a NUL or many control bytes near the start).
    static func checkText(_ bytes: [UInt8]) throws(PageError) {
        guard bytes.contains(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C) }) else {
            throw .empty
        }
        var control = 0
        let window = bytes.prefix(sniffLength)
        for (offset, byte) in window.enumerated() {
            if byte == 0 { throw .notHTML(offset: offset) }
            if byte < 0x09 || (byte > 0x0D && byte < 0x20 && byte != 0x1B) { control += 1 }
        }
        if control * 20 > window.count { throw .notHTML(offset: 0) }
    }

    /// The charset named by `<meta charset=…>` or `<meta http-equiv content="…charset=…">` in the
    /// first bytes, lower-cased.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        // A–Z lower-cased on the bytes themselves: decoding them to a `String` first only replaced invalid
        // sequences, which hold no ASCII byte, so what is found is the same.
        var head = Array(bytes.prefix(charsetSniffLength))
        for index in head.indices where head[index] >= 0x41 && head[index] <= 0x5A { head[index] |= 0x20 }
        func name(after offset: Int) -> String? {
            var index = offset
            while index < head.count,
                head[index] == 0x20 || head[index] == 0x22 || head[index] == 0x27 || head[index] == 0x3D
            { index += 1 }
            var end = index
            while end < head.count,
                ByteSearch.isWordByte(head[end]) && head[end] < 0x80 || head[end] == 0x2D || head[end] == 0x5F
                    || head[end] == 0x3A || head[end] == 0x2E
            { end += 1 }
            return end > index ? String(decoding: head[index..<end], as: UTF8.self) : nil
        }
        // An XHTML page's XML declaration: <?xml version="1.0" encoding="ISO-8859-1"?>
        if head.starts(with: Array("<?xml".utf8)), let close = ByteSearch.first(Array("?>".utf8), in: head),
            let encoding = ByteSearch.first(Array("encoding".utf8), in: Array(head[..<close])),
            let value = name(after: encoding + 8)
        {
            return value
        }
        for offset in ByteSearch.occurrences(of: Array("charset".utf8), in: head) {
            var index = offset + 7
            while index < head.count, head[index] == 0x20 { index += 1 }
            guard index < head.count, head[index] == 0x3D else { continue }
            if let value = name(after: index) { return value }
        }
        return nil
    }
}
