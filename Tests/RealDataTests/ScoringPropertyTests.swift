import Foundation
import INCICatalog
import INCICore
import INCIDictionaryData
import INCITestSupport
import Testing

/// Properties of the scorer on every real list in `../shared/data` (`ScoringProperties`: shares add up,
/// never increase, keep printed values; scores within 0–100; no free-from "yes" with unrecognised names),
/// and the score histogram per skin type.
@Suite(.enabled(if: SharedData.isAvailable, "../shared/data is absent; real-data tests skipped"))
struct ScoringPropertyTests {
    static let analyzer = IngredientAnalyzer(dictionary: EmbeddedDictionary.shared)
    static let scorer = Scorer(dictionary: EmbeddedDictionary.shared)

    /// Every real list: file name and its texts. (The saved pages of `html/` and `real-pages/` are checked
    /// as extracted by `inci scan`, in INCIHTMLTests' `RealPageScoringPropertyTests`; the lists a person
    /// read off the Sephora pages are here as text.)
    static func corpora() throws -> [(name: String, texts: [String])] {
        [
            (
                "sephora-2020-skincare.jsonl",
                try SharedData.jsonlField("products/sephora-2020-skincare.jsonl", field: "ingredients")
            ),
            (
                "sephora-cosmetics.csv",
                try SharedData.csvColumn("products/sephora-cosmetics.csv", column: "Ingredients")
            ),
            (
                "lookfantastic-skincare-clean.csv",
                try SharedData.csvColumn("products/lookfantastic-skincare-clean.csv", column: "clean_ingreds").map {
                    IngredientColumn.text(ofCell: $0)
                }
            ),
        ]
            + (try ["naver-skin.csv", "naver-lotion.csv", "naver-cream.csv"].map {
                ($0, try SharedData.csvColumn("korean/\($0)", column: "성분").map { IngredientColumn.text(ofCell: $0) })
            }) + [("real-pages/sephora/manifest.json", try manifestLists())]
    }

    /// The lists a person read off the 25 real Sephora pages (`expected`, and each kit part's), joined as printed.
    static func manifestLists() throws -> [String] {
        let data = try Data(contentsOf: SharedData.url("real-pages/sephora/manifest.json"))
        guard let entries = try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]] else { return [] }
        var lists: [String] = []
        for key in entries.keys.sorted() {
            let entry = entries[key]!
            if let names = entry["expected"] as? [String] { lists.append(names.joined(separator: ", ")) }
            for part in entry["products"] as? [[String: Any]] ?? [] {
                if let names = part["expected"] as? [String] { lists.append(names.joined(separator: ", ")) }
            }
        }
        return lists
    }

    /// Scores per skin type over every real list, as a histogram in steps of 10 and verdict counts: the
    /// bands (`good`, `fine`, `caution` in weights.txt) are calibrated on it. A spread, not a cluster:
    /// every type uses at least four deciles with 5 % of the lists each, and no decile holds 60 %.
    @Test func scoreHistogramPerSkinTypeIsASpread() throws {
        var scores: [SkinType: [Int]] = [:]
        var verdicts: [SkinType: [Verdict: Int]] = [:]
        for (_, texts) in try Self.corpora() {
            for text in texts {
                guard let list = try? Self.analyzer.analyze(text) else { continue }
                for score in Self.scorer.analyze(list, productType: .decide(given: nil)).scores {
                    scores[score.skinType, default: []].append(score.score)
                    verdicts[score.skinType, default: [:]][score.verdict, default: 0] += 1
                }
            }
        }
        var lines: [String] = []
        for type in SkinType.allCases {
            let values = scores[type] ?? []
            var bins = [Int](repeating: 0, count: 10)
            for value in values { bins[min(value / 10, 9)] += 1 }
            let shares = bins.map { Double($0) / Double(max(values.count, 1)) }
            let mean = Double(values.reduce(0, +)) / Double(max(values.count, 1))
            let deviation = (values.reduce(0.0) { $0 + pow(Double($1) - mean, 2) } / Double(max(values.count, 1)))
                .squareRoot()
            lines.append(
                type.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
                    + bins.map { String(format: "%5d", $0) }.joined()
                    + String(format: "   mean %.1f sd %.1f  ", mean, deviation)
                    + Verdict.allCases.map { "\($0.rawValue) \(verdicts[type]?[$0] ?? 0)" }.joined(separator: ", "))
            #expect(shares.filter { $0 >= 0.05 }.count >= 4, "\(type): \(bins)")
            #expect(shares.allSatisfy { $0 < 0.6 }, "\(type): \(bins)")
        }
        print(
            "Score histogram per skin type on the real lists (bins 0-9, 10-19, …, 90-100)\n  "
                + lines.joined(separator: "\n  "))
    }

    @Test func estimatesAddUpAndScoresStayInRangeOnEveryRealList() throws {
        var all: [String] = []
        var failures = 0
        for (name, texts) in try Self.corpora() {
            var violations = ScoringProperties()
            for text in texts {
                guard let list = try? Self.analyzer.analyze(text) else { continue }
                violations.check(list, scorer: Self.scorer, label: text)
            }
            all.append("\(name): \(violations)")
            failures += violations.total
        }
        print("Scoring properties on the real lists\n  " + all.joined(separator: "\n  "))
        #expect(failures == 0)
    }
}
