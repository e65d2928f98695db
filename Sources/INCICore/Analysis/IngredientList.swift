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
}
