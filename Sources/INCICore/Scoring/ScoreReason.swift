/// One contribution to a skin type's score: which ingredient, where, by which rule, on whose authority.
public struct ScoreReason: Sendable, Hashable {
    /// Points added (positive) or taken (negative), rounded to 0.1.
    public let points: Double
    /// The rule: `mechanism.unclog`, `risk.comedogenic`, `risk.drying-alcohol`, …
    public let rule: String
    public let ingredient: String
    public let position: Int
    /// Source key of the fact behind the rule (a rating's source, or the family's first source).
    public let source: String?
    /// A sentence a user can read.
    public let detail: String
    /// How firmly the fact behind a risk is established: a rating's confidence (`RiskScoring.ratingFactor`:
    /// one rabbit-ear paper 0.75, web lists copying it 0.45), 1 for a family's rule. A deal-breaker counts
    /// at it.
    package var evidence: Double = 1

    /// An adjustment the model makes on top of the rules (`model.deal-breaker`, `model.diminishing-returns`),
    /// not a fact about the ingredient itself.
    public var isModelAdjustment: Bool { rule.hasPrefix("model.") }
}

/// A score for one skin type, with every reason behind it.
public struct SkinScore: Sendable, Hashable {
    public let skinType: SkinType
    /// 0…100.
    public let score: Int
    public let verdict: Verdict
    /// Largest effects first.
    public let reasons: [ScoreReason]
}
