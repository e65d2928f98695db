/// Counts how much of a corpus the dictionary recognizes, and which unknown names are most frequent:
/// the tool the dictionary is grown with (`inci dict coverage`).
package struct CoverageCounter: Sendable {
    package private(set) var lists = 0
    package private(set) var listsWithoutIngredients = 0
    package private(set) var tokens = 0
    package private(set) var recognized = 0
    package private(set) var kinds: [MatchKind: Int] = [:]
    package private(set) var unknown: [String: Int] = [:]
    private let analyzer: IngredientAnalyzer

    package init(dictionary: IngredientDictionary) {
        analyzer = IngredientAnalyzer(dictionary: dictionary)
    }

    package mutating func add(_ text: String) {
        add(try? analyzer.analyze(text))
    }

    /// Counts a list analyzed elsewhere (nil: the text held no list).
    package mutating func add(_ list: IngredientList?) {
        lists += 1
        guard let list else {
            listsWithoutIngredients += 1
            return
        }
        for item in list.ingredients {
            tokens += 1
            kinds[item.match, default: 0] += 1
            if item.match == .unknown { unknown[item.name, default: 0] += 1 } else { recognized += 1 }
        }
    }

    /// Share of token occurrences recognized (exact, alias or fuzzy).
    package var share: Double { tokens == 0 ? 0 : Double(recognized) / Double(tokens) }

    /// Unknown names, most frequent first (ties by name, so the order is stable).
    package func mostFrequentUnknown(_ limit: Int) -> [(name: String, count: Int)] {
        unknown.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit).map {
            ($0.key, $0.value)
        }
    }
}
