/// Everything the dictionary knows about one name a user typed: what it matched and how, the
/// canonical entry, its other names, families and mechanisms, ratings with their sources, and
/// whether those sources disagree. Built by `IngredientExplanation.explain`.
public struct IngredientExplanation: Sendable, Hashable {
    public struct SourcedRating: Sendable, Hashable {
        public let rating: Rating
        public let source: Source?
        /// The scorer uses the first rating of each kind.
        public let usedByScorer: Bool
    }

    public let typed: String
    public let match: MatchKind
    public let confidence: Double
    public let ingredient: Ingredient?
    public let families: [Family]
    public let mechanisms: [Mechanism]
    public let risks: [String]
    public let languageAliases: [String]
    public let comedogenic: [SourcedRating]
    public let irritancy: [SourcedRating]
    /// Ratings of one kind that differ between sources, described.
    public let disagreements: [String]
    /// Sources behind the entry's roles and families.
    public let sources: [Source]
    /// How the typed name was composed from its morphemes, when it was.
    public var composition: Composition? = nil
    /// For an unrecognised name: what it may have meant ("did you mean"), nearest first; never a match.
    public var suggestions: [String] = []

    public static func explain(_ typed: String, dictionary: IngredientDictionary) -> IngredientExplanation {
        let resolution = Matcher(dictionary: dictionary).resolve(typed)
        guard let ingredient = resolution.ingredient else {
            return IngredientExplanation(
                typed: typed, match: .unknown, confidence: 0, ingredient: nil, families: [], mechanisms: [],
                risks: [], languageAliases: [], comedogenic: [], irritancy: [], disagreements: [], sources: [],
                suggestions: NameSuggestions.suggest(
                    typed, misspellings: resolution.suggestions, dictionary: dictionary))
        }
        let families = dictionary.families(of: ingredient)
        var mechanisms: [Mechanism] = []
        var risks: [String] = []
        for family in families {
            for mechanism in family.serves where !mechanisms.contains(mechanism) { mechanisms.append(mechanism) }
            for risk in family.risks where !risks.contains(risk) { risks.append(risk) }
        }
        func sourced(_ ratings: [Rating]) -> [SourcedRating] {
            ratings.enumerated().map {
                SourcedRating(rating: $1, source: dictionary.sources[$1.source], usedByScorer: $0 == 0)
            }
        }
        var disagreements: [String] = []
        for (kind, ratings) in [("comedogenicity", ingredient.comedogenic), ("irritancy", ingredient.irritancy)]
        where Set(ratings.map(\.printed)).count > 1 {
            disagreements.append(
                "\(kind): " + ratings.map { "\($0.printed) (\($0.source))" }.joined(separator: " vs ")
                    + "; the scorer uses \(ratings[0].printed) from \(ratings[0].source)")
        }
        return IngredientExplanation(
            typed: typed, match: resolution.match, confidence: resolution.confidence, ingredient: ingredient,
            families: families,
            mechanisms: mechanisms.sorted(), risks: risks,
            languageAliases: dictionary.languageAliases[ingredient.id] ?? [],
            comedogenic: sourced(ingredient.comedogenic), irritancy: sourced(ingredient.irritancy),
            disagreements: disagreements,
            sources: ingredient.sources.compactMap { dictionary.sources[$0] }, composition: resolution.composition)
    }
}
