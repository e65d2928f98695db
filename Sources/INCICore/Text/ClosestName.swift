/// "Did you mean …?" for identifiers people type: rule ids, family ids, setting names, skin types. The
/// closest candidate by edit distance, when it is close enough to be what was meant (a third of the typed
/// length, at least one and at most three edits), or a candidate the typed text begins (`paraben` →
/// `parabens`). Nil when nothing is close: a wild suggestion is worse than none.
package enum ClosestName {
    package static func suggestion(for typed: String, among candidates: some Sequence<String>) -> String? {
        let query = Array(typed.lowercased())
        guard !query.isEmpty else { return nil }
        let limit = max(1, min(3, query.count / 3))
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let letters = Array(candidate.lowercased())
            var distance = editDistance(query, letters)
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

    /// Levenshtein distance over characters, two rows.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
