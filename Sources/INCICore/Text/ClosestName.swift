/// "Did you mean …?" for identifiers people type: rule ids, family ids, setting names, skin types. The
/// closest candidate by edit distance, when it is close enough to be what was meant (a third of the typed
/// length, at least one and at most three edits), or a candidate the typed text begins (`paraben` →
/// `parabens`). Nil when nothing is close: a wild suggestion is worse than none.
package enum ClosestName {
    package static func suggestion(for typed: String, among candidates: some Sequence<String>) -> String? {
        let query = scalars(typed)
        guard !query.isEmpty else { return nil }
        let limit = max(1, min(3, query.count / 3))
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let letters = scalars(candidate)
            var distance = distance(query, letters, limit: limit) ?? .max
            if query.count >= 3, letters.starts(with: query) { distance = min(distance, 1) }
            guard distance <= limit, distance < (best?.distance ?? .max) else { continue }
            best = (candidate, distance)
        }
        return best?.name
    }

    /// " (did you mean 'X'?)", or nothing: for the end of an error message.
    package static func hint(for typed: String, among candidates: some Sequence<String>) -> String {
        suggestion(for: typed, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// The lower-cased text's scalars, the unit the fuzzy matcher's distance counts in.
    static func scalars(_ text: some StringProtocol) -> [UInt32] { text.lowercased().unicodeScalars.map(\.value) }

    /// The edit distance (a swap of neighbours is one edit), or nil above `limit`: the fuzzy matcher's.
    static func distance(_ a: [UInt32], _ b: [UInt32], limit: Int) -> Int? { FuzzyIndex.distance(a, b, limit: limit) }
}
