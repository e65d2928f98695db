import INCICore
import INCIDictionaryData
import Testing

/// The rules asked for after the twelfth panel round, each on a list written to test it: a fixed oil or butter
/// softens and occludes whatever role CosIng gives it (an essential oil or an oil's derivative does not), a
/// silicone film's occlusion saturates far below petrolatum's, a volatile carrier is no emollient, and an
/// absolute is perfume material.
@Suite struct OcclusionRuleTests {
    static let dictionary = EmbeddedDictionary.shared
    static let analyzer = IngredientAnalyzer(dictionary: dictionary)
    static let scorer = Scorer(dictionary: dictionary)

    static func analysis(_ label: String, name: String? = nil) throws -> ProductAnalysis {
        scorer.analyze(try analyzer.analyze(label), productType: .decide(given: nil, name: name))
    }

    static func points(_ rule: String, _ ingredient: String? = nil, _ type: SkinType, in label: String) throws
        -> Double
    {
        let score = try #require(try analysis(label).score(for: type))
        return score.reasons.filter { $0.rule == rule && (ingredient == nil || $0.ingredient == ingredient) }
            .reduce(0) { $0 + $1.points }
    }

    /// Olive oil is only "skin conditioning" in CosIng, yet a neat olive oil softens and seals (lin-2017).
    @Test func aFixedOilSoftensAndOccludes() throws {
        let label = "Olea Europaea (Olive) Fruit Oil"
        #expect(try Self.points("mechanism.occlusion", label, .dry, in: label) > 5)
        #expect(try Self.points("mechanism.emollience", label, .dry, in: label) > 5)
        // Less than petrolatum: a thinner, more permeable film (kraft-lynde-2005).
        #expect(
            try Self.points("mechanism.occlusion", label, .dry, in: label)
                < Self.points("mechanism.occlusion", "Petrolatum", .dry, in: "Petrolatum"))
    }

    /// An essential oil and an oil's ethoxylated derivative end in "Oil" but are no lipid film.
    @Test(arguments: ["Lavandula Angustifolia (Lavender) Oil", "PEG-40 Hydrogenated Castor Oil"])
    func anEssentialOilOrADerivativeIsNoFixedOil(_ name: String) throws {
        let label = "Water, Glycerin, \(name), Phenoxyethanol"
        #expect(try Self.points("mechanism.occlusion", name, .dry, in: label) == 0)
    }

    /// After Clinique's Dramatically Different Moisturizing Gel: dimethicone second and isododecane third. Silicones
    /// cut water loss by 20-30 % where petrolatum cuts it by 98 % (kraft-lynde-2005): however much dimethicone, its
    /// occlusion stays a fraction of an ointment's; isododecane evaporates and softens nothing (johnson-2011).
    @Test func aSiliconeFilmsOcclusionSaturatesAndAVolatileCarrierIsNoEmollient() throws {
        let gel =
            "Water, Dimethicone, Isododecane, Butylene Glycol, Glycerin, Sodium Hyaluronate, Carbomer, Phenoxyethanol"
        let occlusion = try Self.points("mechanism.occlusion", "Dimethicone", .dry, in: gel)
        #expect(occlusion > 0 && occlusion <= 24 * 0.3, "dimethicone's occlusion: \(occlusion)")
        let analysis = try Self.analysis(gel)
        let emollience = try #require(analysis.score(for: .dry)).reasons.first { $0.rule == "mechanism.emollience" }
        #expect(emollience?.ingredient == "Dimethicone")
        #expect(!(emollience?.detail.contains("Isododecane") ?? false))
        // A trace of petrolatum does not lend a silicone film petrolatum's seal: the film is mostly silicone.
        let traced = gel.replacingOccurrences(of: "Carbomer", with: "Petrolatum, Carbomer")
        #expect(try Self.points("mechanism.occlusion", nil, .dry, in: traced) <= 24 * 0.45)
    }

    /// Round 11 #17's class: an anhydrous plant-oil balm (almond, sunflower, meadowfoam, jojoba oils) seals dry skin
    /// as well as softening it. (The balm still scores below an oil-free humectant gel for dry skin: 70 against 77
    /// for the real pair; the gel's humectants count in full.)
    @Test func anOilBalmsOilsOccludeForDrySkin() throws {
        let balm =
            "Prunus Amygdalus Dulcis (Sweet Almond) Oil, Coco-Caprylate, Helianthus Annuus (Sunflower) Seed Oil, "
            + "Caprylic/Capric Triglyceride, Limnanthes Alba (Meadowfoam) Seed Oil, Simmondsia Chinensis (Jojoba) "
            + "Seed Oil, Tocopherol"
        #expect(try Self.points("mechanism.occlusion", nil, .dry, in: balm) >= 8)
        #expect(try Self.points("mechanism.emollience", nil, .dry, in: balm) >= 10)
    }

    /// An absolute is a solvent-extracted fragrance concentrate (iso-9235): an unknown one counts as a probable
    /// essential oil more surely than an unknown "… Leaf Oil" of the same plant.
    @Test func anUnknownAbsoluteCountsMoreSurelyThanAnUnknownOil() throws {
        func cost(_ name: String) throws -> Double {
            try Self.points("risk.essential-oil", nil, .sensitive, in: "Squalane, Jojoba Oil, \(name)")
        }
        #expect(try cost("Jasminum Sambac (Jasmine) Flower Absolute") < cost("Jasminum Sambac (Jasmine) Leaf Oil"))
        #expect(try cost("Jasminum Sambac (Jasmine) Leaf Oil") < 0)
    }
}
