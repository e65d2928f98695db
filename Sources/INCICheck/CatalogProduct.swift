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
    /// All claim text (claim columns, the name) in lower case, for claim detection.
    public let claimText: String
    public let claimedSkinTypes: [SkinType]
    /// The ingredients already matched where the product was read (a page's extractor matched the list
    /// to choose it), so the checker does not analyze the same text again.
    public let list: IngredientList?

    public init(file: String, line: Int?, name: String?, brand: String? = nil, category: String? = nil, ingredientsColumn: String?,
                ingredients: String, claimText: String, claimedSkinTypes: [SkinType], list: IngredientList? = nil) {
        self.file = file
        self.line = line
        self.name = name
        self.brand = brand
        self.category = category
        self.ingredientsColumn = ingredientsColumn
        self.ingredients = ingredients
        self.claimText = claimText
        self.claimedSkinTypes = claimedSkinTypes
        self.list = list
    }

    /// Reads a catalog record through resolved columns.
    public init(record: CatalogRecord, columns: ResolvedColumns) {
        let fields = record.fields
        var claimed: [SkinType] = []
        if let column = columns.skinTypes, let text = fields[column] {
            for part in text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "|" || $0 == "/" }) {
                let label = part.trimmingCharacters(in: .whitespaces)
                if label.lowercased() == "all" || label.lowercased() == "all skin types" {
                    for type in [SkinType.oily, .dry, .combination, .normal, .sensitive] where !claimed.contains(type) { claimed.append(type) }
                } else if let type = SkinType(label: label), !claimed.contains(type) {
                    claimed.append(type)
                }
            }
        }
        for (column, type) in columns.skinTypeFlags where ["1", "true", "yes", "y", "x"].contains(fields[column]?.lowercased().trimmingCharacters(in: .whitespaces) ?? "") {
            if !claimed.contains(type) { claimed.append(type) }
        }
        let name = columns.name.flatMap { fields[$0] }
        let claimText = (columns.claims.compactMap { fields[$0] } + [name ?? ""]).joined(separator: " \n ").lowercased()
        self.init(file: record.file, line: record.line, name: name, brand: columns.brand.flatMap { fields[$0] },
                  category: columns.category.flatMap { fields[$0] }, ingredientsColumn: columns.ingredients,
                  ingredients: columns.ingredients.flatMap { fields[$0] }.map(IngredientColumn.text(ofCell:)) ?? "",
                  claimText: claimText, claimedSkinTypes: claimed.sorted())
    }

    var location: FindingLocation {
        FindingLocation(file: file, line: line, column: ingredientsColumn, product: [brand, name].compactMap { $0 }.joined(separator: " ").nilIfEmpty)
    }
}

import Foundation

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
