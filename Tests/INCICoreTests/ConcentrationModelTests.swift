import INCICore
import INCIDictionaryData
import Testing

/// The concentration model on lists written to test one property each (the real-data properties are in
/// `RealDataTests/ScoringPropertyTests`).
@Suite struct ConcentrationModelTests {
    static let dictionary = EmbeddedDictionary.shared
    static let analyzer = IngredientAnalyzer(dictionary: dictionary)

    static func distribution(_ label: String) throws -> (list: IngredientList, distribution: ConcentrationDistribution)
    {
        let list = try analyzer.analyze(label)
        return (list, ConcentrationModel.estimate(list, weights: dictionary.scoring))
    }

    static func share(_ name: String, in label: String) throws -> ConcentrationEstimate {
        let (list, distribution) = try distribution(label)
        let index = try #require(list.ingredients.firstIndex { $0.ingredient?.name == name || $0.token.text == name })
        return distribution.estimates[index]
    }

    /// The 57-ingredient night cream: position estimates used to sum to 600-700 %.
    static let longCream =
        "Water, Dimethicone, Glycerin, Butyrospermum Parkii (Shea) Butter, Coconut Alkanes, Caprylic/Capric Triglyceride, "
        + "Niacinamide, Arachidyl Alcohol, Octyldodecanol, Cetearyl Alcohol, Squalane, Borago Officinalis Seed Oil, Retinyl Propionate, Retinol, "
        + "Urea, Trehalose, Inositol, Taurine, Betaine, Polymethylsilsesquioxane, Hydrolyzed Vegetable Protein, PVP, Isopropyl Palmitate, Lecithin, "
        + "Cetearyl Olivate, Octadecane, Disteardimonium Hectorite, Propylene Carbonate, Oleyl Alcohol, Hydrolyzed Yeast Extract, "
        + "Cetyl Hydroxyethylcellulose, Sorbitan Olivate, Behenyl Alcohol, Arachidyl Glucoside, Tocopheryl Acetate, Zinc Gluconate, "
        + "Sodium Polyacrylate, Dicaprylyl Carbonate, Polyglyceryl-3 Caprate, Xanthan Gum, Disodium EDTA, Sodium Hydroxide, Phenoxyethanol, "
        + "Caprylyl Glycol, Chlorphenesin, Parfum, Alpha-Isomethyl Ionone, Citronellol"

    @Test func sharesAddUpToAtMost100AndNeverIncrease() throws {
        let (list, distribution) = try Self.distribution(Self.longCream)
        let shares = distribution.estimates.map(\.share)
        #expect(shares.reduce(0, +) <= 100.01)
        #expect(abs(shares.reduce(0, +) - 100) < 0.5, "the whole product is accounted for")
        for index in shares.indices.dropFirst() {
            #expect(shares[index] <= shares[index - 1] + 1e-9, "\(list.ingredients[index].name)")
        }
        for estimate in distribution.estimates {
            #expect(estimate.low <= estimate.share && estimate.share <= estimate.high)
        }
    }

    @Test func longListsDoNotGiveTheThirdIngredientHalfTheProduct() throws {
        #expect(try Self.share("Glycerin", in: Self.longCream).share < 12)
        #expect(
            try Self.share("Coconut Alkanes", in: Self.longCream).share < 8, "coconut alkanes at #5 were taken as ~42 %"
        )
        #expect(try Self.share("Retinol", in: Self.longCream).high <= 1, "retinol's usual maximum bounds it")
        #expect(try Self.share("Isopropyl Palmitate", in: Self.longCream).share < 1, "#23 of 48, after the retinoids")
    }

    @Test func printedPercentagesAreFixedPointsAndTheRestFills() throws {
        let label = "Water, Niacinamide 10%, Glycerin, Zinc PCA 1%, Pentylene Glycol, Phenoxyethanol"
        let niacinamide = try Self.share("Niacinamide", in: label)
        #expect(
            niacinamide.share == 10 && niacinamide.low == 10 && niacinamide.high == 10 && niacinamide.basis == .printed)
        let glycerin = try Self.share("Glycerin", in: label)
        #expect(glycerin.high <= 10, "after a printed 10 %, nothing unprinted exceeds it")
        #expect(glycerin.low >= 1, "before a printed 1 %, at least 1 %")
        let (_, distribution) = try Self.distribution(label)
        #expect(distribution.estimates.map(\.share).reduce(0, +) <= 100.01)
    }

    @Test func printedActivesListedFirstDoNotBoundTheRest() throws {
        // Prescription labels list the active first at its strength; the base still holds the product.
        let water = try Self.share(
            "Water",
            in:
                "Tretinoin 0.025%, Water, Stearic Acid, Isopropyl Myristate, Stearyl Alcohol, Xanthan Gum, Sorbic Acid, BHT"
        )
        #expect(water.share > 50)
    }

    @Test func theLineIsTheFirstFormulationAidAtOnePercentOrLess() throws {
        let (list, distribution) = try Self.distribution(
            "Water, Glycerin, Butylene Glycol, Niacinamide, Phenoxyethanol, Sodium Hyaluronate, Retinol")
        #expect(distribution.linePosition == 5)
        let retinol = distribution.estimates[list.ingredients.count - 1]
        #expect(retinol.belowOnePercentLine && retinol.high <= 1)
    }

    @Test(arguments: [
        ("Water, Glycerin, Niacinamide, Phenoxyethanol", FormulaProfile.waterSerum),
        ("Water, Caprylic/Capric Triglyceride, Glycerin, Cetearyl Alcohol, Phenoxyethanol", .emulsion),
        ("Water, Sodium Laureth Sulfate, Cocamidopropyl Betaine, Sodium Chloride, Parfum", .surfactantWash),
        ("Petrolatum, Butyrospermum Parkii (Shea) Butter, Cera Alba, Tocopherol", .anhydrous),
        ("Talc, Mica, Zinc Stearate, Dimethicone, Phenoxyethanol", .powder),
        ("Centella Asiatica Extract, Butylene Glycol, Glycerin, Panthenol", .waterSerum),
    ])
    func productFormIsReadFromTheList(label: String, form: FormulaProfile) throws {
        #expect(try Self.distribution(label).distribution.profile == form)
    }

    @Test func theFirstIngredientOfEachFormGetsItsUsualShare() throws {
        #expect(try Self.share("Water", in: "Water, Glycerin, Niacinamide, Phenoxyethanol").share > 75)
        #expect(try Self.share("Petrolatum", in: "Petrolatum").share == 100)
        let balm = try Self.share(
            "Petrolatum", in: "Petrolatum, Butyrospermum Parkii (Shea) Butter, Lanolin, Cera Alba, Tocopherol")
        #expect(balm.share >= 40 && balm.low >= 15)
    }

    @Test func anEstimateCountsLessThanTheSamePrintedDoseWhenItsLowEndIsBelowWhatWorks() {
        let printed = ConcentrationEstimate(
            share: 2, low: 2, high: 2, prominence: 0.5, basis: .printed, belowOnePercentLine: false)
        let guessed = ConcentrationEstimate(
            share: 2, low: 0.05, high: 2, prominence: 0.5, basis: .position, belowOnePercentLine: false)
        let response = { (dose: Double) in min(1, max(0, dose / 2)) }
        #expect(printed.expected(response) == 1)
        #expect(guessed.expected(response) < 1)
    }
}
