import Foundation

/// Every known name key (see `NameKey`) → its ingredient: the lookup at the heart of matching.
///
/// Two storages behind one interface. A dictionary loaded from text hashes its keys as it goes; the
/// embedded dictionary reads a list sorted at build time (`CompiledDictionary`) and binary-searches it,
/// because hashing 20,000 keys at every start-up was a third of `inci analyze`'s time.
public struct NameIndex: Sendable {
    private enum Storage: Sendable {
        case hashed([String: IngredientDictionary.KeyEntry])
        case sorted(SortedNameKeys)
    }

    private let storage: Storage

    init(_ table: [String: IngredientDictionary.KeyEntry]) {
        storage = .hashed(table)
    }

    init(sorted keys: SortedNameKeys) {
        storage = .sorted(keys)
    }

    public subscript(key: String) -> IngredientDictionary.KeyEntry? {
        switch storage {
        case .hashed(let table): table[key]
        case .sorted(let keys): keys.entry(forKey: key)
        }
    }

    public var count: Int {
        switch storage {
        case .hashed(let table): table.count
        case .sorted(let keys): keys.count
        }
    }

    /// Whether lookups can find every key (a sorted index's records parse and are in order).
    var isWellFormed: Bool {
        switch storage {
        case .hashed: true
        case .sorted(let keys): keys.isWellFormed
        }
    }

    /// Every key with its entry, in an unspecified order.
    public func forEachKey(_ body: (String, IngredientDictionary.KeyEntry) -> Void) {
        switch storage {
        case .hashed(let table): for (key, entry) in table { body(key, entry) }
        case .sorted(let keys): keys.forEachKey(body)
        }
    }

    /// The keys that start with `prefix`, in an unspecified order. A sorted index walks only those.
    public func forEachKey(withPrefix prefix: String, _ body: (String, IngredientDictionary.KeyEntry) -> Void) {
        switch storage {
        case .hashed(let table): for (key, entry) in table where key.hasPrefix(prefix) { body(key, entry) }
        case .sorted(let keys): keys.forEachKey(withPrefix: prefix, body)
        }
    }

    /// The keys as a hashed table (for tools that merge or compare indexes).
    public var table: [String: IngredientDictionary.KeyEntry] {
        switch storage {
        case .hashed(let table): return table
        case .sorted:
            var table: [String: IngredientDictionary.KeyEntry] = [:]
            table.reserveCapacity(count)
            forEachKey { table[$0] = $1 }
            return table
        }
    }
}

/// Name keys sorted by their UTF-8 bytes, each with its ingredient id and kind: the `keys` section of a
/// compiled dictionary, searched in place. Records have different lengths, so the binary search halves a
/// byte range and backs up to the start of the record it lands in (as `look(1)` does): start-up does
/// not even count the records.
struct SortedNameKeys: Sendable {
    private let text: CompiledBytes
    /// `key ␟ ingredient ␟ kind \n` records (kind `c` canonical, `a` alias), sorted by key, ending in `\n`.
    private let section: Range<Int>
    let count: Int

    /// nil when the section is not empty and does not end in a line break.
    init?(text: CompiledBytes, section: Range<Int>, count: Int) {
        let endsInLineBreak = section.isEmpty || text.withBytes { $0[section.upperBound - 1] == 0x0A }
        guard endsInLineBreak, section.isEmpty == (count == 0) else { return nil }
        self.text = text
        self.section = section
        self.count = count
    }

    /// Whether every record parses, the keys are strictly sorted (so binary search finds each one) and
    /// there are `count` of them.
    var isWellFormed: Bool {
        text.withBytes { bytes in
            var records = 0
            var previous: UnsafeBufferPointer<UInt8>?
            var start = section.lowerBound
            while start < section.upperBound {
                let end = Self.lineEnd(bytes, from: start, limit: section.upperBound)
                guard Self.entry(bytes, start..<end) != nil else { return false }
                let key = UnsafeBufferPointer(rebasing: bytes[start..<Self.keyEnd(bytes, start..<end)])
                if let previous, !previous.lexicographicallyPrecedes(key) { return false }
                previous = key
                records += 1
                start = end + 1
            }
            return records == count
        }
    }

    /// Each step probes the first record at or after the middle of the range (found forward with
    /// `memchr`, backing up only in the range's last record) and compares the key only up to its first
    /// differing byte; the record's end is looked for only when the search goes on after it.
    func entry(forKey key: String) -> IngredientDictionary.KeyEntry? {
        var key = key
        return key.withUTF8 { query in
            text.withBytes { bytes -> IngredientDictionary.KeyEntry? in
                var low = section.lowerBound
                var high = section.upperBound  // both at record starts
                while low < high {
                    let middle = low + (high - low) / 2
                    var start = middle == low ? low : Self.lineEnd(bytes, from: middle - 1, limit: high) + 1
                    if start >= high {
                        start = middle
                        while start > low && bytes[start - 1] != 0x0A { start -= 1 }
                    }
                    let (order, stop) = Self.compareKey(query, bytes, from: start, limit: high)
                    let end = order < 0 ? start : Self.lineEnd(bytes, from: stop, limit: high)
                    if order == 0 { return Self.entry(bytes, start..<end) }
                    if order < 0 { high = start } else { low = end + 1 }
                }
                return nil
            }
        }
    }

    /// `compare` of `query` with the key of the record at `start`, in one pass that stops at the first
    /// difference; also where it stopped (inside the record, before its line break).
    private static func compareKey(
        _ query: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>,
        from start: Int, limit: Int
    ) -> (order: Int, stop: Int) {
        var i = 0
        var j = start
        while j < limit, bytes[j] != 0x1F, bytes[j] != 0x0A {
            guard i < query.count else { return (-1, j) }
            if query[i] != bytes[j] { return (query[i] < bytes[j] ? -1 : 1, j) }
            i += 1
            j += 1
        }
        return (i == query.count ? 0 : 1, j)
    }

    func forEachKey(_ body: (String, IngredientDictionary.KeyEntry) -> Void) {
        forEachKey(from: section.lowerBound, while: { _ in true }, body)
    }

    /// The keys that start with `prefix`: sorted keys put them side by side, so a binary search finds the
    /// first and the walk stops after the last.
    func forEachKey(withPrefix prefix: String, _ body: (String, IngredientDictionary.KeyEntry) -> Void) {
        let prefixBytes = Array(prefix.utf8)
        let first = prefixBytes.withUnsafeBufferPointer { query in
            text.withBytes { bytes -> Int in
                var low = section.lowerBound
                var high = section.upperBound  // both at record starts
                while low < high {
                    var start = low + (high - low) / 2
                    while start > low && bytes[start - 1] != 0x0A { start -= 1 }
                    let end = Self.lineEnd(bytes, from: start, limit: high)
                    if Self.compare(query, bytes, start..<end) <= 0 { high = start } else { low = end + 1 }
                }
                return low
            }
        }
        forEachKey(from: first, while: { $0.starts(with: prefixBytes) }, body)
    }

    private func forEachKey(
        from first: Int, while continues: (UnsafeBufferPointer<UInt8>) -> Bool,
        _ body: (String, IngredientDictionary.KeyEntry) -> Void
    ) {
        text.withBytes { bytes in
            var start = first
            while start < section.upperBound {
                let end = Self.lineEnd(bytes, from: start, limit: section.upperBound)
                let key = UnsafeBufferPointer(rebasing: bytes[start..<Self.keyEnd(bytes, start..<end)])
                guard continues(key) else { return }
                if let entry = Self.entry(bytes, start..<end) { body(String(decoding: key, as: UTF8.self), entry) }
                start = end + 1
            }
        }
    }

    // MARK: - Records

    /// The offset of the line break ending the line at `start` (or `limit`).
    private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int {
        guard start < limit, let found = memchr(bytes.baseAddress! + start, 0x0A, limit - start) else { return limit }
        return start + (UnsafeRawPointer(found) - UnsafeRawPointer(bytes.baseAddress! + start))
    }

    private static func keyEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ record: Range<Int>) -> Int {
        var end = record.lowerBound
        while end < record.upperBound, bytes[end] != 0x1F { end += 1 }
        return end
    }

    private static func entry(_ bytes: UnsafeBufferPointer<UInt8>, _ record: Range<Int>) -> IngredientDictionary
        .KeyEntry?
    {
        var cursor = keyEnd(bytes, record) + 1
        var ingredient = 0
        var digits = 0
        while cursor < record.upperBound, bytes[cursor] >= 0x30 && bytes[cursor] <= 0x39 {
            ingredient = ingredient * 10 + Int(bytes[cursor] - 0x30)
            cursor += 1
            digits += 1
        }
        guard digits > 0, digits < 10, cursor + 2 == record.upperBound, bytes[cursor] == 0x1F else { return nil }
        switch bytes[cursor + 1] {
        case UInt8(ascii: "c"): return .init(ingredient: ingredient, kind: .canonical)
        case UInt8(ascii: "a"): return .init(ingredient: ingredient, kind: .alias)
        default: return nil
        }
    }

    /// Byte-wise three-way comparison of `query` with the key of `record`.
    private static func compare(
        _ query: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>, _ record: Range<Int>
    ) -> Int {
        let keyLength = keyEnd(bytes, record) - record.lowerBound
        let common = min(query.count, keyLength)
        if common > 0 {
            let order = memcmp(query.baseAddress!, bytes.baseAddress! + record.lowerBound, common)
            if order != 0 { return order < 0 ? -1 : 1 }
        }
        return query.count == keyLength ? 0 : (query.count < keyLength ? -1 : 1)
    }
}
