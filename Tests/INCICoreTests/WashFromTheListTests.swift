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
