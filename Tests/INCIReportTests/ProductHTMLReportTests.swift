import INCICore
import INCIDictionaryData
import INCIReport
import INCITestSupport
import Testing

/// The product page of `inci analyze --format html`, on real analyses with the embedded dictionary.
@Suite struct ProductHTMLReportTests {
    static func document(_ list: String) throws -> AnalysisDocument {
        let dictionary = EmbeddedDictionary.shared
        let analysis = Scorer(dictionary: dictionary).analyze(
            try IngredientAnalyzer(dictionary: dictionary).analyze(list),
            productType: ProductTypeDecision.decide(given: nil, name: nil))
        return AnalysisDocument(analysis)
    }

    @Test func hostileNamesStayText() throws {
        // A NUL makes a list binary (refused before analysis), so the hostile names keep their other controls.
        let names = HTMLMarkup.hostileStrings.map {
            $0.replacingOccurrences(of: ",", with: " ").replacingOccurrences(of: "\u{0}", with: "")
        }
        let list = (["Water", "Glycerin"] + names).joined(separator: ", ")
        let html = ProductHTMLReport().render(try Self.document(list), name: "<img src=x onerror=alert(1)>")
        let markup = HTMLMarkup(html)
        #expect(markup.tags.isSubset(of: HTMLMarkup.allowedTags), "\(markup.tags.subtracting(HTMLMarkup.allowedTags))")
        #expect(
            markup.attributes.isSubset(of: HTMLMarkup.allowedAttributes),
            "\(markup.attributes.subtracting(HTMLMarkup.allowedAttributes))")
        #expect(!html.contains("<img"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("abc\u{27E8}U+202E\u{27E9}fdp.exe"))
        #expect(html.contains("nulbell\u{2407}esc\u{241B}del"))
        // The unrecognised names are marked as such.
        #expect(html.contains("<tr class=\"unknown\">"))
        #expect(html.contains("not recognised"))
    }

    @Test func thePageHasEverySectionAndEveryScore() throws {
        let document = try Self.document("Water, Niacinamide 5%, Zinc PCA, Isopropyl Myristate, Fragrance, Niacinimide")
        let html = ProductHTMLReport().render(document)
        for heading in ["Suitability by skin type", "Pore profile", "Flags", "Ingredients"] {
            #expect(html.contains("<h2>\(heading)</h2>"), "\(heading)")
        }
        let scoring = try #require(document.scoring)
        for type in SkinType.allCases {
            let score = try #require(scoring.score(for: type))
            #expect(html.contains("aria-label=\"\(type.rawValue): \(score.score) of 100, \(score.verdict.rawValue)\""))
        }
        #expect(html.contains("<details class=\"score\" data-skin=\"oily\">"))
        #expect(html.contains("<th scope=\"col\">As printed</th>"))
        #expect(html.contains("did you mean") || document.ingredients.allSatisfy { $0.suggestions.isEmpty })
        #expect(html.contains("data-flag=\"fragrance_free\""))
    }

    @Test func skinTypesNotAskedForAreLeftOut() throws {
        let dictionary = EmbeddedDictionary.shared
        let analysis = Scorer(dictionary: dictionary).analyze(
            try IngredientAnalyzer(dictionary: dictionary).analyze("Water, Glycerin"),
            productType: ProductTypeDecision.decide(given: nil, name: nil))
        let html = ProductHTMLReport().render(AnalysisDocument(analysis, skinTypes: [.dry]))
        #expect(html.contains("data-skin=\"dry\""))
        #expect(!html.contains("data-skin=\"oily\""))
    }
}
