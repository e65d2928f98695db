import Foundation
import INCIKit
import Testing

/// The library's one-call entry point does what `inci analyze` does.
@Suite struct INCIEntryPointTests {
    @Test func analyzeScoresALabelWithTheEmbeddedDictionary() throws {
        let analysis = try INCI.analyze("Water, Niacinamide 10%, Zinc PCA, Glycerin, Salicylic Acid 2%")
        #expect(
            analysis.list.ingredients.map(\.name) == ["Water", "Niacinamide", "Zinc PCA", "Glycerin", "Salicylic Acid"])
        #expect(analysis.list.ingredients[1].token.percent == 10)
        #expect(analysis.scores.map(\.skinType) == SkinType.allCases)
        #expect(analysis.productType.basis == .assumed)
    }

    @Test func theNameDecidesTheProductType() throws {
        let analysis = try INCI.analyze("Water, Sodium Cocoyl Isethionate, Glycerin", name: "Gentle Foaming Cleanser")
        #expect(analysis.productType.type == .rinseOff)
        #expect(analysis.productType.basis == .inferred)
    }

    @Test func reportsAreTheCommandsReports() throws {
        let analysis = try INCI.analyze("Water, Glycerin, Parfum")
        let json = try INCI.report(analysis, skin: [.sensitive], format: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((object["scores"] as? [String: Any])?.keys.sorted() == ["sensitive"])
        #expect(try INCI.report(analysis, skin: [.oily]).contains("Suitability"))
        let html = try INCI.report(analysis, skin: [.oily], format: .html)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("data-skin=\"oily\""))
        #expect(!html.contains("data-skin=\"dry\""))
    }

    @Test func aTextWithoutAListThrowsTheTokenizersError() {
        #expect(throws: TokenizerError.self) { try INCI.analyze("") }
    }

    @Test func explainResolvesTyposAndKoreanNames() {
        #expect(INCI.explain("niacinamid").ingredient?.name == "Niacinamide")
        #expect(INCI.explain("병풀추출물").ingredient?.name.hasPrefix("Centella Asiatica") == true)
    }
}
