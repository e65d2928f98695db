import Foundation
import INCICore
import INCIDictionaryData
import INCITestSupport
import Testing

/// How often a list alone (no name, no category) is read as a wash, per Sephora category
/// (`products/sephora-cosmetics.csv`'s Label). Sephora's "Cleanser" also holds toners, oils, balms,
/// wipes and blotting papers, so its share is well below all; what must hold is that creams, eye creams
/// and sunscreens are almost never taken for washes. Every fifth row is reported apart (never looked at
/// while the rule was written).
@Suite(.enabled(if: SharedData.isAvailable, "../shared/data is absent; real-data tests skipped"))
struct WashFromTheListRealTests {
    @Test func leaveOnCategoriesAreAlmostNeverReadAsWashes() throws {
        let rows = try SharedData.csvRows(SharedData.url("products/sephora-cosmetics.csv"))
        let analyzer = IngredientAnalyzer(dictionary: EmbeddedDictionary.shared)
        let scorer = Scorer(dictionary: EmbeddedDictionary.shared)
        var counts: [String: (wash: Int, all: Int)] = [:]
        for (index, row) in rows.enumerated() {
            guard let label = row["Label"], let text = row["Ingredients"], let list = try? analyzer.analyze(text)
            else { continue }
            let wash = scorer.analyze(list, productType: .decide(given: nil)).productType.basis == .list
            // A row whose own name says it is a wash ("Cleansing Oil" filed under Moisturizer) is counted
            // with the washes, whatever Sephora's category says.
            let namedWash = ProductTypeDecision.decide(given: nil, name: row["Name"]).contact == .wash
            let group = namedWash && label != "Cleanser" ? "Named a wash, filed elsewhere" : label
            for key in [group, group + (index % 5 == 4 ? " (every fifth)" : " (the rest)")] {
                counts[key, default: (0, 0)].wash += wash ? 1 : 0
                counts[key, default: (0, 0)].all += 1
            }
        }
        let share = { (key: String) -> Double in
            let count = counts[key] ?? (0, 0)
            return count.all == 0 ? 0 : Double(count.wash) / Double(count.all) * 100
        }
        print("Read as a wash from the list alone, per Sephora category:")
        for key in counts.keys.sorted() {
            print("  \(key): \(counts[key]!.wash)/\(counts[key]!.all) (\(String(format: "%.1f", share(key))) %)")
        }
        for category in ["Moisturizer", "Eye cream", "Sun protect"] {
            #expect(share(category) <= 1, "\(category) read as a wash: \(share(category)) %")
        }
        #expect(share("Cleanser") >= 30)
    }
}
