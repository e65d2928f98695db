import INCICore
import INCIDictionaryData
import Testing

/// Free-from flags are tri-state: "yes" only when every ingredient was recognised and none is of the kind.
@Suite struct ProductFlagsTests {
    static let analyzer = IngredientAnalyzer(dictionary: EmbeddedDictionary.shared)
    static let scorer = Scorer(dictionary: EmbeddedDictionary.shared)

    static func flags(_ label: String) throws -> ProductFlags {
        try scorer.analyze(analyzer.analyze(label), productType: .decide(given: nil)).flags
    }

    @Test func aListOfUnrecognisedNamesAnswersUnknownNotYes() throws {
        let flags = try Self.flags("Aqua, Lumiquat X-7, Hydrasoft Complex 2000, Botanical Blend Q, Phytoserene")
        #expect(flags.fragranceFree == nil)
        #expect(flags.fungalAcneSafe == nil)
        #expect(flags.freeFrom("fragrance-free")?.answer == .unknown)
    }

    /// "Essential Oil" is a name inci does not know, but it says what it is (a probable essential oil,
    /// `probable essential-oil` in flags.txt): the product is not essential-oil-free, never "yes".
    @Test func anUnknownEssentialOilIsNotEssentialOilFree() throws {
        let flags = try Self.flags("Squalane, Essential Oil, Tocopherol")
        #expect(flags.essentialOilFree == false)
        #expect(flags.freeFrom("essential-oil-free")?.found == ["Essential Oil"])
    }

    /// An unknown name that does not say its family still leaves the flag unknown.
    @Test func anUnknownBlendLeavesEssentialOilFreeUnknown() throws {
        let flags = try Self.flags("Squalane, Botanical Blend Q, Tocopherol")
        #expect(flags.essentialOilFree == nil)
        #expect(flags.freeFrom("essential-oil-free")?.unrecognised == ["Botanical Blend Q"])
    }

    @Test func allergensWithoutParfumAreNotFragranceFree() throws {
        let flags = try Self.flags("Water, Linalool, Limonene")
        #expect(flags.fragranceFree == false)
        #expect(flags.freeFrom("fragrance-free")?.found == ["Linalool", "Limonene"])
    }

    @Test func benzylAlcoholAloneIsAPreservativeNotFragrance() throws {
        #expect(try Self.flags("Water, Glycerin, Benzyl Alcohol").fragranceFree == true)
    }

    @Test func everyIngredientRecognisedAndNoneOfTheKindAnswersYes() throws {
        let flags = try Self.flags("Water, Glycerin, Niacinamide, Phenoxyethanol")
        #expect(flags.freeFrom.allSatisfy { $0.answer == .yes }, "\(flags.freeFrom)")
    }

    @Test func aProbableEssentialOilIsNotFragranceFree() throws {
        let flags = try Self.flags("Squalane, Jasminum Sambac (Jasmine) Absolute, Tocopherol")
        #expect(flags.fragranceFree == false)
        #expect(flags.unrecognised == ["Jasminum Sambac (Jasmine) Absolute"])
    }

    @Test func citricAcidAtTheEndIsNotAnExfoliatingAcid() throws {
        #expect(
            try Self.flags("Water, Glycerin, Cetearyl Alcohol, Phenoxyethanol, Sodium Citrate, Citric Acid")
                .exfoliatingAcids.isEmpty)
        #expect(
            try Self.flags("Water, Lactic Acid, Glycerin, Sodium Hydroxide, Phenoxyethanol").exfoliatingAcids == [
                "Lactic Acid"
            ])
    }

    @Test func sulfateFreeCountsSulfateSurfactantsNotSalts() throws {
        #expect(try Self.flags("Water, Magnesium Sulfate, Glycerin").freeFrom("sulfate-free")?.answer == .yes)
        #expect(try Self.flags("Water, Sodium Laureth Sulfate, Glycerin").freeFrom("sulfate-free")?.answer == .no)
    }
}
