/// The ASCII fast path of the item cleaner: most label items are ASCII, and as UTF-8 bytes each byte is
/// one `Character`, so the cleaner's rules can run on bytes; other text keeps the `Character` code,
/// which handles grapheme clusters (a `(` followed by a combining mark is not a bracket).
extension String {
    /// The UTF-8 bytes when every scalar is ASCII and none is CR (CR LF is one `Character`), else nil.
    var asciiBytes: [UInt8]? {
        var text = self
        return text.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? Array(bytes) : nil }
    }
}

extension UInt8 {
    /// `Character.isWhitespaceFast` for an ASCII byte.
    var isASCIIWhitespace: Bool { self == 0x20 || self &- 0x09 < 5 }

    /// `Character.isLetterFast` for an ASCII byte.
    var isASCIILetter: Bool { (self | 0x20) &- 0x61 < 26 }

    /// `lowercased()` for an ASCII byte.
    var asciiLowercased: UInt8 { self &- 0x41 < 26 ? self + 0x20 : self }
}

extension String {
    /// Whether `needle` occurs in the text. ASCII text is searched byte by byte; other text keeps
    /// Foundation's search, whose per-call set-up cost more than a footnote's whole analysis.
    func containsText(_ needle: String) -> Bool {
        guard let haystack = asciiBytes else { return contains(needle) }
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return contains(needle) }
        guard pattern.count <= haystack.count else { return false }
        return (0...(haystack.count - pattern.count)).contains { start in
            haystack[start] == pattern[0] && haystack[start..<(start + pattern.count)].elementsEqual(pattern)
        }
    }
}
