import INCICore
import INCIDictionaryData
import INCIReport
import Testing

/// Scores computed from a small recognised part of a formula are not presented as a judgement: the text and
/// HTML reports say, above the scores, how much of the formula they rest on (and when it is nothing).
@Suite struct ScoreCaveatTests {
    static func analysis(_ list: String) throws -> ProductAnalysis {
        let dictionary = EmbeddedDictionary.shared
        return Scorer(dictionary: dictionary).analyze(
            try IngredientAnalyzer(dictionary: dictionary).analyze(list),
            productType: ProductTypeDecision.decide(given: nil, name: nil))
    }

    @Test func aFormulaMostlyUnknownIsUncertain() throws {
        let unknown = try Self.analysis("Zorbflex Complex, Mysterium Oil, Water, Glycerin, Qwertyol, Phenoxyethanol")
        #expect(unknown.confidence < ScoreCaveat.minimumConfidence)
        let text = ProductTextReport().render(unknown)
        #expect(text.contains("Suitability\n  uncertain: only "), "\(text)")
        #expect(text.contains("unknown: Zorbflex Complex, Mysterium Oil, Qwertyol"))
        let html = ProductHTMLReport().render(AnalysisDocument(unknown), name: "x")
        #expect(html.contains("<p class=\"caveat\">Uncertain: only "))
    }

    /// Each rating's caveat speaks of what its grade measured: comedones for a comedogenicity grade, only the
    /// animal for an irritancy grade (Draelos and DiNardo re-evaluated comedogenicity, not irritation).
    @Test func aRatingsCaveatFitsItsKind() throws {
        let text = ProductTextReport().render(try Self.analysis("Water, Isostearyl Neopentanoate, Glycerin"))
        let lines = text.split(separator: "\n").filter { $0.contains("Isostearyl Neopentanoate (#2) rated") }
        let comedogenic = try #require(lines.first { $0.contains("comedogenic:") })
        let irritancy = try #require(lines.first { $0.contains("irritancy:") })
        #expect(comedogenic.contains("overpredict human comedones"))
        #expect(!irritancy.contains("comedones") && irritancy.contains("a rabbit-ear grade, not a test on people"))
    }

    @Test func nothingRecognisedIsNoScore() throws {
        let text = ProductTextReport().render(try Self.analysis("Zorbflex Complex, Mysterium Oil"))
        #expect(text.contains("no score: no ingredient of substance was recognised"), "\(text)")
    }

    /// An inactive list printed A to Z (21 CFR 201.66(c)(8)) is estimated from usual levels; the summary says
    /// so once, and a list in descending order says nothing of the kind.
    @Test func anAlphabeticalListSaysItsOrderTellsNothing() throws {
        let alphabetical = try Self.analysis(
            "Drug Facts\nActive ingredient: Zinc Oxide 20% ... Sunscreen\nInactive ingredients: Beeswax, "
                + "Butyloctyl Salicylate, Caprylic/Capric Triglyceride, Caprylyl Glycol, Cetyl Dimethicone, "
                + "Ethylhexylglycerin, Glycerin, Hydrogenated Castor Oil, Jojoba Esters, Phenoxyethanol, "
                + "Sodium Chloride, Tocopherol, Water")
        #expect(ProductTextReport().render(alphabetical).contains("\nOrder: printed A to Z, not by amount;"))
        let descending = try Self.analysis("Water, Glycerin, Niacinamide, Zinc PCA, Phenoxyethanol")
        #expect(!ProductTextReport().render(descending).contains("Order: printed A to Z"))
    }

    @Test func aRecognisedFormulaHasNoCaveat() throws {
        let known = try Self.analysis("Water, Glycerin, Niacinamide, Zinc PCA, Phenoxyethanol")
        #expect(known.confidence >= ScoreCaveat.minimumConfidence)
        #expect(!ProductTextReport().render(known).contains("uncertain:"))
        #expect(!ProductHTMLReport().render(AnalysisDocument(known), name: "x").contains("class=\"caveat\""))
    }
}
