/// Finds a catalog's ingredient list column and reads its cells.
public enum IngredientColumn {
    /// Common names of the column, best first.
    public static let candidates = [
        "Ingredients", "ingredients", "INGREDIENTS", "INCI", "inci", "Inci", "ingredient_list",
        "Ingredient List", "full_ingredients", "성분", "전성분", "clean_ingreds", "Inhaltsstoffe",
    ]

    /// The column to use: the requested one, else the first common name present, else a column whose
    /// name contains "ingredient".
    public static func detect(in columns: [String], requested: String? = nil) -> String? {
        if let requested { return columns.contains(requested) ? requested : nil }
        if let exact = candidates.first(where: columns.contains) { return exact }
        return columns.first { $0.lowercased().contains("ingredient") || $0.lowercased().contains("inci") }
    }

    /// A cell as label text. Cells stored as Python-style lists (`['Water', 'Glycerin']`) become one
    /// name per line.
    public static func text(ofCell cell: String) -> String {
        let trimmed = cell.drop { $0 == " " }
        guard trimmed.hasPrefix("['") || trimmed.hasPrefix("[\"") else { return cell }
        var items: [String] = []
        var current = ""
        var quote: Character?
        var escaped = false
        for character in trimmed {
            if let q = quote {
                if escaped {
                    current.append(character)
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == q {
                    items.append(current)
                    current = ""
                    quote = nil
                } else {
                    current.append(character)
                }
            } else if character == "'" || character == "\"" {
                quote = character
            }
        }
        return items.joined(separator: "\n")
    }
}
