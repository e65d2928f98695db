import Foundation
import INCICore
import INCIDictionaryData
import INCITestSupport
import Testing

/// `ProductDiff` on every product the two Sephora corpora share (the c. 2018 catalog and the 2020
/// "Ingredients" texts, joined on brand and name): the properties a diff must have on real lists,
/// whatever changed. Prints how many pairs are reprints (the same ingredients printed another way) and
/// how many are reformulations.
@Suite(.enabled(if: SharedData.isAvailable, "../shared/data is absent; real-data tests skipped"))
struct SephoraReformulationTests {
    static func key(_ brand: String, _ name: String) -> String {
        NameKey.make(brand) + "|" + NameKey.make(name)
    }

    @Test func diffsOfTheSameProductsTwoYearsApartAreConsistent() throws {
        let dictionary = EmbeddedDictionary.shared
        let analyzer = IngredientAnalyzer(dictionary: dictionary)
        let scorer = Scorer(dictionary: dictionary)
        var old: [String: (name: String, text: String)] = [:]
        for row in try SharedData.csvRows(SharedData.url("products/sephora-cosmetics.csv")) {
            guard let brand = row["Brand"], let name = row["Name"], let text = row["Ingredients"] else { continue }
            old[Self.key(brand, name)] = (name, text)
        }
        let lines = try String(contentsOf: SharedData.url("products/sephora-2020-skincare.jsonl"), encoding: .utf8)
            .split(separator: "\n")
        var pairs = 0
        var reprints = 0
        var changed = 0
        var scoreChanges = 0
        for line in lines {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let brand = object["brand"] as? String, let name = object["product_name"] as? String,
                let text = object["ingredients"] as? String, let before = old[Self.key(brand, name)],
                let oldList = try? analyzer.analyze(before.text), let newList = try? analyzer.analyze(text)
            else { continue }
            let decision = ProductTypeDecision.decide(given: nil, name: name)
            let a = scorer.analyze(oldList, productType: decision)
            let b = scorer.analyze(newList, productType: decision)
            let forward = ProductDiff(old: a, new: b, dictionary: dictionary)
            let backward = ProductDiff(old: b, new: a, dictionary: dictionary)
            pairs += 1
            // A version compared with itself is unchanged.
            #expect(ProductDiff(old: a, new: a, dictionary: dictionary).isUnchanged, "\(name)")
            // Reversed, added and removed swap, scores negate, flags flip.
            #expect(forward.added.map(\.name) == backward.removed.map(\.name), "\(name)")
            #expect(forward.scores.map(\.delta) == backward.scores.map { -$0.delta }, "\(name)")
            #expect(forward.flags.count == backward.flags.count, "\(name)")
            // Every ingredient of either version is accounted for once.
            #expect(forward.oldCount >= forward.removed.count && forward.newCount >= forward.added.count, "\(name)")
            // A changed score has a changed reason.
            for change in forward.scores where change.delta != 0 {
                #expect(!change.reasons.isEmpty, "\(name) \(change.skinType)")
            }
            if forward.isUnchanged { reprints += 1 } else { changed += 1 }
            if forward.scores.contains(where: { $0.delta != 0 }) { scoreChanges += 1 }
        }
        print(
            "Sephora 2018 → 2020: \(pairs) products in both, \(reprints) reprints (same ingredients), \(changed) changed, \(scoreChanges) with a score change"
        )
        #expect(pairs > 400)
    }
}
