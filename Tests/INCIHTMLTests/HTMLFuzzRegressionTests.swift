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
        let extractor = PageExtractor(analyzer: IngredientAnalyzer(dictionary: EmbeddedDictionary.shared))
        for url in FuzzRegressions.inputs("FuzzHTMLExtractor") {
            let name = url.lastPathComponent
            let bytes = try [UInt8](Data(contentsOf: url))
            let hang = HangGuard(name)
            for kind in [PageExtractor.InputKind.html, .json] {
                if case .success(let products) = extractor.extract(bytes, kind: kind) {
                    #expect(products.allSatisfy { !$0.ingredientText.isEmpty }, "\(name)")
                }
            }
            let verdict = hang.verdict()
            #expect(verdict.withinBudget, "\(verdict)")
        }
    }
}
