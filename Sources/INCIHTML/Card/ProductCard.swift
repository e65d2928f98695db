/// What a page says about a product besides its ingredients. Claims are kept as printed (trimmed) for
/// skin types and benefits, and as normalized slugs for free-from claims, so the catalog check can
/// compare them with the analysis ("fragrance-free" but Parfum in the list).
public struct ProductCard: Sendable, Hashable, Codable {
    public var name: String?
    public var brand: String?
    public var size: String?
    public var price: String?
    /// The price as a number, read from structured data or from the printed price.
    public var priceAmount: Double?
    /// ISO 4217 code ("USD", "EUR"), from structured data or an unambiguous sign ("€", "£", "US$");
    /// nil when the page does not say which currency (a bare "$").
    public var priceCurrency: String?
    /// The scent or fragrance variant as printed ("Lavender", "Unscented").
    public var scent: String?
    /// The ingredients the page features ("Key Ingredients", "Special Ingredients", "Hero ingredients"),
    /// as printed: the page's emphasis, not a part of the list.
    public var keyIngredients: [String]
    public var skinTypes: [String]
    public var benefits: [String]
    /// Normalized: `fragrance-free`, `non-comedogenic`, `paraben-free`, `alcohol-free`, `oil-free`,
    /// `sulfate-free`, `silicone-free`, `mineral-oil-free`, `soap-free`, `essential-oil-free`, ….
    public var freeFrom: [String]

    public init(
        name: String? = nil, brand: String? = nil, size: String? = nil, price: String? = nil,
        skinTypes: [String] = [], benefits: [String] = [], freeFrom: [String] = [],
        priceAmount: Double? = nil, priceCurrency: String? = nil, scent: String? = nil, keyIngredients: [String] = []
    ) {
        self.name = name
        self.brand = brand
        self.size = size
        self.price = price
        self.priceAmount = priceAmount
        self.priceCurrency = priceCurrency
        self.scent = scent
        self.keyIngredients = keyIngredients
        self.skinTypes = skinTypes
        self.benefits = benefits
        self.freeFrom = freeFrom
    }

    /// Fills each empty field from `other` (an earlier source wins).
    mutating func merge(_ other: ProductCard) {
        if name == nil { name = other.name }
        if brand == nil { brand = other.brand }
        if size == nil { size = other.size }
        if price == nil { price = other.price }
        if priceAmount == nil { priceAmount = other.priceAmount }
        if priceCurrency == nil { priceCurrency = other.priceCurrency }
        if scent == nil { scent = other.scent }
        if keyIngredients.isEmpty { keyIngredients = other.keyIngredients }
        if skinTypes.isEmpty { skinTypes = other.skinTypes }
        if benefits.isEmpty { benefits = other.benefits }
        for claim in other.freeFrom where !freeFrom.contains(claim) { freeFrom.append(claim) }
    }
}
