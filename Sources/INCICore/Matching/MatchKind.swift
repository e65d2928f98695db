/// How a printed name was recognized.
public enum MatchKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// The canonical INCI name (ignoring case, punctuation and spacing).
    case exact
    /// Another name of the ingredient: a listed alias, a language alias, a synonym in parentheses
    /// (`Aqua (Water)`), or an alias group (`Water/Aqua/Eau`).
    case alias
    /// A probable misspelling of a dictionary name (`Niacinimide`), with a confidence below 1.
    case fuzzy
    /// Not in the dictionary. The token is kept, marked unknown.
    case unknown
}
