import Foundation

/// The dictionary's ingredients by id. Loaded from text they are decoded up front; read from a
/// `CompiledDictionary` each record is decoded on first access and kept, because a label needs a few
/// dozen of the 5,000 and decoding all of them was most of what start-up had left.
public struct IngredientTable: RandomAccessCollection, Sendable {
    private enum Storage: Sendable {
        case decoded([Ingredient])
        case compiled(CompiledIngredientRecords)
    }

    private let storage: Storage

    init(_ ingredients: [Ingredient]) {
        storage = .decoded(ingredients)
    }

    init(compiled records: CompiledIngredientRecords) {
        storage = .compiled(records)
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .decoded(let ingredients): ingredients.count
        case .compiled(let records): records.count
        }
    }

    public subscript(id: Int) -> Ingredient {
        switch storage {
        case .decoded(let ingredients): ingredients[id]
        case .compiled(let records): records.ingredient(id)
        }
    }
}

/// The ingredient records of a compiled dictionary (one `␟`-separated line each, see
/// `CompiledDictionary`), found through their fixed-width offsets, decoded on demand and cached; safe
/// to share across threads.
final class CompiledIngredientRecords: @unchecked Sendable {
    private let text: CompiledBytes
    private let records: Range<Int>
    /// `count` offsets into `records`, 8 hexadecimal digits each.
    private let offsets: Range<Int>
    let count: Int
    private let lock = NSLock()
    /// Per id, the index of its decoded ingredient in `decoded`, or -1; allocated on first use (a few
    /// kilobytes), as an array read costs less than hashing the id into a dictionary.
    private var slots: [Int32] = []
    private var decoded: [Ingredient] = []

    /// nil when the offsets are not `count` increasing positions inside `records`.
    init?(text: CompiledBytes, records: Range<Int>, offsets: Range<Int>, count: Int) {
        guard offsets.count == count * Self.width else { return nil }
        self.text = text
        self.records = records
        self.offsets = offsets
        self.count = count
        var previous = -1
        for id in 0..<count {
            guard let offset = offset(of: id), offset > previous, offset < records.count else { return nil }
            previous = offset
        }
    }

    static let width = 8

    func ingredient(_ id: Int) -> Ingredient {
        lock.lock()
        defer { lock.unlock() }
        if slots.isEmpty { slots = Array(repeating: -1, count: count) }
        let cached = slots.indices.contains(id)
        if cached, slots[id] >= 0 { return decoded[Int(slots[id])] }
        let start = records.lowerBound + (offset(of: id) ?? 0)
        let end = records.lowerBound + (id + 1 < count ? (offset(of: id + 1) ?? records.count) : records.count) - 1
        let ingredient = text.withBytes { CompiledRecord(bytes: $0, range: start..<max(start, end)).ingredient(id: id) }
        if cached {
            slots[id] = Int32(decoded.count)
            decoded.append(ingredient)
        }
        return ingredient
    }

    private func offset(of id: Int) -> Int? {
        text.withBytes { bytes in
            var value = 0
            for index in (offsets.lowerBound + id * Self.width)..<(offsets.lowerBound + (id + 1) * Self.width) {
                guard let digit = hexValue(bytes[index]) else { return nil }
                value = value << 4 | digit
            }
            return value
        }
    }

    private func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case 0x30...0x39: Int(byte - 0x30)
        case 0x61...0x66: Int(byte - 0x61 + 10)
        default: nil
        }
    }
}

/// One line of a compiled dictionary split at its separators, read as byte ranges.
struct CompiledRecord {
    static let field: UInt8 = 0x1F
    static let item: UInt8 = 0x1E

    let bytes: UnsafeBufferPointer<UInt8>
    let fields: [Range<Int>]

    init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
        self.bytes = bytes
        fields = Self.split(bytes, range, at: Self.field)
    }

    static func split(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, at separator: UInt8) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        for index in range where bytes[index] == separator {
            parts.append(start..<index)
            start = index + 1
        }
        parts.append(start..<range.upperBound)
        return parts
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// A missing field (only a damaged build could lack one) reads as empty.
    func range(field index: Int) -> Range<Int> { index < fields.count ? fields[index] : 0..<0 }

    func string(field index: Int) -> String { string(range(field: index)) }

    func items(field index: Int) -> [String] {
        range(field: index).isEmpty ? [] : Self.split(bytes, range(field: index), at: Self.item).map(string)
    }

    /// `low high source` items; the compiler writes them from parsed ratings, so a malformed one (only a
    /// damaged build could hold it) is skipped rather than trusted.
    func ratings(field index: Int) -> [Rating] {
        items(field: index).compactMap { item in
            let parts = item.split(separator: " ", maxSplits: 2)
            guard parts.count == 3, let low = Int(parts[0]), let high = Int(parts[1]) else { return nil }
            return Rating(low: low, high: high, source: String(parts[2]))
        }
    }

    /// An ingredient record: name, aliases, roles, families, comedogenic, irritancy, sources, note, file, line,
    /// rating confidence.
    func ingredient(id: Int) -> Ingredient {
        let note = range(field: 7).isEmpty ? nil : string(range(field: 7).dropFirst())
        return Ingredient(
            id: id, name: string(field: 0), aliases: items(field: 1), roles: items(field: 2), families: items(field: 3),
            comedogenic: ratings(field: 4), irritancy: ratings(field: 5),
            ratingConfidence: range(field: 10).isEmpty ? nil : RatingConfidence(parsing: string(field: 10)),
            sources: items(field: 6), note: note,
            file: string(field: 8), line: Int(string(field: 9)) ?? 0)
    }
}
