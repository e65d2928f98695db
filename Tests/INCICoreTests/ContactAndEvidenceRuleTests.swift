import INCICore
import INCIDictionaryData
import Testing

/// The scoring rules of the ninth panel round, each on a list written to test it: an inactive list printed
/// A to Z is estimated from usual levels, a product made to be rinsed off gains nothing by being left on,
/// scores below the soft floor keep their order, and a deal-breaker is as strong as its evidence.
@Suite struct ContactAndEvidenceRuleTests {
    static let dictionary = EmbeddedDictionary.shared
    static let analyzer = IngredientAnalyzer(dictionary: dictionary)
    static let scorer = Scorer(dictionary: dictionary)

    static func analysis(_ label: String, type: ProductType? = nil, name: String? = nil) throws -> ProductAnalysis {
        scorer.analyze(try analyzer.analyze(label), productType: .decide(given: type, name: name))
    }

    static func estimate(_ name: String, in analysis: ProductAnalysis) throws -> ConcentrationEstimate {
        let index = try #require(analysis.list.ingredients.firstIndex { $0.ingredient?.name == name })
        return analysis.estimates[index]
    }

    static let zincLotion = """
        Drug Facts
        Active ingredient: Zinc Oxide 20% ... Sunscreen
        Inactive ingredients: INACTIVE
        """
    static let alphabetical =
        "Beeswax, Butyloctyl Salicylate, Caprylic/Capric Triglyceride, Caprylyl Glycol, Cetyl Dimethicone, "
        + "Ethylhexylglycerin, Glycerin, Hydrogenated Castor Oil, Jojoba Esters, Phenoxyethanol, Sodium Chloride, "
        + "Tocopherol, Water"
    static let descending =
        "Water, Caprylic/Capric Triglyceride, Butyloctyl Salicylate, Glycerin, Cetyl Dimethicone, Beeswax, "
        + "Jojoba Esters, Hydrogenated Castor Oil, Sodium Chloride, Phenoxyethanol, Caprylyl Glycol, Tocopherol, "
        + "Ethylhexylglycerin"

    /// 21 CFR 201.66(c)(8): water printed last is still the bulk, beeswax printed first a few percent, and
    /// the estimates say they come from usual levels, with wide ranges.
    @Test func anAlphabeticalInactiveListIsEstimatedFromUsualLevels() throws {
        let analysis = try Self.analysis(
            Self.zincLotion.replacingOccurrences(of: "INACTIVE", with: Self.alphabetical),
            name: "Mineral Sunscreen Lotion SPF 30")
        let water = try Self.estimate("Water", in: analysis)
        let beeswax = try Self.estimate("Cera Alba", in: analysis)
        #expect(water.basis == .unordered && beeswax.basis == .unordered)
        #expect(water.share > 40 && water.low <= 60 && water.high >= 60, "\(water)")
        #expect(beeswax.share < 10 && beeswax.low <= 2, "\(beeswax)")
        #expect(try Self.estimate("Zinc Oxide", in: analysis).basis == .printed)
        #expect(analysis.estimates.map(\.share).reduce(0, +) <= 100.01)
    }

    /// The same list in descending order is read by position, and an alphabetical order is not guessed from
    /// a short list.
    @Test func aDescendingOrShortListIsReadByPosition() throws {
        let descending = try Self.analysis(Self.zincLotion.replacingOccurrences(of: "INACTIVE", with: Self.descending))
        #expect(descending.estimates.allSatisfy { $0.basis != .unordered })
        let short = try Self.analysis("Aqua, Butylene Glycol, Glycerin, Niacinamide, Phenoxyethanol")
        #expect(short.estimates.allSatisfy { $0.basis != .unordered })
    }

    static let clayMask =
        "Water, Kaolin, Bentonite, Glycerin, Alcohol, Phytosphingosine, Sodium Hyaluronate, Xanthan Gum, Phenoxyethanol"
    static let cleansingOil =
        "Olea Europaea (Olive) Fruit Oil, Caprylic/Capric Triglyceride, Sorbeth-30 Tetraoleate, Isopropyl Myristate, "
        + "Phenoxyethanol, Tocopherol"

    /// A clay mask or a cleansing oil left on keeps its costs and gains nothing: it never scores higher
    /// than used as made (dry skin for the clay, acne-prone for the oil); a cream is not affected.
    @Test(arguments: [
        (clayMask, "Purifying Clay Mask", SkinType.dry), (cleansingOil, "Deep Cleansing Oil", SkinType.acneProne),
        (clayMask, "Indian Healing Clay", SkinType.dry),
    ])
    func aRinseOffProductLeftOnGainsNothing(label: String, name: String, skin: SkinType) throws {
        let asMade = try #require(try Self.analysis(label, type: .rinseOff, name: name).score(for: skin)).score
        let leftOn = try #require(try Self.analysis(label, type: .leaveOn, name: name).score(for: skin)).score
        #expect(leftOn < asMade, "\(name): left on \(leftOn), as made \(asMade)")
    }

    @Test func aCreamLeftOnIsNotCut() throws {
        let cream = "Water, Glycerin, Caprylic/Capric Triglyceride, Cetearyl Alcohol, Petrolatum, Phenoxyethanol"
        let named = try Self.analysis(cream, name: "Rich Night Cream")
        let plain = try Self.analysis(cream, type: .leaveOn)
        #expect(named.scores.map(\.score) == plain.scores.map(\.score))
        #expect(named.scores.flatMap(\.reasons).allSatisfy { !$0.detail.contains("made to be rinsed off") })
    }

    /// Below the soft floor scores approach 0 without reaching it, keeping their order.
    @Test func theSoftFloorKeepsOrder() {
        let scores = [20.0, 10, 0, -10, -30].map { Scorer.bounded($0, softFloor: 15) }
        #expect(scores[0] == 20)
        #expect(zip(scores, scores.dropFirst()).allSatisfy { $0 > $1 } && scores.allSatisfy { $0 > 0 })
        #expect(Scorer.bounded(-30, softFloor: 0) == 0 && Scorer.bounded(130, softFloor: 15) == 100)
    }
}
