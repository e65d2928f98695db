/// One ingredient of the dictionary: its canonical INCI name, the other names labels print, and the
/// facts inci scores with. Every fact that is a claim carries a source key.
public struct Ingredient: Sendable, Hashable, Identifiable {
    /// Index in `IngredientDictionary.ingredients`; stable for one loaded dictionary.
    public let id: Int
    /// Canonical INCI name in label case, e.g. `Butyrospermum Parkii (Shea) Butter`.
    public let name: String
    public let aliases: [String]
    public let roles: [String]
    /// Family ids from `families.txt` (e.g. `bha`, `fragrance`).
    public let families: [String]
    /// Comedogenicity ratings; the first is the one the scorer uses.
    public let comedogenic: [Rating]
    /// Irritancy ratings; the first is the one the scorer uses.
    public let irritancy: [Rating]
    /// How far the ratings can be trusted, when the dictionary says so.
    public let ratingConfidence: RatingConfidence?
    /// Source keys backing the roles and families.
    public let sources: [String]
    public let note: String?
    /// Where the entry is written, for `inci explain` and lint messages.
    public let file: String
    public let line: Int

    public init(
        id: Int, name: String, aliases: [String] = [], roles: [String] = [], families: [String] = [],
        comedogenic: [Rating] = [], irritancy: [Rating] = [], ratingConfidence: RatingConfidence? = nil,
        sources: [String] = [],
        note: String? = nil, file: String = "", line: Int = 0
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.roles = roles
        self.families = families
        self.comedogenic = comedogenic
        self.irritancy = irritancy
        self.ratingConfidence = ratingConfidence
        self.sources = sources
        self.note = note
        self.file = file
        self.line = line
    }
}
