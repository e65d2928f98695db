import Foundation

/// Finds the dictionary names close to a misspelt one (`Niacinimide` → `Niacinamide`): the candidates
/// `MisspellingRule` judges, and the suggestions for a name it refuses.
///
/// What is never a candidate:
/// - names shorter than 5 letters are never fuzzed, and the first letter must agree;
/// - the digits must be the same (`Laureth-4` is not `Laureth-7`, `CI 77491` is not `CI 77492`).
///
/// Candidates are bucketed by first scalar, and a bucket is built the first time a misspelt name needs
/// it (the keys of one first letter are side by side in the sorted index): building all of them cost
/// 8 ms, more than the rest of `inci analyze`, for a label with one typo.
final class FuzzyIndex: @unchecked Sendable {
    struct Candidate: Sendable {
        let scalars: [UInt32]
        let ingredient: Int
        /// `characterMask(scalars)`, for the cheap lower bound that skips most candidates.
        let mask: UInt64
    }

    /// One bit per letter a–z, digit and space, other characters hashed onto the remaining bits. An edit
    /// changes at most two bits of a name's mask (a substitution removes one character and adds one; a
    /// transposition none), so `popcount(a ^ b) > 2 × limit` proves the distance is above `limit`
    /// without filling the table.
    static func characterMask(_ scalars: [UInt32]) -> UInt64 {
        var mask: UInt64 = 0
        for scalar in scalars {
            let bit: UInt32
            switch scalar {
            case 0x61...0x7A: bit = scalar - 0x61
            case 0x30...0x39: bit = 26 + scalar - 0x30
            case 0x20: bit = 36
            default: bit = 37 + scalar % 27
            }
            mask |= 1 << UInt64(bit)
        }
        return mask
    }

    struct Match: Sendable, Equatable {
        let ingredient: Int
        let distance: Int
        let key: String
    }

    private let keys: NameIndex
    private let lock = NSLock()
    /// Candidates by first scalar, then by length; a first scalar is present once its bucket is built.
    private var buckets: [UInt32: [Int: [Candidate]]] = [:]

    init(keys: NameIndex) {
        self.keys = keys
    }

    /// The candidates whose first scalar is `first`, by length.
    private func bucket(_ first: Unicode.Scalar) -> [Int: [Candidate]] {
        lock.lock()
        defer { lock.unlock() }
        if let bucket = buckets[first.value] { return bucket }
        var bucket: [Int: [Candidate]] = [:]
        // Iteration order does not matter: ties between two ingredients are refused, ties within one agree.
        keys.forEachKey(withPrefix: String(first)) { key, entry in
            let scalars = key.unicodeScalars.map(\.value)
            guard scalars.first == first.value, scalars.count >= 5 else { return }
            bucket[scalars.count, default: []]
                .append(Candidate(scalars: scalars, ingredient: entry.ingredient, mask: Self.characterMask(scalars)))
        }
        buckets[first.value] = bucket
        return bucket
    }

    static func allowedDistance(forLength length: Int) -> Int {
        switch length {
        case ..<5: 0
        case 5..<10: 1
        default: 2
        }
    }

    /// Every ingredient with a name within the allowed distance of `key` and the same digits, by its
    /// closest name: nearest first, then by name key (deterministic whatever the index order).
    /// Which of them, if any, the name is a misspelling of is `MisspellingRule`'s to say.
    func nearest(forKey key: String) -> [Match] {
        let query = key.unicodeScalars.map(\.value)
        let limit = Self.allowedDistance(forLength: query.count)
        guard limit > 0, let first = key.unicodeScalars.first else { return [] }
        let byLength = bucket(first)
        let queryDigits = query.filter { (0x30...0x39).contains($0) }
        var closest: [Int: (distance: Int, candidate: Candidate)] = [:]
        var rows = DistanceRows()
        let queryMask = Self.characterMask(query)
        for length in (query.count - limit)...(query.count + limit) {
            for candidate in byLength[length] ?? [] {
                guard (queryMask ^ candidate.mask).nonzeroBitCount <= 2 * limit else { continue }
                guard let distance = Self.distance(query, candidate.scalars, limit: limit, rows: &rows), distance > 0
                else { continue }
                guard candidate.scalars.filter({ (0x30...0x39).contains($0) }) == queryDigits else { continue }
                if let current = closest[candidate.ingredient],
                    (current.distance, current.candidate.scalars.lexicographicallyPrecedes(candidate.scalars) ? 0 : 1)
                        <= (distance, 0)
                {
                    continue
                }
                closest[candidate.ingredient] = (distance, candidate)
            }
        }
        return closest.map { ingredient, found in
            Match(
                ingredient: ingredient, distance: found.distance,
                key: String(String.UnicodeScalarView(found.candidate.scalars.compactMap(Unicode.Scalar.init))))
        }
        .sorted { ($0.distance, $0.key, $0.ingredient) < ($1.distance, $1.key, $1.ingredient) }
    }

    /// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), or nil above `limit`.
    static func distance(_ a: [UInt32], _ b: [UInt32], limit: Int) -> Int? {
        var rows = DistanceRows()
        return distance(a, b, limit: limit, rows: &rows)
    }

    /// Storage for the three rows of the distance table, reused across the candidates of one lookup:
    /// allocating rows for every candidate was most of the cost of a fuzzy lookup.
    struct DistanceRows {
        fileprivate var storage: [Int] = []
    }

    static func distance(_ a: [UInt32], _ b: [UInt32], limit: Int, rows: inout DistanceRows) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        let n = a.count
        let m = b.count
        guard n > 0, m > 0 else { return max(n, m) <= limit ? max(n, m) : nil }
        let width = m + 1
        var storage = rows.storage
        rows.storage = []  // sole owner while computing: no copy on write
        defer { rows.storage = storage }
        if storage.count < 3 * width { storage = [Int](repeating: 0, count: 3 * width) }
        return storage.withUnsafeMutableBufferPointer { table -> Int? in
            // Rows rotate through three slots: `previous2` (i - 2), `previous` (i - 1), `current` (i).
            var previous2 = 0
            var previous = width
            var current = 2 * width
            for j in 0...m { table[previous + j] = j }
            for i in 1...n {
                table[current] = i
                var rowMinimum = i
                for j in 1...m {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(table[previous + j] + 1, table[current + j - 1] + 1, table[previous + j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        value = min(value, table[previous2 + j - 2] + 1)
                    }
                    table[current + j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                if rowMinimum > limit { return nil }
                (previous2, previous, current) = (previous, current, previous2)
            }
            let result = table[previous + m]
            return result <= limit ? result : nil
        }
    }
}
