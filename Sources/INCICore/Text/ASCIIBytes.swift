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

extension String {
    /// `lowercased()` as UTF-8, without building the string: A–Z are folded byte by byte, other scalars
    /// that change when lower-cased ("Ö", "É") are replaced by their Unicode lower-case mapping, which is
    /// what `lowercased()` does scalar by scalar (scalars that do not change map to themselves).
    package var lowercasedUTF8: [UInt8] {
        var text = self
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    out.append(byte.asciiLowercased)
                    index += 1
                    continue
                }
                // A valid String's UTF-8: the lead byte gives the length.
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var value = UInt32(byte) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
                for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                if let scalar = Unicode.Scalar(value), scalar.properties.changesWhenLowercased {
                    out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                } else {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
                }
                index += length
            }
            return out
        }
    }
}
