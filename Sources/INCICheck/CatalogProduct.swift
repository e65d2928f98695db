import Foundation
import INCICatalog
import INCICore

/// A product as the checker sees it: what the catalog says about it, and where it was read.
public struct CatalogProduct: Sendable {
    public let file: String
    public let line: Int?
    public let name: String?
    public let brand: String?
    public let category: String?
    public let ingredientsColumn: String?
    public let ingredients: String
    /// What the claim columns and the name claim, read once with the claims vocabulary every command uses.
    public let claims: Set<Claim>
    public let claimedSkinTypes: [SkinType]
    /// The ingredients already matched where the product was read (a page's extractor matched the list
    /// to choose it), so the checker does not analyze the same text again.
    public let list: IngredientList?
    /// The catalog's id for the product (a SKU, GTIN, the shop's id), when it has an id column.
    public let id: String?

    public init(
        file: String, line: Int?, name: String?, brand: String? = nil, category: String? = nil,
        ingredientsColumn: String?,
        ingredients: String, claims: Set<Claim>, claimedSkinTypes: [SkinType], list: IngredientList? = nil,
        id: String? = nil
    ) {
        self.file = file
        self.line = line
        self.name = name
        self.brand = brand
        self.category = category
        self.ingredientsColumn = ingredientsColumn
        self.ingredients = ingredients
        self.claims = claims
        self.claimedSkinTypes = claimedSkinTypes
        self.list = list
        self.id = id
    }

    /// Reads a catalog record through resolved columns.
    public init(record: CatalogRecord, columns: ResolvedColumns) {
        let fields = record.fields
        var labels: [String] = []
        if let column = columns.skinTypes, let text = fields[column] {
            labels = text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "|" || $0 == "/" }).map(String.init)
        }
        for (column, type) in columns.skinTypeFlags
        where ["1", "true", "yes", "y", "x"].contains(
            fields[column]?.lowercased().trimmingCharacters(in: .whitespaces) ?? "")
        {
            labels.append(type.rawValue)
        }
        let claimed = SkinType.claimed(by: labels)
        let name = columns.name.flatMap { fields[$0] }
        let claims = Claim.readOnce(from: columns.claims.compactMap { fields[$0] } + [name ?? ""])
        self.init(
            file: record.file, line: record.line, name: name, brand: columns.brand.flatMap { fields[$0] },
            category: columns.category.flatMap { fields[$0] }, ingredientsColumn: columns.ingredients,
            ingredients: columns.ingredients.flatMap { fields[$0] }.map(IngredientColumn.text(ofCell:)) ?? "",
            claims: claims, claimedSkinTypes: claimed,
            id: columns.id.flatMap { fields[$0] }?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty)
    }

    var location: FindingLocation {
        FindingLocation(
            file: file, line: line, column: ingredientsColumn,
            product: [brand, name].compactMap { $0 }.joined(separator: " ").nilIfEmpty)
    }
}

extension Claim {
    /// The claims of several texts (claim columns, a card's benefits, the name), read as one text.
    public static func readOnce(from texts: [String]) -> Set<Claim> {
        Set(claims(in: texts.joined(separator: " \n ")))
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
