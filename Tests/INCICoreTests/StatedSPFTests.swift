import INCICore
import INCIDictionaryData
import Testing

/// A product whose name states an SPF: the SPF is a tested claim, so it counts as sun protection even where
/// the list's filters would give less. Only a list that shows no filter at all (a catalog row that leaves out
/// the Drug Facts actives) hides which filters the product holds, and only then is the photoallergen risk of
/// probable organic filters guessed; a list that prints its filters names them.
@Suite struct StatedSPFTests {
    static let dictionary = EmbeddedDictionary.shared
    static let name = "Daily UV Protector Broad Spectrum SPF 50"
    static let base = "Water, Dimethicone, Butyloctyl Salicylate, C12-15 Alkyl Benzoate, Silica, Phenoxyethanol"

    static func analysis(_ list: String) throws -> ProductAnalysis {
        Scorer(dictionary: dictionary).analyze(
            try IngredientAnalyzer(dictionary: dictionary).analyze(list),
            productType: .decide(given: nil, name: name))
    }

    static func guessesFilters(_ analysis: ProductAnalysis) -> Bool {
        analysis.poreProfile.risks.contains { $0.kind == "photoallergen" && $0.position == 0 }
    }

    @Test func printedMineralFiltersAreNamedAndNotGuessed() throws {
        let printed = try Self.analysis("Titanium Dioxide 6.3%, Zinc Oxide 4%, " + Self.base)
        let sun = try #require(printed.poreProfile.mechanisms.first { $0.mechanism == .sunProtection })
        #expect(sun.ingredients.map(\.name) == ["Titanium Dioxide", "Zinc Oxide"])
        #expect(!Self.guessesFilters(printed))
    }

    @Test func aListWithoutFiltersGuessesThem() throws {
        let rowWithoutActives = try Self.analysis(Self.base)
        let sun = try #require(rowWithoutActives.poreProfile.mechanisms.first { $0.mechanism == .sunProtection })
        #expect(sun.ingredients.isEmpty)
        #expect(Self.guessesFilters(rowWithoutActives))
        // The guess costs sensitive skin what the printed mineral filters do not.
        let printed = try Self.analysis("Titanium Dioxide 6.3%, Zinc Oxide 4%, " + Self.base)
        #expect(try #require(printed.score(for: .sensitive)).score > rowWithoutActives.score(for: .sensitive)!.score)
    }
}
