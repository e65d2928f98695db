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

    private struct Line: Sendable {
        let start: Int32
        let end: Int32
        let number: Int32
    }

    /// Dictionary name keys without their spaces, sorted; Latin-script keys only (Hangul and CJK aliases
    /// are labels' names, not what a composition spells).
    private let dictionaryKeys: [DictionaryKey]
    private let cosing: CompiledBytes
    /// The names file's name lines, in file (= compact key) order.
    private let cosingLines: [Line]
    let cosingPath: String

    init(keys: NameIndex, cosing: DictionaryFile?) {
        var dictionaryKeys: [DictionaryKey] = []
        keys.forEach { key, entry in
            guard key.utf8.allSatisfy({ $0 < 0x80 }) else { return }
            dictionaryKeys.append(DictionaryKey(key: key.utf8.filter { $0 != 0x20 }, entry: entry))
        }
        // Canonical first among equal keys, so `find` prefers an ingredient's own name.
        dictionaryKeys.sort {
            $0.key != $1.key ? $0.key.lexicographicallyPrecedes($1.key) : ($0.entry.kind == .canonical && $1.entry.kind != .canonical)
        }
        self.dictionaryKeys = dictionaryKeys
        self.cosing = CompiledBytes(cosing?.text ?? "")
        self.cosingPath = cosing?.path ?? ""
        var lines: [Line] = []
        TextLines.forEach(cosing?.text ?? "") { bytes, number, lower, upper in
            guard lower < upper, bytes[lower] != 0x23 else { return }
            lines.append(Line(start: Int32(lower), end: Int32(upper), number: Int32(number)))
        }
        self.cosingLines = lines
    }

    var registeredCount: Int { cosingLines.count }

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
        let dictionaryEntry = index < dictionaryKeys.count && dictionaryKeys[index].key == key ? dictionaryKeys[index].entry : nil
        if let dictionaryEntry, dictionaryEntry.kind == .canonical { return .dictionary(ingredient: dictionaryEntry.ingredient) }
        let (line, found) = cosingSearch(key)
        guard let line, found == key else { return nil }
        if let dictionaryEntry { return .dictionary(ingredient: dictionaryEntry.ingredient) }
        return cosing.withBytes { bytes in
            .registered(name: StanzaParser.string(bytes, Int(line.start), Int(line.end)), line: Int(line.number))
        }
    }

    private func dictionaryLowerBound(_ key: [UInt8]) -> Int {
        var low = 0, high = dictionaryKeys.count
        while low < high {
            let middle = (low + high) / 2
            if dictionaryKeys[middle].key.lexicographicallyPrecedes(key) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The first CosIng line whose compact key is not below `key`, with that compact key.
    private func cosingSearch(_ key: [UInt8]) -> (line: Line?, key: [UInt8]?) {
        cosing.withBytes { bytes in
            var scratch: [UInt8] = []
            func compact(_ line: Line) -> [UInt8] {
                let slice = UnsafeBufferPointer(rebasing: bytes[Int(line.start)..<Int(line.end)])
                if CompactKey.asciiBytes(slice, into: &scratch) { return scratch }
                return Array(CompactKey.make(String(decoding: slice, as: UTF8.self)).utf8)
            }
            var low = 0, high = cosingLines.count
            while low < high {
                let middle = (low + high) / 2
                if compact(cosingLines[middle]).lexicographicallyPrecedes(key) { low = middle + 1 } else { high = middle }
            }
            guard low < cosingLines.count else { return (nil, nil) }
            return (cosingLines[low], compact(cosingLines[low]))
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
