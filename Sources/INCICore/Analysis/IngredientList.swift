/// A label's ingredients, matched, in printed order.
public struct IngredientList: Sendable, Hashable {
    public let ingredients: [MatchedIngredient]
    /// Footnote mark → definition as printed.
    public let footnotes: [String: String]
    /// Claims printed on the label with the list ("Oil-free", "Sans Parfum"), in vocabulary order.
    public let claims: [Claim]

    public init(ingredients: [MatchedIngredient], footnotes: [String: String] = [:], claims: [Claim] = []) {
        self.ingredients = ingredients
        self.footnotes = footnotes
        self.claims = claims
    }

    /// Share of tokens matched to the dictionary (exact, alias or fuzzy), 0…1.
    public var coverage: Double {
        guard !ingredients.isEmpty else { return 0 }
        return Double(ingredients.filter { $0.match != .unknown }.count) / Double(ingredients.count)
    }

    public var unknown: [MatchedIngredient] { ingredients.filter { $0.match == .unknown } }

    /// Ingredients not recognised well enough to count: unknown ones, and fuzzy matches below
    /// `fuzzyMinimum` (such a guess may be another ingredient: "Vitamin D3" read as Niacinamide).
    public func unrecognised(fuzzyMinimum: Double) -> [MatchedIngredient] {
        ingredients.filter { $0.match == .unknown || ($0.match == .fuzzy && $0.confidence < fuzzyMinimum) }
    }

    /// Share of tokens recognised well enough to count (exact, alias, or fuzzy at or above `fuzzyMinimum`), 0…1.
    public func coverage(fuzzyMinimum: Double) -> Double {
        guard !ingredients.isEmpty else { return 0 }
        return Double(ingredients.count - unrecognised(fuzzyMinimum: fuzzyMinimum).count) / Double(ingredients.count)
    }
}
