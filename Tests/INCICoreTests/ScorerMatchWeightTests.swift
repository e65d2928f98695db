import INCICore
import INCIDictionaryData
import Testing

/// Weak fuzzy matches earn nothing; ratings' confidence is honoured; every point is a sourced reason.
@Suite struct ScorerMatchWeightTests {
    static let dictionary = EmbeddedDictionary.shared
    static let scorer = Scorer(dictionary: dictionary)

    static func matched(_ name: String, _ match: MatchKind, confidence: Double, position: Int) -> MatchedIngredient {
        let token = Token(
            text: name, raw: name, position: position, range: 0..<name.unicodeScalars.count, section: .main)
        return MatchedIngredient(
            token: token, match: match, ingredient: dictionary.ingredient(named: name), confidence: confidence,
            matchedName: name)
    }

    static func score(_ middle: MatchedIngredient, _ type: SkinType) -> SkinScore {
        let list = IngredientList(ingredients: [
            matched("Water", .exact, confidence: 1, position: 1), middle,
            matched("Phenoxyethanol", .exact, confidence: 1, position: 3),
        ])
        return scorer.analyze(list, productType: .decide(given: nil)).score(for: type)!
    }

    @Test func aFuzzyMatchBelowTheMinimumEarnsNothing() {
        let weak = Self.score(Self.matched("Niacinamide", .fuzzy, confidence: 0.8, position: 2), .oily)
        #expect(!weak.reasons.contains { $0.ingredient == "Niacinamide" })
        let strong = Self.score(Self.matched("Niacinamide", .fuzzy, confidence: 0.95, position: 2), .oily)
        let exact = Self.score(Self.matched("Niacinamide", .exact, confidence: 1, position: 2), .oily)
        #expect(strong.score > weak.score && strong.score <= exact.score)
    }

    @Test func aLowConfidenceRatingIsNeverTheTopAvoidReason() throws {
        let list = try IngredientAnalyzer(dictionary: Self.dictionary).analyze(
            "Water, Glycerin, Dimethicone, Propanediol, Sodium Hyaluronate, Phenoxyethanol, Sodium Chloride, Carrageenan, Tocopherol"
        )
        let analysis = Self.scorer.analyze(list, productType: .decide(given: nil))
        let acne = try #require(analysis.score(for: .acneProne))
        #expect(acne.verdict != .avoid && acne.verdict != .caution)
        let worst = acne.reasons.filter { $0.points < 0 }.map(\.points).min() ?? 0
        #expect(worst > -2, "\(acne.reasons)")
    }

    @Test func everyReasonNamesItsRuleAndEveryIngredientReasonItsPositionAndSource() throws {
        let list = try IngredientAnalyzer(dictionary: Self.dictionary).analyze(
            "Alcohol Denat., Water, Salicylic Acid 2%, Retinol 0.5%, Cocos Nucifera (Coconut) Oil, Parfum, Methylisothiazolinone"
        )
        let analysis = Self.scorer.analyze(list, productType: .decide(given: nil))
        for score in analysis.scores {
            for reason in score.reasons where reason.rule != "model.diminishing-returns" {
                #expect(reason.position > 0 && !reason.ingredient.isEmpty && reason.source != nil, "\(reason)")
            }
        }
    }
}
