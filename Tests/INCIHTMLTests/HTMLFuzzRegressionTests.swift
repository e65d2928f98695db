import Foundation
import INCICore
import INCIDictionaryData
import INCIHTML
import INCITestSupport
import Testing

/// Replays `Fuzz/Regressions/FuzzHTMLExtractor/` (pages that once crashed or hung the HTML fuzz target,
/// see `Fuzz/README.md`) the way the target runs them: as HTML and as JSON. Passes with no inputs.
@Suite struct HTMLFuzzRegressionTests {
    @Test func htmlExtractorInputs() throws {
        let folder = SharedData.packageRoot.appending(path: "Fuzz/Regressions/FuzzHTMLExtractor")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let extractor = PageExtractor(analyzer: IngredientAnalyzer(dictionary: EmbeddedDictionary.shared))
        for name in names.sorted() where !name.hasPrefix(".") && name != "README.md" {
            let bytes = try [UInt8](Data(contentsOf: folder.appending(path: name)))
            let start = Date()
            for kind in [PageExtractor.InputKind.html, .json] {
                if case .success(let products) = extractor.extract(bytes, kind: kind) {
                    #expect(products.allSatisfy { !$0.ingredientText.isEmpty }, "\(name)")
                }
            }
            let seconds = Date().timeIntervalSince(start)
            #expect(seconds < 5, "\(name) took \(seconds) s")
        }
    }
}
