import Foundation
import INCICore
import INCIDictionaryData
import INCITestSupport
import Testing

/// A sanity check, not a goal: how inci's scores relate to Sephora's own 0/1 skin-type filter tags
/// (marketing, not expert labels). Prints the mean score by tag and the AUC per type; fails only if
/// scoring crashes or leaves products unscored.
@Suite(.enabled(if: SharedData.isAvailable, "../shared/data is absent; real-data tests skipped"))
struct SephoraSkinTagSanityTests {
    @Test func scoresVersusSephoraTags() throws {
        let url = SharedData.url("products/sephora-cosmetics.csv")
        let rows = try SharedData.csvRows(url)
        let analyzer = IngredientAnalyzer(dictionary: EmbeddedDictionary.shared)
        let scorer = Scorer(dictionary: EmbeddedDictionary.shared)
        let tagged: [(column: String, type: SkinType)] = [
            ("Combination", .combination), ("Dry", .dry), ("Normal", .normal),
            ("Oily", .oily), ("Sensitive", .sensitive),
        ]
        var samples: [SkinType: [(score: Int, tag: Bool)]] = [:]
        // Rows Sephora tagged for at least one type: a row with no tag at all says nothing about any type.
        var taggedRows: [SkinType: [(score: Int, tag: Bool)]] = [:]
        var scored = 0
        for row in rows {
            guard let text = row["Ingredients"], let list = try? analyzer.analyze(text) else { continue }
            let decision = ProductTypeDecision.decide(given: nil, name: row["Name"], category: row["Label"])
            let analysis = scorer.analyze(list, productType: decision)
            scored += 1
            let anyTag = tagged.contains { row[$0.column] == "1" }
            for (column, type) in tagged {
                guard let tag = row[column], let score = analysis.score(for: type)?.score else { continue }
                samples[type, default: []].append((score, tag == "1"))
                if anyTag { taggedRows[type, default: []].append((score, tag == "1")) }
            }
        }
        #expect(scored > 1_200)
        var lines: [String] = []
        for (_, type) in tagged {
            let values = samples[type] ?? []
            let positives = values.filter(\.tag).map(\.score)
            let negatives = values.filter { !$0.tag }.map(\.score)
            let mean = { (xs: [Int]) in xs.isEmpty ? 0 : Double(xs.reduce(0, +)) / Double(xs.count) }
            let rows = taggedRows[type] ?? []
            lines.append(
                String(
                    format:
                        "%@: tagged %d (mean %.1f), untagged %d (mean %.1f), AUC %.3f; among rows tagged for some type: AUC %.3f (%d untagged)",
                    type.rawValue, positives.count, mean(positives), negatives.count, mean(negatives),
                    Self.auc(positives, negatives),
                    Self.auc(rows.filter(\.tag).map(\.score), rows.filter { !$0.tag }.map(\.score)),
                    rows.filter { !$0.tag }.count))
        }
        print("Sephora skin-type tags vs inci scores (\(scored) products):\n  " + lines.joined(separator: "\n  "))
    }

    /// Probability that a tagged product outscores an untagged one (ties count half).
    static func auc(_ positives: [Int], _ negatives: [Int]) -> Double {
        guard !positives.isEmpty, !negatives.isEmpty else { return .nan }
        var wins = 0.0
        let sortedNegatives = negatives.sorted()
        for p in positives {
            let below = sortedNegatives.partitioningIndex { $0 >= p }
            let equal = sortedNegatives[below...].prefix { $0 == p }.count
            wins += Double(below) + Double(equal) / 2
        }
        return wins / Double(positives.count * negatives.count)
    }
}

extension Array {
    /// The first index whose element satisfies `predicate`, for a predicate that is false then true.
    func partitioningIndex(where predicate: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if predicate(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
