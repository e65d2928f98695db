#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// `</br>`: browsers draw a line break for it (the HTML standard's tree construction reads an end tag
/// named "br" as a `<br>` start tag), libxml2 drops it. Shops that paste descriptions as text with
/// `</br>` between the lines ("…, Panthenol\r\n</br>\r\nĐối tượng sử dụng: …") would otherwise run the
/// line after a list into its last name. Each `</br` becomes `<br ` before libxml2 reads the page: the
/// same length, so offsets and line numbers do not move.
enum BreakEndTags {
    /// The bytes with every `</br>` (any case, `</br >`, `</br/>`) made a `<br >`, or nil when there is none.
    static func rewritten(_ bytes: [UInt8]) -> [UInt8]? {
        let found = bytes.withUnsafeBufferPointer { offsets(in: $0) }
        guard !found.isEmpty else { return nil }
        var result = bytes
        for offset in found {
            result[offset + 1] = result[offset + 2]
            result[offset + 2] = result[offset + 3]
            result[offset + 3] = 0x20
        }
        return result
    }

    /// Offsets of each `</br` followed by `>`, `/`, white space or the end; memchr skips to each `<`.
    private static func offsets(in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var result: [Int] = []
        guard let base = bytes.baseAddress, bytes.count >= 4 else { return result }
        var index = 0
        while index <= bytes.count - 4, let hit = memchr(base + index, 0x3C, bytes.count - 3 - index) {
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            index = at + 1
            guard bytes[at + 1] == 0x2F, bytes[at + 2] | 0x20 == 0x62, bytes[at + 3] | 0x20 == 0x72 else { continue }
            let next = at + 4 < bytes.count ? bytes[at + 4] : 0x3E
            // `</brand>` is not one.
            guard next == 0x3E || next == 0x2F || next == 0x20 || (next >= 0x09 && next <= 0x0D) else { continue }
            result.append(at)
        }
        return result
    }
}
