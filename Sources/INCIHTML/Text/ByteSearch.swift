#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

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
        guard let head = needle.first, needle.count <= haystack.count, from >= 0 else { return nil }
        let last = haystack.count - needle.count
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                var index = from
                while index <= last {
                    // memchr finds the first byte (vectorized), then the rest is compared.
                    guard let found = memchr(hay.baseAddress! + index, Int32(head), last - index + 1) else {
                        return nil
                    }
                    let start = hay.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if pin.count == 1 || memcmp(hay.baseAddress! + start + 1, pin.baseAddress! + 1, pin.count - 1) == 0
                    {
                        return start
                    }
                    index = start + 1
                }
                return nil
            }
        }
    }

    /// Whether the byte is part of a word (ASCII letters and digits, and any non-ASCII byte).
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte >= 0x80
    }

    /// Needles (lower-case ASCII, or any non-ASCII bytes) grouped by their first byte, so most positions
    /// of a text are rejected with one look-up and the rest compare only the needles that start there.
    struct NeedleSet: Sendable {
        let needles: [[UInt8]]
        /// The needles that start with each byte value.
        let byFirstByte: [[[UInt8]]]

        init(_ words: [String]) {
            needles = words.map { Array($0.utf8) }.filter { !$0.isEmpty }
            var buckets = [[[UInt8]]](repeating: [], count: 256)
            for needle in needles { buckets[Int(needle[0])].append(needle) }
            byFirstByte = buckets
        }
    }

    /// Whether any needle occurs in `text`, comparing A–Z case-insensitively, without copying the text.
    static func containsAny(_ set: NeedleSet, inFolded text: String) -> Bool {
        var text = text
        return text.withUTF8 { containsAny(set, inFolded: $0) }
    }

    /// Whether any needle occurs in these UTF-8 bytes, comparing A–Z case-insensitively.
    static func containsAny(_ set: NeedleSet, inFolded hay: UnsafeBufferPointer<UInt8>) -> Bool {
        set.byFirstByte.withUnsafeBufferPointer { buckets in
            let count = hay.count
            var start = 0
            while start < count {
                let bucket = buckets[Int(fold(hay[start]))]
                if !bucket.isEmpty {
                    for needle in bucket where start + needle.count <= count {
                        var offset = 1
                        while offset < needle.count && fold(hay[start + offset]) == needle[offset] { offset += 1 }
                        if offset == needle.count { return true }
                    }
                }
                start += 1
            }
            return false
        }
    }

    @inline(__always) static func fold(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// Whether `bytes` are well-formed UTF-8 (so they can go to libxml2 as they are).
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            let raw = UnsafeRawPointer(buffer.baseAddress)
            while index < count {
                // Pages are mostly ASCII: skip eight ASCII bytes at a time.
                if let raw, index + 8 <= count,
                    raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    index += 8
                    continue
                }
                let lead = buffer[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let length: Int
                let minimum: UInt32
                var scalar: UInt32
                switch lead {
                case 0xC2...0xDF:
                    length = 2
                    minimum = 0x80
                    scalar = UInt32(lead & 0x1F)
                case 0xE0...0xEF:
                    length = 3
                    minimum = 0x800
                    scalar = UInt32(lead & 0x0F)
                case 0xF0...0xF4:
                    length = 4
                    minimum = 0x10000
                    scalar = UInt32(lead & 0x07)
                default: return false
                }
                guard index + length <= count else { return false }
                for offset in 1..<length {
                    let byte = buffer[index + offset]
                    guard byte & 0xC0 == 0x80 else { return false }
                    scalar = scalar << 6 | UInt32(byte & 0x3F)
                }
                if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return false }
                index += length
            }
            return true
        }
    }
}
