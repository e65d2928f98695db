import Foundation
import INCICatalog
import INCICore
import INCIDictionaryData
import INCITestSupport
import Testing

/// Coverage per corpus with the CosIng overlay (`inci dict import-cosing`), next to the embedded
/// dictionary alone (DictionaryCoverageTests).
@Suite(.enabled(if: SharedData.isAvailable, "../shared/data is absent; real-data tests skipped"))
struct CosIngOverlayCoverageTests {
    static let dictionary: IngredientDictionary = {
        let rows = (try? SharedData.csvRows(SharedData.url("cosing/inventory-functions.csv"))) ?? []
        let overlay = CosIngOverlay.overlayText(
            rows.map {
                .init(name: $0["inci_name"] ?? "", cas: $0["cas_number"] ?? "", functions: $0["function"] ?? "")
            },
            generatedFrom: "inventory-functions.csv")
        return DictionaryLoader.load(
            files: EmbeddedDictionary.files + [DictionaryFile(path: "overlay/cosing.txt", text: overlay.text)]
        ).dictionary
    }()

    func coverage(_ texts: [String]) -> (with: Double, without: Double) {
        var with = CoverageCounter(dictionary: Self.dictionary)
        var without = CoverageCounter(dictionary: EmbeddedDictionary.shared)
        for text in texts {
            with.add(text)
            without.add(text)
        }
        return (with.share, without.share)
    }

    @Test func overlayAddsTheRegisteredNames() throws {
        #expect(Self.dictionary.ingredients.count > 25_000)
        var lines: [String] = []
        let corpora: [(String, [String])] = [
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
                try SharedData.csvColumn("products/lookfantastic-skincare-clean.csv", column: "clean_ingreds")
                    .map { IngredientColumn.text(ofCell: $0) }
            ),
        ]
        for (name, texts) in corpora {
            let (with, without) = coverage(texts)
            lines.append(
                String(format: "%@: %.2f%% embedded, %.2f%% with the CosIng overlay", name, without * 100, with * 100))
            #expect(with >= without)
        }
        print("Coverage with and without the CosIng overlay:\n  " + lines.joined(separator: "\n  "))
    }
}
