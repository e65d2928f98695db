import INCICore
import INCIHTML
import INCIJSON
import INCIReport

/// One line of `inci scan` output: a product found on a page, or an input that yielded none.
///
/// JSON: `source`, the product card (`name`, `brand`, `size`, `price`, `price_amount`, `price_currency`,
/// `scent`, `key_ingredients`, `skin_types`, `benefits`, `free_from`, `variant`, `strategy`, `line` — where on
/// the page the list was found), then every field of `inci analyze --format json` (written by
/// `AnalysisDocument` itself, so fields added there appear here); or `source`, `error`, `error_kind`. With
/// `--batch` also `id` and `input_line`, the JSON line the page came from.
public struct ScanRecord: Encodable, Sendable {
    public let source: String
    public let product: ExtractedProduct?
    public let document: AnalysisDocument?
    public let error: String?
    public let errorKind: String?
    /// `inci scan --batch`: the input line's id (as written; null without one) and its line number.
    package var batchID: JSONValue?
    package var inputLine: Int?

    public init(source: String, product: ExtractedProduct, document: AnalysisDocument) {
        self.source = source
        self.product = product
        self.document = document
        self.error = nil
        self.errorKind = nil
    }

    public init(source: String, error: String, kind: String) {
        self.source = source
        self.product = nil
        self.document = nil
        self.error = error
        self.errorKind = kind
    }

    /// Failed inputs; a page without a list was read and is not a failure.
    public var isFailure: Bool { error != nil && errorKind != PageError.noIngredientList.kind }
    /// Failed before any byte was read (`InputError` kinds), which exits 2 like `analyze`.
    public var isUnreadable: Bool { errorKind == "missing" || errorKind == "unreadable" }

    /// Keys in snake_case, as every other JSON document of inci. `skinTypes`, `freeFrom` and `errorKind`
    /// were published in camelCase before: they are still written beside their snake_case names (JSON
    /// fields are only ever added to), and documented as deprecated.
    enum CodingKeys: String, CodingKey {
        case source, name, brand, size, price, scent, benefits, variant, strategy, line, error
        case priceAmount = "price_amount"
        case priceCurrency = "price_currency"
        case keyIngredients = "key_ingredients"
        case skinTypes = "skin_types"
        case freeFrom = "free_from"
        case errorKind = "error_kind"
        case deprecatedSkinTypes = "skinTypes"
        case deprecatedFreeFrom = "freeFrom"
        case deprecatedErrorKind = "errorKind"
        case schemaVersion = "schema_version"
        case id
        case inputLine = "input_line"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(JSONOutput.schemaVersion, forKey: .schemaVersion)
        try container.encode(source, forKey: .source)
        if let inputLine {
            try container.encode(batchID ?? .null, forKey: .id)
            try container.encode(inputLine, forKey: .inputLine)
        }
        if let product {
            let card = product.card
            try container.encode(card.name, forKey: .name)
            try container.encode(card.brand, forKey: .brand)
            try container.encode(card.size, forKey: .size)
            try container.encode(card.price, forKey: .price)
            try container.encode(card.priceAmount, forKey: .priceAmount)
            try container.encode(card.priceCurrency, forKey: .priceCurrency)
            try container.encode(card.scent, forKey: .scent)
            try container.encode(card.keyIngredients, forKey: .keyIngredients)
            try container.encode(card.skinTypes, forKey: .skinTypes)
            try container.encode(card.skinTypes, forKey: .deprecatedSkinTypes)
            try container.encode(card.benefits, forKey: .benefits)
            try container.encode(card.freeFrom, forKey: .freeFrom)
            try container.encode(card.freeFrom, forKey: .deprecatedFreeFrom)
            try container.encode(product.variant, forKey: .variant)
            try container.encode(product.strategy.rawValue, forKey: .strategy)
            try container.encode(product.line, forKey: .line)
        }
        if let error {
            try container.encode(error, forKey: .error)
            try container.encode(errorKind, forKey: .errorKind)
            try container.encode(errorKind, forKey: .deprecatedErrorKind)
        }
        // The analysis fields at the top level, as `inci analyze --format json` writes them.
        try document?.encode(to: encoder)
    }
}
