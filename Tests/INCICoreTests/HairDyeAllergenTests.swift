import Foundation
import INCICore
import INCIDictionaryData
import INCITestSupport
import Testing

/// Hair dyes the EU allows only with a severe-allergy warning (Annex III) are known, flagged and cost
/// sensitive skin its verdict (`hair-dye-allergen`). Before, p-phenylenediamine and its relatives were unknown
/// names: a hair colour's strongest allergens counted for nothing.
@Suite struct HairDyeAllergenTests {
    static let dictionary = EmbeddedDictionary.shared
    static let analyzer = IngredientAnalyzer(dictionary: dictionary)
    static let scorer = Scorer(dictionary: dictionary)

    /// A permanent hair colour as a shop page prints it (search index file 58191240058, a Mongolian shop's
    /// hair-colour tab), and the same base without its dye system.
    static let hairColour =
        "Aqua (Water), Cetearyl Alcohol, Propylene Glycol, Decyl Glucoside, p-Phenylenediamine, Resorcinol, "
        + "m-Aminophenol, 2-Amino-4-hydroxyethylaminoanisole Sulfate, 4-Chlororesorcinol, Toluene-2,5-Diamine "
        + "Sulfate, Ammonium Hydroxide, Sodium Lauryl Sulfate, Parfum (Fragrance), Erythorbic Acid, "
        + "Polyquaternium-22, Hydrolyzed Wheat Protein, Panthenol, Tocopheryl Acetate, Citric Acid, Etidronic Acid, "
        + "Sodium Metabisulfite."
    static let dyes = [
        "p-Phenylenediamine", "Resorcinol", "m-Aminophenol", "2-Amino-4-hydroxyethylaminoanisole Sulfate",
        "4-Chlororesorcinol", "Toluene-2,5-Diamine Sulfate",
    ]

    static func score(_ label: String, _ type: SkinType) throws -> SkinScore {
        try #require(
            scorer.analyze(try analyzer.analyze(label), productType: .decide(given: nil, name: nil)).score(for: type))
    }

    @Test func theDyesAreKnownAndFlagged() throws {
        let list = try Self.analyzer.analyze(Self.hairColour)
        for dye in Self.dyes {
            let item = try #require(list.ingredients.first { $0.token.text == dye }, "\(dye) not read as one name")
            #expect(item.ingredient?.families.contains("hair-dye-allergen") == true, "\(dye)")
        }
    }

    @Test func sensitiveSkinIsToldToAvoidIt() throws {
        let sensitive = try Self.score(Self.hairColour, .sensitive)
        #expect(sensitive.verdict == .avoid)
        #expect(sensitive.reasons.first?.rule.contains("hair-dye-allergen") == true, "\(sensitive.reasons.prefix(3))")
        var base = Self.hairColour
        for dye in Self.dyes { base = base.replacingOccurrences(of: dye + ", ", with: "") }
        #expect(try Self.score(base, .sensitive).score >= sensitive.score + 20)
    }

    @Test func everyHairDyeIsARegisteredName() throws {
        let url = SharedData.packageRoot.appending(path: "Dictionaries/names/cosing.txt")
        let registered = Set(
            try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { $0.lowercased() })
        let dyes = Self.dictionary.ingredients.filter { $0.families.contains("hair-dye-allergen") }
        #expect(dyes.count >= 90)
        for dye in dyes { #expect(registered.contains(dye.name.lowercased()), "\(dye.name)") }
    }
}
