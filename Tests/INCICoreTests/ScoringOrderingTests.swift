import INCICore
import INCIDictionaryData
import Testing

/// The seed's judgments as orderings between products, not magic numbers: "A suits this skin type
/// better than B". Each product is a realistic label.
@Suite struct ScoringOrderingTests {
    static let dictionary = EmbeddedDictionary.shared
    static let analyzer = IngredientAnalyzer(dictionary: dictionary)
    static let scorer = Scorer(dictionary: dictionary)

    static func analysis(_ label: String, type: ProductType? = nil, name: String? = nil) throws -> ProductAnalysis {
        let list = try analyzer.analyze(label)
        return scorer.analyze(list, productType: .decide(given: type, name: name))
    }

    static func score(_ label: String, _ skin: SkinType, type: ProductType? = nil) throws -> Int {
        try #require(try analysis(label, type: type).score(for: skin)).score
    }

    // Products.
    static let bhaNiacinamideSerum =
        "Water, Niacinamide, Pentylene Glycol, Zinc PCA, Salicylic Acid, Glycerin, Xanthan Gum, Phenoxyethanol, Ethylhexylglycerin"
    static let coconutMyristateCream =
        "Water, Cocos Nucifera (Coconut) Oil, Isopropyl Myristate, Glycerin, Cetearyl Alcohol, Theobroma Cacao (Cocoa) Seed Butter, Parfum, Phenoxyethanol"
    static let centellaToner =
        "Water, Centella Asiatica Extract, Butylene Glycol, Glycerin, Panthenol, Allantoin, Madecassoside, Sodium Hyaluronate, 1,2-Hexanediol, Disodium EDTA"
    static let alcoholMentholToner =
        "Alcohol Denat., Water, Hamamelis Virginiana (Witch Hazel) Water, Menthol, Parfum, Limonene, Linalool, Citral"
    static let ceramideCream =
        "Water, Glycerin, Caprylic/Capric Triglyceride, Cetearyl Alcohol, Ceramide NP, Ceramide AP, Ceramide EOP, Cholesterol, Phytosphingosine, Sodium Hyaluronate, Panthenol, Carbomer, Phenoxyethanol"
    static let clayAlcoholMattifier =
        "Alcohol Denat., Kaolin, Water, Bentonite, Silica, Zinc Oxide, Parfum, Phenoxyethanol"
    static let coconutBase =
        "Water, Cocos Nucifera (Coconut) Oil, Glycerin, Decyl Glucoside, Sodium Chloride, Phenoxyethanol"
    static let retinolPeptideSerum =
        "Water, Glycerin, Squalane, Retinol, Palmitoyl Tripeptide-1, Palmitoyl Tetrapeptide-7, Adenosine, Sodium Hyaluronate, Tocopherol, Phenoxyethanol"
    static let plainOcclusiveCream = "Water, Mineral Oil, Petrolatum, Glycerin, Cetyl Alcohol, Parfum, Methylparaben"
    static let gentleCleanser =
        "Water, Glycerin, Cocamidopropyl Betaine, Sodium Cocoyl Isethionate, Panthenol, Allantoin, Citric Acid, Sodium Benzoate"
    static let slsCleanser =
        "Water, Sodium Lauryl Sulfate, Sodium Chloride, Alcohol Denat., Parfum, Limonene, Methylisothiazolinone"
    static let essentialOilFaceOil =
        "Rosa Canina Fruit Oil, Lavandula Angustifolia (Lavender) Oil, Citrus Aurantium Bergamia (Bergamot) Fruit Oil, Mentha Piperita (Peppermint) Oil, Linalool, Limonene"
    static let squalaneOil = "Squalane, Tocopherol"
    static let mineralSunscreen =
        "Water, Zinc Oxide, Caprylic/Capric Triglyceride, Glycerin, Niacinamide, Dimethicone, Phenoxyethanol"
    static let noSunscreenLotion = "Water, Caprylic/Capric Triglyceride, Glycerin, Dimethicone, Phenoxyethanol"
    static let hyaluronicSerum = "Water, Sodium Hyaluronate, Glycerin, Panthenol, Pentylene Glycol, Phenoxyethanol"
    static let glycolicToner =
        "Water, Glycolic Acid, Sodium Hydroxide, Aloe Barbadensis Leaf Juice, Glycerin, Phenoxyethanol"

    /// Filler ingredients that are neither actives nor risks, for position tests.
    static let fillers = [
        "Butylene Glycol", "Propanediol", "Dimethicone", "Caprylyl Glycol", "Sodium Citrate", "Polysorbate 20",
        "Hydroxyethylcellulose", "Sodium Chloride", "Silica", "Caprylic/Capric Triglyceride", "Isohexadecane",
        "Polyacrylate-13", "Cyclopentasiloxane", "Acrylates/C10-30 Alkyl Acrylate Crosspolymer", "Sorbitan Isostearate",
        "Glyceryl Caprylate", "Tromethamine", "Trisodium Ethylenediamine Disuccinate", "Sodium Polyacrylate",
        "Hydrogenated Polyisobutene", "PEG-40 Hydrogenated Castor Oil", "Ammonium Acryloyldimethyltaurate/VP Copolymer",
        "Polyglyceryl-4 Caprate", "Isododecane", "Triethoxycaprylylsilane", "Sodium Gluconate", "Phenoxyethanol",
    ]

    static func list(active: String, at position: Int) -> String {
        var items = ["Water"] + fillers
        items.insert(active, at: position - 1)
        return items.joined(separator: ", ")
    }

    struct Pair: CustomTestStringConvertible, Sendable {
        let better: String
        let worse: String
        let skin: SkinType
        let betterType: ProductType?
        let worseType: ProductType?
        let why: String
        var testDescription: String { "\(why) [\(skin.rawValue)]" }

        init(
            _ better: String, _ worse: String, _ skin: SkinType, _ why: String, betterType: ProductType? = nil,
            worseType: ProductType? = nil
        ) {
            self.better = better
            self.worse = worse
            self.skin = skin
            self.why = why
            self.betterType = betterType
            self.worseType = worseType
        }
    }

    static let pairs: [Pair] = [
        // Niacinamide + BHA gel serum vs a cream with coconut oil and isopropyl myristate in the top five.
        Pair(bhaNiacinamideSerum, coconutMyristateCream, .oily, "niacinamide+BHA serum beats coconut/IPM cream"),
        Pair(bhaNiacinamideSerum, coconutMyristateCream, .acneProne, "niacinamide+BHA serum beats coconut/IPM cream"),
        Pair(bhaNiacinamideSerum, coconutMyristateCream, .combination, "niacinamide+BHA serum beats coconut/IPM cream"),
        Pair(bhaNiacinamideSerum, coconutMyristateCream, .normal, "niacinamide+BHA serum beats coconut/IPM cream"),
        // Fragrance-free centella toner vs alcohol denat + fragrance + menthol toner.
        Pair(centellaToner, alcoholMentholToner, .sensitive, "centella toner beats alcohol/menthol/fragrance toner"),
        Pair(centellaToner, alcoholMentholToner, .dry, "centella toner beats alcohol/menthol/fragrance toner"),
        Pair(centellaToner, alcoholMentholToner, .mature, "centella toner beats alcohol/menthol/fragrance toner"),
        Pair(centellaToner, alcoholMentholToner, .acneProne, "centella toner beats alcohol/menthol/fragrance toner"),
        Pair(centellaToner, alcoholMentholToner, .normal, "centella toner beats alcohol/menthol/fragrance toner"),
        // Ceramide + glycerin cream vs clay + alcohol mattifier.
        Pair(ceramideCream, clayAlcoholMattifier, .dry, "ceramide cream beats clay/alcohol mattifier"),
        Pair(ceramideCream, clayAlcoholMattifier, .sensitive, "ceramide cream beats clay/alcohol mattifier"),
        Pair(ceramideCream, clayAlcoholMattifier, .mature, "ceramide cream beats clay/alcohol mattifier"),
        // The clay mattifier is at least a better idea for oily skin than for dry skin: checked below.
        // The same comedogenic oil counts less in a rinse-off cleanser than in a leave-on cream.
        Pair(
            coconutBase, coconutBase, .acneProne, "coconut oil rinsed off beats left on", betterType: .rinseOff,
            worseType: .leaveOn),
        Pair(
            coconutBase, coconutBase, .oily, "coconut oil rinsed off beats left on", betterType: .rinseOff,
            worseType: .leaveOn),
        Pair(
            coconutBase, coconutBase, .combination, "coconut oil rinsed off beats left on", betterType: .rinseOff,
            worseType: .leaveOn),
        // An active at position 2 counts more than at position 30.
        Pair(
            list(active: "Salicylic Acid", at: 2), list(active: "Salicylic Acid", at: 28), .acneProne,
            "BHA at #2 beats BHA at #28"),
        Pair(
            list(active: "Salicylic Acid", at: 2), list(active: "Salicylic Acid", at: 28), .oily,
            "BHA at #2 beats BHA at #28"),
        Pair(
            list(active: "Niacinamide", at: 2), list(active: "Niacinamide", at: 28), .oily,
            "niacinamide at #2 beats #28"),
        Pair(list(active: "Ceramide NP", at: 3), list(active: "Ceramide NP", at: 28), .dry, "ceramide at #3 beats #28"),
        Pair(list(active: "Retinol", at: 3), list(active: "Retinol", at: 28), .mature, "retinol at #3 beats #28"),
        // A comedogenic oil at position 3 matters far more than at position 25.
        Pair(
            list(active: "Isopropyl Myristate", at: 25), list(active: "Isopropyl Myristate", at: 3), .acneProne,
            "IPM at #25 beats IPM at #3"),
        Pair(
            list(active: "Cocos Nucifera (Coconut) Oil", at: 25), list(active: "Cocos Nucifera (Coconut) Oil", at: 3),
            .oily, "coconut oil at #25 beats #3"),
        // Retinoid + peptide serum vs a plain occlusive fragranced cream, for mature skin.
        Pair(retinolPeptideSerum, plainOcclusiveCream, .mature, "retinol+peptide serum beats plain fragranced cream"),
        // Gentle cleanser vs SLS + alcohol + fragrance cleanser.
        Pair(
            gentleCleanser, slsCleanser, .dry, "gentle cleanser beats SLS cleanser", betterType: .rinseOff,
            worseType: .rinseOff),
        Pair(
            gentleCleanser, slsCleanser, .sensitive, "gentle cleanser beats SLS cleanser", betterType: .rinseOff,
            worseType: .rinseOff),
        Pair(
            gentleCleanser, slsCleanser, .normal, "gentle cleanser beats SLS cleanser", betterType: .rinseOff,
            worseType: .rinseOff),
        // Essential-oil face oil vs plain squalane for sensitive skin.
        Pair(squalaneOil, essentialOilFaceOil, .sensitive, "squalane beats an essential-oil blend"),
        // Sunscreen helps every skin type.
        Pair(mineralSunscreen, noSunscreenLotion, .normal, "SPF beats no SPF"),
        Pair(mineralSunscreen, noSunscreenLotion, .mature, "SPF beats no SPF"),
        // Hydration for dry skin.
        Pair(hyaluronicSerum, clayAlcoholMattifier, .dry, "hyaluronic serum beats clay/alcohol mattifier"),
        Pair(hyaluronicSerum, alcoholMentholToner, .dehydratedProxy, "hyaluronic serum beats alcohol toner"),
        // Printed strength: 10% niacinamide vs 0.1%.
        Pair(
            "Water, Niacinamide 10%, Glycerin, Phenoxyethanol", "Water, Glycerin, Niacinamide 0.1%, Phenoxyethanol",
            .oily, "10% niacinamide beats 0.1%"),
        // An AHA toner suits normal skin better than a fragranced alcohol toner.
        Pair(glycolicToner, alcoholMentholToner, .combination, "glycolic toner beats alcohol/menthol toner"),
    ]

    @Test(arguments: pairs)
    func betterProductScoresHigher(pair: Pair) throws {
        let better = try #require(try Self.analysis(pair.better, type: pair.betterType).score(for: pair.skin))
        let worse = try #require(try Self.analysis(pair.worse, type: pair.worseType).score(for: pair.skin))
        #expect(
            better.score > worse.score,
            "\(pair.why): \(better.score) vs \(worse.score); worse's reasons: \(worse.reasons.prefix(4).map { "\($0.points) \($0.ingredient) \($0.rule)" })"
        )
    }

    @Test func pairsCoverEverySkinType() {
        #expect(Set(Self.pairs.map(\.skin)) == Set(SkinType.allCases))
        #expect(Self.pairs.count >= 30)
    }

    /// Within one product: the mattifier suits oily skin better than dry; the ceramide cream the reverse.
    @Test func productsFavorTheSkinTheyAreFor() throws {
        #expect(try Self.score(Self.clayAlcoholMattifier, .oily) > Self.score(Self.clayAlcoholMattifier, .dry))
        #expect(try Self.score(Self.ceramideCream, .dry) > Self.score(Self.ceramideCream, .oily))
        #expect(try Self.score(Self.bhaNiacinamideSerum, .acneProne) > Self.score(Self.bhaNiacinamideSerum, .dry))
        #expect(try Self.score(Self.coconutMyristateCream, .dry) > Self.score(Self.coconutMyristateCream, .acneProne))
        #expect(try Self.score(Self.alcoholMentholToner, .oily) > Self.score(Self.alcoholMentholToner, .sensitive))
    }
}

extension SkinType {
    /// Dehydration is not a skin type of its own; dry skin is the closest.
    static var dehydratedProxy: SkinType { .dry }
}
