import INCICatalog
import INCICore

/// Which catalog columns hold what. Unset fields are detected from common column names.
public struct ColumnMapping: Sendable, Hashable {
    public var ingredients: String?
    public var name: String?
    public var brand: String?
    public var category: String?
    /// Columns whose text is searched for claims ("fragrance-free", "for sensitive skin", …).
    public var claims: [String] = []
    /// A text column listing claimed skin types ("Acne Prone, All, Dry, Normal, Oily, Sensitive").
    public var skinTypes: String?
    /// The product's id in the catalog (a SKU, GTIN or the shop's id), to join two versions of a catalog.
    public var id: String?

    public init() {}

    static let nameColumns = ["Name", "name", "product_name", "Product Name", "Product", "product", "title", "Title"]
    static let brandColumns = ["Brand", "brand", "brand_name"]
    static let categoryColumns = ["Label", "Category", "category", "product_type", "Product Type", "type", "Type"]
    static let claimColumns = [
        "Claims", "claims", "Benefits", "benefits", "Description", "description", "Highlights", "highlights",
        "Features", "features",
    ]
    static let skinTypeColumns = ["Skin Type", "skin_type", "skin_types", "Skin Types", "skinType", "SkinType"]
    static let idColumns = [
        "id", "ID", "Id", "product_id", "Product ID", "productId", "product id", "sku", "SKU", "Sku", "gtin", "GTIN",
        "ean", "EAN", "upc", "UPC",
    ]

    /// Resolves the mapping against a file's columns.
    public func resolved(for columns: [String]) -> ResolvedColumns {
        func first(_ requested: String?, _ candidates: [String]) -> String? {
            if let requested { return columns.contains(requested) ? requested : nil }
            return candidates.first(where: columns.contains)
        }
        let claimColumns = claims.isEmpty ? Self.claimColumns.filter(columns.contains) : claims.filter(columns.contains)
        // 0/1 columns named after skin types, as in Sephora's catalog export.
        let flagColumns =
            skinTypes == nil ? columns.compactMap { column in SkinType(label: column).map { (column, $0) } } : []
        return ResolvedColumns(
            ingredients: IngredientColumn.detect(in: columns, requested: ingredients),
            name: first(name, Self.nameColumns), brand: first(brand, Self.brandColumns),
            category: first(category, Self.categoryColumns), claims: claimColumns,
            skinTypes: first(skinTypes, Self.skinTypeColumns), skinTypeFlags: flagColumns, id: first(id, Self.idColumns)
        )
    }
}

/// A mapping applied to one file's columns.
public struct ResolvedColumns: Sendable {
    public let ingredients: String?
    public let name: String?
    public let brand: String?
    public let category: String?
    public let claims: [String]
    public let skinTypes: String?
    public let skinTypeFlags: [(column: String, type: SkinType)]
    public let id: String?
}
