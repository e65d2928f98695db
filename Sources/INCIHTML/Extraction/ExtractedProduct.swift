import INCICore

/// One product found on a page: its card and the ingredient list that won among the candidates.
public struct ExtractedProduct: Sendable {
    public var card: ProductCard
    /// The ingredient text as found (a label's panel, a JSON value, a table column joined by lines).
    public var ingredientText: String
    /// Which finder produced it.
    public var strategy: CandidateStrategy
    /// The shade, size or kit part this list belongs to ("Coral Crush", "Cleanser"), when the page has several.
    public var variant: String?
    /// The analysis the winner was chosen by.
    public var analysis: IngredientList
    /// 1-based line of the page element the list was found at (its label, table or script), for reports
    /// that point into the file; nil for product JSON or when libxml2 could not tell.
    public var line: Int?
}
