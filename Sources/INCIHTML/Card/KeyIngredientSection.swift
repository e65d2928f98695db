/// The ingredients a page features under a "Key Ingredients" heading: one per line or list item, each
/// often followed by what it does ("Niacinamide: evens tone", "- Squalane – softens"). Only the names
/// are kept.
enum KeyIngredientSection {
    /// Items longer than this are sentences, not names.
    static let maxNameLength = 60

    static func items(in page: PageIndex) -> [String] {
        let tree = page.tree
        for index in tree.nodes.indices
        where !tree[index].isText
            && (tree[index].tag.isHeadingLabel || tree[index].tag == .b || tree[index].tag == .strong)
            && !page.isChrome(index) && !page.isInvisible(index)
        {
            let label = LabelledValues.normalize(page.text(index, maxLength: 60))
            guard CardFieldLabels.keyIngredients.contains(label),
                let next = tree.followingElementSiblings(of: index).first(where: {
                    !page.text($0, maxLength: 8).isEmpty
                })
            else { continue }
            let found = names(in: page.text(next, maxLength: 4000))
            if !found.isEmpty { return found }
        }
        return []
    }

    /// The names of "Niacinamide: evens tone\n- Zinc PCA – controls oil" or "Niacinamide, Zinc PCA".
    static func names(in value: String) -> [String] {
        let lines = value.split(whereSeparator: \.isNewline).map { $0.trimmed() }.filter { !$0.isEmpty }
        let entries = lines.count > 1 ? lines : LabelledValues.items(value)
        return entries.compactMap { entry -> String? in
            var name = Substring(entry.drop(while: { $0 == "-" || $0 == "•" || $0 == "*" || $0.isWhitespace }))
            for separator in [":", " – ", " — ", " - "] {
                if let range = name.range(of: separator) { name = name[..<range.lowerBound] }
            }
            let trimmed = name.trimmed()
            return trimmed.isEmpty || trimmed.count > maxNameLength ? nil : trimmed
        }
    }
}
