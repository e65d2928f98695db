/// Substring search on UTF-8 bytes. Foundation's `range(of:)` goes through CFString and Unicode folding
/// and was 60% of the time on real pages; label words and claims are found on ASCII-lower-cased bytes
/// instead (non-ASCII bytes are compared as they are).
enum ByteSearch {
    /// `text`'s UTF-8 with A–Z lower-cased.
    static func asciiLowercased(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        for index in bytes.indices where bytes[index] >= 0x41 && bytes[index] <= 0x5A { bytes[index] |= 0x20 }
        return bytes
    }

    /// Offsets of every occurrence of `needle` in `haystack` (non-overlapping), starting at `from`.
    static func occurrences(of needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> [Int] {
        var result: [Int] = []
        var index = from
        while let found = first(needle, in: haystack, from: index) {
            result.append(found)
            index = found + max(needle.count, 1)
        }
        return result
    }

    static func first(_ needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> Int? {
        guard let head = needle.first, needle.count <= haystack.count else { return nil }
        let last = haystack.count - needle.count
        var index = from
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                while index <= last {
                    // Find the first byte, then compare the rest.
                    guard let start = (index...last).first(where: { hay[$0] == head }) else { return nil }
                    var matched = true
                    var offset = 1
                    while offset < pin.count {
                        if hay[start + offset] != pin[offset] { matched = false; break }
                        offset += 1
                    }
                    if matched { return start }
                    index = start + 1
                }
                return nil
            }
        }
    }

    static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        first(needle, in: haystack) != nil
    }

    /// Whether the byte is part of a word (ASCII letters and digits, and any non-ASCII byte).
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
    }
}
