/// The names a composed name may turn out to be, as compact keys: the dictionary's names (its own
/// entries and an imported CosIng overlay) and every INCI name of the CosIng inventory
/// (`names/cosing.txt`, shipped with the dictionary, so a fresh install validates against all of them).
///
/// Why a list of registered names: composition glues morphemes together and could spell anything; a
/// name that no authority registered is not an ingredient, so it is never emitted. The CosIng list is
/// read in place (it is sorted by compact key) and costs nothing until the first composed name.
final class KnownNames: Sendable {
    /// What a compact key names.
    enum Known: Sendable, Hashable {
        /// A dictionary ingredient (its canonical name, or a registered name it lists as an alias).
        case dictionary(ingredient: Int)
        /// A CosIng name the dictionary does not hold: its printed form and line in the names file.
        case registered(name: String, line: Int)
    }

    private struct DictionaryKey: Sendable {
        let key: [UInt8]
        let entry: IngredientDictionary.KeyEntry
    }

    /// Dictionary name keys without their spaces, sorted; Latin-script keys only (Hangul and CJK aliases
    /// are labels' names, not what a composition spells).
    private let dictionaryKeys: [DictionaryKey]
    /// The names file, its name lines in compact-key order, searched in place.
    private let cosing: CompiledBytes
    /// Where the names begin (after the comment lines at the top).
    private let cosingStart: Int
    let cosingPath: String

    init(keys: NameIndex, cosing: DictionaryFile?) {
        var dictionaryKeys: [DictionaryKey] = []
        keys.forEachKey { key, entry in
            guard key.utf8.allSatisfy({ $0 < 0x80 }) else { return }
            dictionaryKeys.append(DictionaryKey(key: key.utf8.filter { $0 != 0x20 }, entry: entry))
        }
        // Canonical first among equal keys, so `find` prefers an ingredient's own name.
        dictionaryKeys.sort {
            $0.key != $1.key
                ? $0.key.lexicographicallyPrecedes($1.key)
                : ($0.entry.kind == .canonical && $1.entry.kind != .canonical)
        }
        self.dictionaryKeys = dictionaryKeys
        self.cosing = CompiledBytes(cosing?.text ?? "")
        self.cosingPath = cosing?.path ?? ""
        self.cosingStart = self.cosing.withBytes { bytes in
            var start = 0
            while start < bytes.count, bytes[start] == 0x23 || bytes[start] == 0x0A {
                start = (bytes[start...].firstIndex(of: 0x0A) ?? bytes.count - 1) + 1
            }
            return start
        }
    }

    /// Whether some known name's compact key starts with `prefix`.
    func hasPrefix(_ prefix: [UInt8]) -> Bool {
        let index = dictionaryLowerBound(prefix)
        if index < dictionaryKeys.count, dictionaryKeys[index].key.starts(with: prefix) { return true }
        return cosingSearch(prefix).key?.starts(with: prefix) ?? false
    }

    /// What the compact key `key` names, if anything: a dictionary canonical name first, then a CosIng
    /// name (the dictionary's ingredient when it lists that name as an alias).
    func find(_ key: [UInt8]) -> Known? {
        let index = dictionaryLowerBound(key)
        let dictionaryEntry =
            index < dictionaryKeys.count && dictionaryKeys[index].key == key ? dictionaryKeys[index].entry : nil
        if let dictionaryEntry, dictionaryEntry.kind == .canonical {
            return .dictionary(ingredient: dictionaryEntry.ingredient)
        }
        let (line, found) = cosingSearch(key)
        guard let line, found == key else { return nil }
        if let dictionaryEntry { return .dictionary(ingredient: dictionaryEntry.ingredient) }
        return cosing.withBytes { bytes in
            let number = bytes[..<line.lowerBound].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            return .registered(name: StanzaParser.string(bytes, line.lowerBound, line.upperBound), line: number)
        }
    }

    /// Whether the compact key `key` is a CosIng name that no dictionary name spells, however spaced: a
    /// registered ingredient inci holds no facts on. (`find` says the same, but counts its line too.)
    func isRegisteredOnly(_ key: [UInt8]) -> Bool {
        guard cosingSearch(key).key == key else { return false }
        let index = dictionaryLowerBound(key)
        return !(index < dictionaryKeys.count && dictionaryKeys[index].key == key)
    }

    private func dictionaryLowerBound(_ key: [UInt8]) -> Int {
        var low = 0
        var high = dictionaryKeys.count
        while low < high {
            let middle = (low + high) / 2
            if dictionaryKeys[middle].key.lexicographicallyPrecedes(key) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The first CosIng line whose compact key is not below `key` (its byte range), with that compact key.
    /// A binary search over byte offsets: each probe backs up to the start of the line it lands in.
    private func cosingSearch(_ key: [UInt8]) -> (line: Range<Int>?, key: [UInt8]?) {
        cosing.withBytes { bytes in
            var scratch: [UInt8] = []
            func lineEnd(_ start: Int) -> Int { bytes[start...].firstIndex(of: 0x0A) ?? bytes.count }
            func compact(_ line: Range<Int>) -> [UInt8] {
                let slice = UnsafeBufferPointer(rebasing: bytes[line])
                if CompactKey.asciiBytes(slice, into: &scratch) { return scratch }
                return Array(CompactKey.make(String(decoding: slice, as: UTF8.self)).utf8)
            }
            var low = cosingStart
            var high = bytes.count  // both at line starts (or the end)
            while low < high {
                var start = (low + high) / 2
                while start > low, bytes[start - 1] != 0x0A { start -= 1 }
                let end = lineEnd(start)
                if compact(start..<end).lexicographicallyPrecedes(key) { low = end + 1 } else { high = start }
            }
            guard low < bytes.count else { return (nil, nil) }
            let line = low..<lineEnd(low)
            return (line, compact(line))
        }
    }

    /// The names file's names, as printed (for the katakana reader's word index).
    func registeredNames() -> [String] {
        cosing.withBytes { bytes in
            var names: [String] = []
            var start = cosingStart
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                if end > start, bytes[start] != 0x23 { names.append(StanzaParser.string(bytes, start, end)) }
                start = end + 1
            }
            return names
        }
    }

    /// Lines of the names file out of compact-key order (each would be missed by the search), for lint.
    /// Compared on bytes: every text load of the dictionary runs it.
    static func unsortedLines(_ file: DictionaryFile) -> [Int] {
        var previous: [UInt8] = []
        var current: [UInt8] = []
        var unsorted: [Int] = []
        TextLines.forEach(file.text) { bytes, number, lower, upper in
            guard lower < upper, bytes[lower] != 0x23 else { return }
            let line = UnsafeBufferPointer(rebasing: bytes[lower..<upper])
            if !CompactKey.asciiBytes(line, into: &current) {
                current = Array(CompactKey.make(String(decoding: line, as: UTF8.self)).utf8)
            }
            if !previous.isEmpty, !previous.lexicographicallyPrecedes(current) { unsorted.append(number) }
            swap(&previous, &current)
        }
        return unsorted
    }
}
