/// Everything inci says about one product: its ingredients, scores per skin type with reasons, pore
/// profile and flags. Built by `Scorer`.
public struct ProductAnalysis: Sendable, Hashable {
    public let list: IngredientList
    public let estimates: [ConcentrationEstimate]
    /// Position of the first ingredient at the "1% line", when one was found.
    public let onePercentLinePosition: Int?
    /// The product form the concentrations were estimated for (read from the list).
    public let formulaProfile: FormulaProfile
    public let productType: ProductTypeDecision
    /// In `SkinType.allCases` order.
    public let scores: [SkinScore]
    public let poreProfile: PoreProfile
    public let flags: ProductFlags
    /// 0…1: share of the product's (estimated) substance that inci recognized. Unknown ingredients
    /// lower confidence, not the score.
    public let confidence: Double
    /// The confidence a fuzzy match needs to count as recognised (`fuzzy-minimum-confidence`): below it,
    /// it counts as unknown for scores, flags and coverage.
    public let fuzzyMinimumConfidence: Double

    /// Share of ingredients recognised well enough to count (weak fuzzy matches are not), 0…1.
    public var coverage: Double { list.coverage(fuzzyMinimum: fuzzyMinimumConfidence) }
    /// Ingredients not recognised well enough to count, in printed order.
    public var unrecognised: [MatchedIngredient] { list.unrecognised(fuzzyMinimum: fuzzyMinimumConfidence) }

    public func score(for type: SkinType) -> SkinScore? { scores.first { $0.skinType == type } }
}
