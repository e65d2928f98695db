import INCICore
import INCIDictionaryData
import Testing

/// A pasted list with no name and no `--type` is read as a wash when its chemistry says so, as a chemist
/// reads a label: detergents high up, a soap bar or powder that starts with its detergent, or fatty acids
/// with a strong base (a soap made in the jar). Everything else stays leave-on, the cautious assumption.
/// Lists are real labels (the product each comes from is named).
@Suite struct WashFromTheListTests {
    static let dictionary = EmbeddedDictionary.shared
    static let analyzer = IngredientAnalyzer(dictionary: dictionary)
    static let scorer = Scorer(dictionary: dictionary)

    static func decision(_ label: String, name: String? = nil, type: ProductType? = nil) throws -> ProductTypeDecision {
        scorer.analyze(try analyzer.analyze(label), productType: .decide(given: type, name: name)).productType
    }

    static let washes: [(product: String, label: String, evidence: String)] = [
        (
            "a sulfate gel wash (Sephora, Ultra Facial Cleanser)",
            "Water, Sodium Laureth Sulfate, Decyl Glucoside, Glycerin, Cocamidopropyl Betaine, "
                + "Disodium Cocoamphodiacetate, Acrylates Copolymer, Phenoxyethanol", "Sodium Laureth Sulfate"
        ),
        (
            "an amino-acid jelly cleanser whose taurate CosIng does not call cleansing",
            "Water, Glycerin, Sodium Methyl Cocoyl Taurate, Cocamidopropyl Betaine, Sodium Chloride, "
                + "Citric Acid, Phenoxyethanol", "Sodium Methyl Cocoyl Taurate"
        ),
        (
            "a Japanese-style potassium soap foam (myristic acid and KOH)",
            "Water, Myristic Acid, Glycerin, Stearic Acid, Potassium Hydroxide, Sorbitol, Dipropylene Glycol, "
                + "Lauric Acid, PEG-8, Fragrance", "Myristic Acid"
        ),
        (
            "a true soap bar",
            "Sodium Palmate, Sodium Cocoate, Water, Glycerin, Sodium Chloride, Tetrasodium EDTA",
            "Sodium Palmate"
        ),
        (
            "a syndet bar that starts with its detergent",
            "Sodium Cocoyl Isethionate, Stearic Acid, Sodium Tallowate, Water, Sodium Isethionate, "
                + "Sodium Stearate, Cocamidopropyl Betaine", "Sodium Cocoyl Isethionate"
        ),
        (
            "a cleansing oil: esters with a polyglyceryl and a PEG emulsifier (Sephora, MakeUp-BreakUp)",
            "Cetyl Ethylhexanoate, Olea Europaea (Olive) Oil, Polyglyceryl-10 Diisostearate, "
                + "PEG-20 Glyceryl Triisostearate, Hydrogenated Polyisobutene, Persea Gratissima (Avocado) Oil",
            "Polyglyceryl-10 Diisostearate"
        ),
        (
            "a cleansing balm thickened with polyethylene (Sephora, Take The Day Off)",
            "Ethylhexyl Palmitate, Carthamus Tinctorius (Safflower) Seed Oil, Caprylic/Capric Triglyceride, "
                + "Sorbeth-30 Tetraoleate, Polyethylene, PEG-5 Glyceryl Triisostearate, Water", "Sorbeth-30 Tetraoleate"
        ),
        (
            "a cleansing oil with a polysorbate (Sephora, The Cleansing Oil)",
            "Caprylic/Capric Triglyceride, Polysorbate 85, Isononyl Isononanoate, Squalane, "
                + "C12-15 Alkyl Benzoate, Sorbitan Trioleate", "Polysorbate 85"
        ),
    ]

    @Test(arguments: washes.indices)
    func aWashIsReadFromTheList(index: Int) throws {
        let (product, label, evidence) = Self.washes[index]
        let decision = try Self.decision(label)
        #expect(decision.type == .rinseOff && decision.basis == .list && decision.contact == .wash, "\(product)")
        #expect(decision.evidence?.hasPrefix(evidence) == true, "\(product): \(decision.evidence ?? "-")")
    }

    static let leaveOns: [(product: String, label: String)] = [
        (
            "a vanishing cream: stearic acid with a little base is an emulsifier",
            "Water, Stearic Acid, Glycerin, Cetyl Alcohol, Isopropyl Myristate, Triethanolamine, "
                + "Sodium Hydroxide, Methylparaben"
        ),
        (
            "an AHA toner whose heptyl glucoside is a solubiliser (Sephora, Ready Steady Glow)",
            "Water, Sodium Lactate, Lactic Acid, Heptyl Glucoside, Potassium Azeloyl Diglycinate, Triethyl Citrate"
        ),
        (
            "an eye cream with a polystyrene sulfonate (Sephora, Essential Fx)",
            "Water, Octyldodecyl Neopentanoate, Cetearyl Alcohol, Sodium Polystyrene Sulfonate, Glycerin, "
                + "Caprylic/Capric Triglyceride, Dimethicone"
        ),
        (
            "a cream whose glucoside emulsifier is high up",
            "Water, Caprylic/Capric Triglyceride, Cetearyl Alcohol, Cetearyl Glucoside, Glycerin, Phenoxyethanol"
        ),
        (
            "a toner with a soap-like stearate gellant (Sephora, Matcha Toner)",
            "Water, Butylene Glycol, Bis-PEG-18 Methyl Ether Dimethyl Silane, Sodium Stearate, Pentylene Glycol, "
                + "Glycerin"
        ),
        (
            "a lip mask: petrolatum with a water-in-oil polyglyceryl ester (Sephora, Pep-Start Night Mask)",
            "Petrolatum, Polybutene, Polyglyceryl-2 Triisostearate, Hydrogenated Polyisobutene, "
                + "Tocopheryl Acetate, Silica, Hydrogenated Castor Oil"
        ),
        (
            "a cream with no water high up and a solid PEG stearate (Sephora, Bio-Performance Restoring Cream)",
            "Dimethicone, Cetyl Alcohol, Glyceryl Stearate SE, PEG-100 Stearate, Myristyl Myristate, "
                + "Hydrogenated Polyisobutene, Erythritol, Microcrystalline Wax"
        ),
        (
            "a face oil: oils and a sorbitan ester that stays in the oil",
            "Squalane, Simmondsia Chinensis (Jojoba) Seed Oil, Sorbitan Oleate, Rosa Canina Fruit Oil, Tocopherol"
        ),
    ]

    @Test(arguments: leaveOns.indices)
    func aLeaveOnStaysAssumed(index: Int) throws {
        let (product, label) = Self.leaveOns[index]
        let decision = try Self.decision(label)
        #expect(decision.type == .leaveOn && decision.basis == .assumed, "\(product)")
    }

    /// A name or `--type` says more than the list: a wash sold as a mask stays a mask, a wash used as a
    /// leave-on treatment stays leave-on.
    @Test func aNameOrATypeWinsOverTheList() throws {
        let wash = Self.washes[0].label
        #expect(try Self.decision(wash, name: "Foaming Clay Mask").contact == .mask)
        #expect(try Self.decision(wash, type: .leaveOn).basis == .given)
        #expect(try Self.decision(wash, name: "Overnight Treatment").type == .leaveOn)
    }

    /// In a soap made in the jar the fatty acids are soap: they strip as soap does (a dry-skin cost), which
    /// the same acids in a cream do not.
    @Test func fattyAcidsMadeIntoSoapCostWhatSoapCosts() throws {
        let foam = try Self.analyzer.analyze(Self.washes[2].label)
        let analysis = Self.scorer.analyze(foam, productType: .decide(given: nil))
        let dry = try #require(analysis.score(for: .dry))
        #expect(dry.reasons.contains { $0.rule.contains("harsh-surfactant") && $0.ingredient == "Myristic Acid" })
        let cream = try Self.analyzer.analyze(Self.leaveOns[0].label)
        let creamDry = try #require(Self.scorer.analyze(cream, productType: .decide(given: nil)).score(for: .dry))
        #expect(!creamDry.reasons.contains { $0.rule.contains("harsh-surfactant") })
    }
}
