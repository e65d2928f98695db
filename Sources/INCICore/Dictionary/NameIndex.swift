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
    public func forEach(_ body: (String, IngredientDictionary.KeyEntry) -> Void) {
        switch storage {
        case .hashed(let table): for (key, entry) in table { body(key, entry) }
        case .sorted(let keys): keys.forEach(body)
        }
    }

    /// The keys as a hashed table (for tools that merge or compare indexes).
    public var table: [String: IngredientDictionary.KeyEntry] {
        switch storage {
        case .hashed(let table): return table
        case .sorted:
            var table: [String: IngredientDictionary.KeyEntry] = [:]
            table.reserveCapacity(count)
            forEach { table[$0] = $1 }
            return table
        }
    }
}

/// Name keys sorted by their UTF-8 bytes, each with its ingredient id and kind: the `keys` section of a
/// compiled dictionary, kept as bytes and searched in place.
struct SortedNameKeys: Sendable {
    /// `key \u{1F} ingredient \u{1F} kind \n` records (kind `c` canonical, `a` alias), sorted by key.
    private let bytes: [UInt8]
    /// Start offset of each record.
    private let starts: [Int32]

    /// Splits the records; nil when the text does not end in a newline. Reading each record is left to
    /// lookups (start-up cost is one pass over the bytes); `isWellFormed` checks them all, for tests.
    init?(records bytes: [UInt8]) {
        guard bytes.last == 0x0A else { return nil }
        var starts: [Int32] = []
        starts.reserveCapacity(bytes.count / 24)
        bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < buffer.count {
                starts.append(Int32(offset))
                let found = memchr(buffer.baseAddress! + offset, 0x0A, buffer.count - offset)!
                offset += UnsafeRawPointer(found) - UnsafeRawPointer(buffer.baseAddress! + offset) + 1
            }
        }
        self.bytes = bytes
        self.starts = starts
    }

    /// Whether every record parses and the keys are strictly sorted, so binary search finds each one.
    var isWellFormed: Bool {
        for index in starts.indices {
            guard entry(at: index) != nil else { return false }
            if index > 0, !key(at: index - 1).lexicographicallyPrecedes(key(at: index)) { return false }
        }
        return true
    }

    var count: Int { starts.count }

    func entry(forKey key: String) -> IngredientDictionary.KeyEntry? {
        var key = key
        return key.withUTF8 { query -> IngredientDictionary.KeyEntry? in
            var low = 0, high = starts.count
            while low < high {
                let middle = (low + high) / 2
                let order = compare(query, keyAt: middle)
                if order == 0 { return entry(at: middle) }
                if order < 0 { high = middle } else { low = middle + 1 }
            }
            return nil
        }
    }

    func forEach(_ body: (String, IngredientDictionary.KeyEntry) -> Void) {
        for index in starts.indices {
            if let record = record(at: index) { body(record.key, record.entry) }
        }
    }

    // MARK: - Records

    private func keyRange(at index: Int) -> Range<Int> {
        let start = Int(starts[index])
        var end = start
        while bytes[end] != 0x1F && bytes[end] != 0x0A { end += 1 }
        return start..<end
    }

    private func key(at index: Int) -> ArraySlice<UInt8> { bytes[keyRange(at: index)] }

    private func record(at index: Int) -> (key: String, entry: IngredientDictionary.KeyEntry)? {
        entry(at: index).map { (String(decoding: key(at: index), as: UTF8.self), $0) }
    }

    private func entry(at index: Int) -> IngredientDictionary.KeyEntry? {
        var cursor = keyRange(at: index).upperBound
        guard bytes[cursor] == 0x1F else { return nil }
        cursor += 1
        var ingredient = 0
        var digits = 0
        while cursor < bytes.count, bytes[cursor] >= 0x30 && bytes[cursor] <= 0x39 {
            ingredient = ingredient * 10 + Int(bytes[cursor] - 0x30)
            cursor += 1; digits += 1
        }
        guard digits > 0, digits < 10, cursor + 2 < bytes.count, bytes[cursor] == 0x1F, bytes[cursor + 2] == 0x0A else { return nil }
        switch bytes[cursor + 1] {
        case UInt8(ascii: "c"): return .init(ingredient: ingredient, kind: .canonical)
        case UInt8(ascii: "a"): return .init(ingredient: ingredient, kind: .alias)
        default: return nil
        }
    }

    /// Byte-wise three-way comparison of `query` with the key of record `index`.
    private func compare(_ query: UnsafeBufferPointer<UInt8>, keyAt index: Int) -> Int {
        var position = Int(starts[index])
        for byte in query {
            let other = bytes[position]
            if other == 0x1F || other == 0x0A { return 1 }  // the record's key is a prefix of the query
            if byte != other { return byte < other ? -1 : 1 }
            position += 1
        }
        return bytes[position] == 0x1F || bytes[position] == 0x0A ? 0 : -1
    }

}
