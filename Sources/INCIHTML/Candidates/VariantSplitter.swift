import Foundation

/// Splits one text that holds several lists, each after a name: shades on one page
/// ("Coral Crush: Aqua, … | Pinkalicious: Aqua, …") or kit parts, one per line
/// ("Cleanser: Water, …\nToner: Water, …").
enum VariantSplitter {
    /// Names that introduce a section of one list, never a variant.
    static let notVariants: Set<String> = [
        "purpose", "uses", "use", "warnings", "warning", "directions", "may contain",
        "other information", "how to use", "description", "benefits", "details",
        "caution", "storage", "note", "notes",
    ]

    static func split(_ text: String) -> [(variant: String, text: String)]? {
        for separator in [" | ", "\n"] {
            let parts = text.components(separatedBy: separator).map { $0.trimmed() }.filter { !$0.isEmpty }
            guard parts.count >= 2 else { continue }
            var variants: [(String, String)] = []
            for part in parts {
                guard let colon = part.firstIndex(where: { $0 == ":" || $0 == "：" }) else {
                    variants = []
                    break
                }
                let name = part[..<colon].trimmed()
                let list = part[part.index(after: colon)...].trimmed()
                let words = name.split(separator: " ")
                guard !name.isEmpty, words.count <= 5, name.count <= 40, !notVariants.contains(name.lowercased()),
                    IngredientLabel.match(name) == nil, list.filter({ $0 == "," }).count >= 2
                else {
                    variants = []
                    break
                }
                variants.append((name, list))
            }
            if variants.count >= 2 { return variants }
        }
        return nil
    }
}
