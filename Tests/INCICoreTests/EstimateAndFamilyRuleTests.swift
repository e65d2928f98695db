import INCICore
import INCIDictionaryData
import Testing

/// The rules asked for after the eleventh panel round, each on a list written to test it: a line marker far
/// down does not flatten a long list's first shares, a drying alcohol above the line sits at its usual level,
/// a water-swelling polymer is no oil absorber, and the pharmacopoeial names Drug Facts print are recognised.
@Suite struct EstimateAndFamilyRuleTests {
    static let dictionary = EmbeddedDictionary.shared
    static let analyzer = IngredientAnalyzer(dictionary: dictionary)
    static let scorer = Scorer(dictionary: dictionary)

    static func analysis(_ label: String) throws -> ProductAnalysis {
        scorer.analyze(try analyzer.analyze(label), productType: .decide(given: nil, name: nil))
    }

    static func share(_ name: String, in analysis: ProductAnalysis) throws -> Double {
        let index = try #require(analysis.list.ingredients.firstIndex { $0.ingredient?.name == name })
        return analysis.estimates[index].share
    }

    /// After Clinique's Dramatically Different Moisturizing Gel: its first preservative-like marker sits at
    /// #26, which proves at most 25 ingredients above 1 %, not 25 of them. Dimethicone second is a silicone
    /// gel's body (several percent), not one of seventeen flat 2 % shares.
    @Test func aLineMarkerFarDownDoesNotFlattenTheFirstShares() throws {
        let extracts = (1...14).map { "Plant \($0) Extract" }.joined(separator: ", ")
        let analysis = try Self.analysis(
            "Water, Dimethicone, Isododecane, Butylene Glycol, Glycerin, Laminaria Saccharina Extract, "
                + "Cucumis Sativus (Cucumber) Fruit Extract, Caffeine, Trehalose, Sodium Hyaluronate, "
                + "Tocopheryl Acetate, \(extracts), Carbomer, Caprylyl Glycol, Phenoxyethanol")
        let dimethicone = try Self.share("Dimethicone", in: analysis)
        let glycerin = try Self.share("Glycerin", in: analysis)
        #expect(dimethicone >= 3.5, "dimethicone second: \(dimethicone) %")
        #expect(dimethicone > glycerin * 1.3, "the order declines: \(dimethicone) against \(glycerin)")
    }

    static let toner =
        "Water, ALCOHOL, Glycerin, Butylene Glycol, Niacinamide, Sodium Hyaluronate, Allantoin, Panthenol, "
        + "Camellia Sinensis Leaf Extract, Phenoxyethanol, LATE, Ethylhexylglycerin"

    /// Alcohol second is the toner's vehicle (labels that print it: 14-43 %); after the line it is an extract's
    /// solvent (after the preservative that marks the 1% line), and sensitive skin feels the
    /// difference.
    @Test func aDryingAlcoholAboveTheLineSitsAtItsUsualLevel() throws {
        let second = try Self.analysis(
            Self.toner.replacingOccurrences(of: "ALCOHOL", with: "Alcohol Denat.").replacingOccurrences(
                of: "LATE, ", with: ""))
        let late = try Self.analysis(
            Self.toner.replacingOccurrences(of: "ALCOHOL, ", with: "").replacingOccurrences(
                of: "LATE", with: "Alcohol Denat."))
        #expect(try Self.share("Alcohol Denat.", in: second) >= 5)
        #expect(try Self.share("Alcohol Denat.", in: late) <= 1)
        let sensitive = try #require(second.score(for: .sensitive))
        #expect(sensitive.score < (try #require(late.score(for: .sensitive))).score)
        #expect(sensitive.score < 55, "alcohol denat. second: \(sensitive.score) \(sensitive.verdict)")
    }

    /// Sodium polyacrylate swells with water (buchholz-graham-1998); silica takes up sebum.
    @Test(arguments: ["Sodium Polyacrylate", "Sodium Acrylates Crosspolymer-2"])
    func aWaterSwellingPolymerIsNoOilAbsorber(_ polymer: String) throws {
        let base =
            "Water, Glycerin, Caprylic/Capric Triglyceride, Dimethicone, Cetearyl Alcohol, Glyceryl Stearate, "
            + "THICKENER, Phenoxyethanol, Ethylhexylglycerin"
        func absorbs(_ thickener: String) throws -> Bool {
            let analysis = try Self.analysis(base.replacingOccurrences(of: "THICKENER", with: thickener))
            let oily = try #require(analysis.score(for: .oily))
            return oily.reasons.contains { $0.rule == "mechanism.oil-absorption" && $0.ingredient == thickener }
        }
        #expect(try !absorbs(polymer))
        #expect(try absorbs("Silica"))
    }

    /// After Codexial's Neolys 15 (round 11 #56, #57): a number in the name without a per cent sign is no stated
    /// strength ("15" may be a percentage, a line number or a pH): the estimate stays the list's, and its range
    /// still holds the strength the brand means.
    @Test func aNumberInTheNameWithoutAPercentSignIsNoStatedStrength() throws {
        let label =
            "Water, Glycolic Acid, Cetearyl Alcohol, Ammonium Hydroxide, Glycerin, Caprylic/Capric Triglyceride, "
            + "Ceteareth-20, Dimethicone, Xanthan Gum, Phenoxyethanol"
        let list = try Self.analyzer.analyze(label)
        let named = Self.scorer.analyze(list, productType: .decide(given: nil, name: "Neolys 15 Emulsion"))
        let unnamed = Self.scorer.analyze(list, productType: .decide(given: nil, name: nil))
        let index = try #require(list.ingredients.firstIndex { $0.ingredient?.name == "Glycolic Acid" })
        #expect(named.estimates[index].basis != .stated)
        #expect(named.estimates[index].share == unnamed.estimates[index].share)
        #expect(named.estimates[index].high >= 15, "range \(named.estimates[index].low)…\(named.estimates[index].high)")
        let percent = Self.scorer.analyze(list, productType: .decide(given: nil, name: "Glycolic 15% Emulsion"))
        #expect(percent.estimates[index].basis == .stated && percent.estimates[index].share == 15)
    }

    /// US Drug Facts print inactive ingredients by their USP-NF names (21 CFR 201.66(c)(8)).
    @Test func pharmacopoeialNamesAreRecognised() throws {
        let list = try Self.analyzer.analyze("Purified Water, Edetate Disodium, Poloxamer 182, Edetate Sodium")
        #expect(
            list.ingredients.map { $0.ingredient?.name } == [
                "Water", "Disodium EDTA", "Poloxamer 182", "Tetrasodium EDTA",
            ])
    }
}
