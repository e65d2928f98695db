import INCIDictionaryData
import INCITestSupport
import Testing

@testable import INCICore

/// `ProductDiff`: what changed between two versions of one product's list, in the analysis's terms.
@Suite struct ProductDiffTests {
    static let dictionary = EmbeddedDictionary.shared
    static let analyzer = IngredientAnalyzer(dictionary: dictionary)
    static let scorer = Scorer(dictionary: dictionary)

    static func analysis(_ label: String, name: String? = nil) throws -> ProductAnalysis {
        try scorer.analyze(analyzer.analyze(label), productType: .decide(given: nil, name: name))
    }

    static func diff(_ old: String, _ new: String) throws -> ProductDiff {
        ProductDiff(old: try analysis(old), new: try analysis(new), dictionary: dictionary)
    }

    /// The same ingredients printed another way (an alias, a trilingual name, capitals) are one list.
    @Test func theSameListPrintedDifferentlyIsUnchanged() throws {
        let diff = try Self.diff(
            "Water, Glycerin, Niacinamide 5%, Phenoxyethanol",
            "AQUA/WATER/EAU, GLYCERIN, NIACINAMIDE 5%, PHENOXYETHANOL")
        #expect(diff.isUnchanged)
        #expect(diff.summary == "no change")
        #expect(diff.scores.count == SkinType.allCases.count)
        #expect(diff.scores.allSatisfy { $0.delta == 0 && $0.reasons.isEmpty })
    }

    /// Fragrance added: the ingredient with its new position, the family gained, the flag flipped, and a
    /// lower sensitive score whose changed reasons name the fragrance.
    @Test func fragranceAddedIsAnIngredientAFamilyAFlagAndAScore() throws {
        let diff = try Self.diff(
            "Water, Glycerin, Niacinamide, Panthenol, Phenoxyethanol",
            "Water, Glycerin, Niacinamide, Panthenol, Parfum, Phenoxyethanol")
        #expect(diff.added.map(\.name) == ["Parfum"])
        #expect(diff.added.first?.new?.position == 5)
        #expect(diff.added.first?.old == nil)
        #expect(diff.removed.isEmpty)
        #expect(diff.moved.isEmpty, "Phenoxyethanol only shifted down one place: \(diff.moved.map(\.name))")
        #expect(diff.families.contains { $0.family == "fragrance" && $0.change == .gained })
        #expect(diff.flags.contains { $0.id == "fragrance-free" && $0.old == .yes && $0.new == .no })
        let sensitive = try #require(diff.score(for: .sensitive))
        #expect(sensitive.delta < 0)
        #expect(sensitive.reasons.contains { $0.ingredient == "Parfum" && $0.oldPoints == nil && $0.delta < 0 })
        #expect(diff.isWorse(for: .sensitive))
        #expect(!diff.isWorse(for: .sensitive, tolerance: Double(-sensitive.delta)))
        #expect(diff.summary.contains("1 added (Parfum)"))
        #expect(diff.summary.contains("gained fragrance"))
    }

    /// A real reordering is reported once: swapping two neighbours moves one of them, not everything
    /// below; an ingredient added at the top moves nothing.
    @Test func onlyARealReorderingIsAMove() throws {
        let base = "Water, Glycerin, Butylene Glycol, Squalane, Panthenol, Allantoin, Phenoxyethanol"
        let swapped = try Self.diff(
            base, "Water, Butylene Glycol, Glycerin, Squalane, Panthenol, Allantoin, Phenoxyethanol")
        #expect(swapped.moved.count == 1)
        #expect(swapped.added.isEmpty && swapped.removed.isEmpty)
        let moved = try #require(swapped.moved.first)
        #expect(Set([moved.old?.position, moved.new?.position]) == Set([2, 3]))
        let prepended = try Self.diff(base, "Sodium Hyaluronate, " + base)
        #expect(prepended.added.map(\.name) == ["Sodium Hyaluronate"])
        #expect(prepended.moved.allSatisfy { $0.crossing != nil }, "\(prepended.moved.map(\.name))")
    }

    /// An active moved after the preservative falls below the 1% line: called out on the ingredient and
    /// on its family.
    @Test func anActiveMovedBelowTheOnePercentLineIsCalledOut() throws {
        let diff = try Self.diff(
            "Water, Glycerin, Niacinamide, Butylene Glycol, Panthenol, Phenoxyethanol, Xanthan Gum, Disodium EDTA",
            "Water, Glycerin, Butylene Glycol, Panthenol, Phenoxyethanol, Xanthan Gum, Niacinamide, Disodium EDTA")
        let niacinamide = try #require(diff.moved.first { $0.name == "Niacinamide" })
        #expect(niacinamide.crossing == .fellBelow)
        #expect(niacinamide.old?.position == 3 && niacinamide.new?.position == 7)
        let family = try #require(diff.families.first { $0.family == "niacinamide" })
        #expect(family.change == .fell)
        #expect(family.crossing == .fellBelow)
        #expect(diff.score(for: .oily).map { $0.delta < 0 } == true)
    }

    /// A drying alcohol moved from the end to the top of the list: the family rose.
    @Test func aDryingAlcoholMovedToTheTopRises() throws {
        let diff = try Self.diff(
            "Water, Glycerin, Butylene Glycol, Niacinamide, Phenoxyethanol, Alcohol Denat.",
            "Alcohol Denat., Water, Glycerin, Butylene Glycol, Niacinamide, Phenoxyethanol")
        let family = try #require(diff.families.first { $0.family == "drying-alcohol" })
        #expect(family.change == .rose)
        #expect(family.newLead?.new?.position == 1)
        #expect(diff.score(for: .dry).map { $0.delta < 0 } == true)
    }

    @Test func printedPercentagesThatChangedAreListed() throws {
        let diff = try Self.diff(
            "Water, Niacinamide 10%, Zinc PCA 1%, Glycerin", "Water, Niacinamide 5%, Zinc PCA 1%, Glycerin")
        #expect(diff.percentChanges.map(\.name) == ["Niacinamide"])
        #expect(diff.percentChanges.first?.old?.percent == 10)
        #expect(diff.percentChanges.first?.new?.percent == 5)
        #expect(diff.summary.contains("1 printed % changed"))
    }

    /// The reasons that changed account for the score's change (up to rounding of each reason to 0.1
    /// and of the score to an integer), unless the score is clamped at 0 or 100.
    @Test func reasonChangesAccountForTheScoreChange() throws {
        let diff = try Self.diff(
            "Water, Glycerin, Salicylic Acid 2%, Niacinamide, Phenoxyethanol",
            "Water, Alcohol Denat., Glycerin, Parfum, Salicylic Acid 0.5%, Phenoxyethanol, Limonene")
        for change in diff.scores where (1...99).contains(change.old) && (1...99).contains(change.new) {
            let sum = change.reasons.reduce(0) { $0 + $1.delta }
            #expect(
                abs(sum - Double(change.delta)) <= 1 + 0.05 * Double(change.reasons.count),
                "\(change.skinType): \(change.delta) vs reasons \(sum)")
        }
    }

    /// Swapping the versions swaps added and removed, negates every score change and flips every flag.
    @Test func reversingTheVersionsMirrorsTheDiff() throws {
        let old = "Water, Glycerin, Niacinamide, Parfum, Phenoxyethanol"
        let new = "Water, Dimethicone, Glycerin, Salicylic Acid 2%, Phenoxyethanol"
        let forward = try Self.diff(old, new)
        let backward = try Self.diff(new, old)
        #expect(forward.added.map(\.name) == backward.removed.map(\.name))
        #expect(forward.removed.map(\.name) == backward.added.map(\.name))
        #expect(forward.scores.map(\.delta) == backward.scores.map { -$0.delta })
        #expect(
            forward.flags.map { [$0.id, $0.old.rawValue, $0.new.rawValue] }
                == backward.flags.map { [$0.id, $0.new.rawValue, $0.old.rawValue] })
    }

    /// An unknown name is compared as printed, and the diff keeps its recognised share.
    @Test func unknownNamesAreComparedAsPrintedAndLowerConfidence() throws {
        let diff = try Self.diff(
            "Water, Glycerin, Lumiquat X-7", "Water, Glycerin, LUMIQUAT X-7, Hydrasoft Complex 2000")
        #expect(diff.added.map(\.name) == ["Hydrasoft Complex 2000"])
        #expect(diff.removed.isEmpty)
        #expect(diff.newConfidence < 1)
        #expect(diff.lists.contains { $0.list == "unrecognised" && $0.added == ["Hydrasoft Complex 2000"] })
    }

    @Test func theLongestCommonOrderKeepsTheMostIngredientsInPlace() {
        #expect(ProductDiff.longestCommonOrder(["a", "b", "c", "d"], ["a", "c", "b", "d"]).count == 3)
        #expect(ProductDiff.longestCommonOrder(["a", "b", "c"], ["c", "b", "a"]).count == 1)
        #expect(ProductDiff.longestCommonOrder([], ["a"]).isEmpty)
    }
}

/// Two real reformulations (Fixtures/reformulations/README.md): the same product's list as Sephora
/// printed it in 2018 and in 2020.
@Suite struct RealReformulationTests {
    static func diff(_ product: String) throws -> ProductDiff {
        let old = try ProductDiffTests.analysis(SharedData.fixtureText("reformulations/\(product)-2018.txt"))
        let new = try ProductDiffTests.analysis(SharedData.fixtureText("reformulations/\(product)-2020.txt"))
        return ProductDiff(old: old, new: new, dictionary: ProductDiffTests.dictionary)
    }

    /// First Aid Beauty Ultra Repair Cream: the eucalyptus leaf oil became a leaf extract (no longer an
    /// essential oil), and "Ceramide 3" is now printed "Ceramide-3" (the same ingredient, not a change).
    @Test func ultraRepairCreamLostItsEssentialOil() throws {
        let diff = try Self.diff("first-aid-beauty-ultra-repair-cream")
        #expect(diff.removed.map(\.name).contains { $0.hasPrefix("Eucalyptus Globulus") && $0.hasSuffix("Leaf Oil") })
        #expect(diff.added.map(\.name).contains { $0.hasPrefix("Eucalyptus Globulus") && $0.hasSuffix("Leaf Extract") })
        #expect(
            !diff.added.contains { $0.name.contains("Ceramide") }
                && !diff.removed.contains { $0.name.contains("Ceramide") })
        #expect(diff.families.contains { $0.family == "essential-oil" && $0.change == .lost })
        #expect(diff.flags.contains { $0.id == "essential-oil-free" && $0.old == .no && $0.new == .yes })
        #expect(
            diff.score(for: .sensitive)?.reasons.contains { $0.rule.contains("essential-oil") && $0.newPoints == nil }
                == true)
    }

    /// Sephora Collection Sleeping Mask: silicone and oils in, tremella, green tea, linalool and the two
    /// dyes out.
    @Test func sleepingMaskGainedASilicone() throws {
        let diff = try Self.diff("sephora-collection-sleeping-mask")
        #expect(diff.added.map(\.name).contains("Dimethicone"))
        #expect(diff.removed.map(\.name).contains("Linalool"))
        #expect(diff.flags.contains { $0.id == "silicone-free" && $0.old == .yes && $0.new == .no })
        #expect(diff.families.contains { $0.family == "silicone" && $0.change == .gained })
        #expect(diff.lists.contains { $0.list == "eu_allergens" && $0.removed == ["Linalool"] })
        #expect(diff.oldCount == 20 && diff.newCount == 20)
    }
}
