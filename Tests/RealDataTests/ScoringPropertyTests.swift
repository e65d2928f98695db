import Foundation
import INCICatalog
import INCICore
import INCIDictionaryData
import INCITestSupport
import Testing

/// Properties of the scorer on every real list in `../shared/data`: the concentration estimates of the
/// ordered (main and inactive) sections add up to at most 100 %, never increase down the list (printed
/// percentages aside), keep every printed value and hold each point estimate inside its range; scores
/// stay within 0–100; a free-from flag is never "yes" while an ingredient is unrecognised.
@Suite(.enabled(if: SharedData.isAvailable, "../shared/data is absent; real-data tests skipped"))
struct ScoringPropertyTests {
    static let analyzer = IngredientAnalyzer(dictionary: EmbeddedDictionary.shared)
    static let scorer = Scorer(dictionary: EmbeddedDictionary.shared)

    /// Every real list: file name and its texts.
    static func corpora() throws -> [(name: String, texts: [String])] {
        [
            ("sephora-2020-skincare.jsonl", try SharedData.jsonlField("products/sephora-2020-skincare.jsonl", field: "ingredients")),
            ("sephora-cosmetics.csv", try SharedData.csvColumn("products/sephora-cosmetics.csv", column: "Ingredients")),
            ("lookfantastic-skincare-clean.csv",
             try SharedData.csvColumn("products/lookfantastic-skincare-clean.csv", column: "clean_ingreds").map { IngredientColumn.text(ofCell: $0) }),
        ] + (try ["naver-skin.csv", "naver-lotion.csv", "naver-cream.csv"].map {
            ($0, try SharedData.csvColumn("korean/\($0)", column: "성분").map { IngredientColumn.text(ofCell: $0) })
        })
    }

    struct Violations: CustomStringConvertible {
        var lists = 0
        var printedOver100 = 0
        var sum: [String] = []
        var order: [String] = []
        var printed: [String] = []
        var range: [String] = []
        var score: [String] = []
        var flags: [String] = []

        var total: Int { sum.count + order.count + printed.count + range.count + score.count + flags.count }
        var description: String {
            "\(lists) lists (\(printedOver100) whose printed percentages alone exceed 100 %); violations: sum \(sum.count), order \(order.count), "
                + "printed \(printed.count), range \(range.count), score \(score.count), flags \(flags.count)"
                + (total == 0 ? "" : "\n  first: " + (sum + order + printed + range + score + flags).prefix(5).joined(separator: "\n  "))
        }
    }

    static func check(_ text: String, into violations: inout Violations) {
        guard let list = try? analyzer.analyze(text) else { return }
        let analysis = scorer.analyze(list, productType: .decide(given: nil))
        violations.lists += 1
        let ordered = list.ingredients.indices.filter { list.ingredients[$0].token.section == .main || list.ingredients[$0].token.section == .inactive }
        let label = String(text.prefix(60))
        let printedTotal = ordered.compactMap { ConcentrationModel.validPrinted(list.ingredients[$0]) }.reduce(0, +)
        if printedTotal > 100 { violations.printedOver100 += 1 }
        let total = ordered.reduce(0) { $0 + analysis.estimates[$1].share }
        if total > max(100, printedTotal) + 0.05 { violations.sum.append("sum \(total): \(label)") }
        var previous: Double?
        for index in ordered {
            let estimate = analysis.estimates[index]
            if let printed = ConcentrationModel.validPrinted(list.ingredients[index]) {
                if estimate.share != printed || estimate.basis != .printed { violations.printed.append("\(list.ingredients[index].name) \(printed) → \(estimate.share): \(label)") }
                continue
            }
            if let previous, estimate.share > previous + 1e-6 { violations.order.append("\(list.ingredients[index].name) \(estimate.share) > \(previous): \(label)") }
            previous = estimate.share
        }
        for estimate in analysis.estimates where !(estimate.low <= estimate.share && estimate.share <= estimate.high && estimate.low >= 0) {
            violations.range.append("\(estimate): \(label)")
        }
        for score in analysis.scores where !(0...100).contains(score.score) { violations.score.append("\(score.skinType) \(score.score): \(label)") }
        let unrecognised = list.ingredients.contains { $0.token.section != .mayContain && ($0.match == .unknown || ($0.match == .fuzzy && $0.confidence < scorer.dictionary.scoring.fuzzyMinimumConfidence)) }
        for flag in analysis.flags.freeFrom where flag.answer == .yes && unrecognised {
            violations.flags.append("\(flag.id) yes with unrecognised names: \(label)")
        }
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
            let deviation = (values.reduce(0.0) { $0 + pow(Double($1) - mean, 2) } / Double(max(values.count, 1))).squareRoot()
            lines.append(type.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
                + bins.map { String(format: "%5d", $0) }.joined() + String(format: "   mean %.1f sd %.1f  ", mean, deviation)
                + Verdict.allCases.map { "\($0.rawValue) \(verdicts[type]?[$0] ?? 0)" }.joined(separator: ", "))
            #expect(shares.filter { $0 >= 0.05 }.count >= 4, "\(type): \(bins)")
            #expect(shares.allSatisfy { $0 < 0.6 }, "\(type): \(bins)")
        }
        print("Score histogram per skin type on the real lists (bins 0-9, 10-19, …, 90-100)\n  " + lines.joined(separator: "\n  "))
    }

    @Test func estimatesAddUpAndScoresStayInRangeOnEveryRealList() throws {
        var all: [String] = []
        var failures = 0
        for (name, texts) in try Self.corpora() {
            var violations = Violations()
            for text in texts { Self.check(text, into: &violations) }
            all.append("\(name): \(violations)")
            failures += violations.total
        }
        print("Scoring properties on the real lists\n  " + all.joined(separator: "\n  "))
        #expect(failures == 0)
    }
}
