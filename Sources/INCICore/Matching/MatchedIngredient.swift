/// A token and what the dictionary says it is.
public struct MatchedIngredient: Sendable, Hashable {
    public let token: Token
    public let match: MatchKind
    /// nil when `match == .unknown`.
    public let ingredient: Ingredient?
    /// 1 for exact and alias matches, between 0 and 1 for fuzzy, 0 for unknown.
    public let confidence: Double
    /// The dictionary name or alias that was matched (`Aqua` for `Aqua (Water)`).
    public let matchedName: String?
    /// How a Korean, Japanese or Chinese name was composed into the INCI name, when it was.
    public let composition: Composition?
    /// What the ingredient's bracket lists it is made of (`Fragrance (Geraniol, Linalool)`), each
    /// resolved; empty when the bracket only gives other names of the ingredient (`Aqua (Water, Eau)`).
    public let components: [Component]
    /// For an unknown name: dictionary names close to it that it was not read as (`Sodium Laurel
    /// Sulfate` is not read as either of Sodium Lauryl Sulfate and Sodium Laureth Sulfate), nearest first.
    public let suggestions: [String]

    /// One name listed in an ingredient's bracket, resolved on its own.
    public struct Component: Sendable, Hashable {
        /// The canonical name, or the printed one when unknown.
        public let name: String
        /// As printed (cleaned).
        public let printed: String
        public let match: MatchKind
    }

    public init(
        token: Token, match: MatchKind, ingredient: Ingredient?, confidence: Double, matchedName: String?,
        composition: Composition? = nil, components: [Component] = [], suggestions: [String] = []
    ) {
        self.token = token
        self.match = match
        self.ingredient = ingredient
        self.confidence = confidence
        self.matchedName = matchedName
        self.composition = composition
        self.components = components
        self.suggestions = suggestions
    }

    /// The canonical name, or the cleaned printed text (all-caps text in title case) when unknown.
    public var name: String { ingredient?.name ?? LabelCase.titleCaseIfShouting(token.text) }
}
