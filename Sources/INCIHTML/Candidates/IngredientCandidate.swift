/// How an ingredient list was found on a page.
public enum CandidateStrategy: String, Sendable, Hashable, Codable, CaseIterable {
    /// A heading or label ("Ingredients", "전성분", a tab or accordion title) and the panel after it.
    case heading
    /// "Ingredients:" inside a description paragraph.
    case inlineLabel = "inline-label"
    /// An ingredient table (INCIDecoder's "skim through").
    case ingredientTable = "ingredient-table"
    /// A schema.org Product in JSON-LD.
    case jsonLD = "json-ld"
    /// Embedded JSON state: `<script type="application/json">`, `__NEXT_DATA__`, Nuxt's `__NUXT_DATA__`.
    case embeddedJSON = "embedded-json"
    /// State written as JavaScript (`window.__INITIAL_STATE__ = {…}`, `window.__NUXT__=…`), read only when
    /// the page shows no list.
    case scriptState = "script-state"
    /// A Shopify product's `body_html`.
    case shopify
    /// A product API response given as a `.json` file (dm.de's `descriptionGroups`).
    case productJSON = "product-json"
}

/// A text that may be an ingredient list, and where it came from. Finders propose generously; the
/// `CandidateSelector` decides by what the matcher recognizes.
struct IngredientCandidate: Sendable {
    var text: String
    var strategy: CandidateStrategy
    /// A qualifier from the label ("Cleanser" in "Cleanser Ingredients"), for kits.
    var variant: String?
    /// Document order, for a stable product order.
    var order: Int
    /// The named components when the text is a kit's panel: each is analyzed as a product of its own.
    var components: [KitComponents.Component]? = nil

    /// Texts longer than this are whole page regions, not a list.
    static let maxLength = 16_000
}
