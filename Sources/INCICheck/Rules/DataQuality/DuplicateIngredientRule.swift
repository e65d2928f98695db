import INCICore

/// `duplicate-ingredient`: a name listed twice in one product is usually a copy-paste slip in the catalog.
struct DuplicateIngredientRule: CheckRule {
    let id = RuleID(rawValue: "duplicate-ingredient")
    let defaultSeverity = Severity.warning
    let summary = "The same ingredient is listed twice (kits, whose cells hold several lists, are skipped)."

    func check(_ subject: RuleSubject, into findings: inout FindingCollector) {
        guard let items = subject.analysis?.list.ingredients, !Self.isKit(items, name: subject.product.name) else {
            return
        }
        var seen: [Int: Int] = [:]
        for item in items where item.token.section != .mayContain {
            guard let ingredient = item.ingredient else { continue }
            if let first = seen[ingredient.id] {
                findings.add(
                    self, "\(ingredient.name) is listed twice (#\(first) and #\(item.token.position))",
                    ingredient: ingredient.name)
            } else {
                seen[ingredient.id] = item.token.position
            }
        }
    }

    /// A kit's cell holds several products' lists one after the other (a second Water, 70+ names, or a
    /// kit-like product name): repeats are expected there.
    static func isKit(_ items: [MatchedIngredient], name: String?) -> Bool {
        let waterCount = items.filter { $0.ingredient.map { NameKey.make($0.name) == "water" } ?? false }.count
        return waterCount > 1 || items.count > 70 || hasKitWord(name ?? "")
    }

    static let kitWords = ["kit", "set", "collection", "duo", "trio", "mini", "littles", "system", "bundle", "regimen"]

    /// Whether a kit word stands as a word in the name. The pattern is built only for the few names that hold
    /// one of the words at all: a regex literal is parsed again each time it is evaluated, which cost a third of
    /// `inci check`'s time when every row paid for it.
    static func hasKitWord(_ name: String) -> Bool {
        let lowered = name.lowercased()
        guard kitWords.contains(where: { lowered.contains($0) }) else { return false }
        return lowered.contains(/\b(kit|set|collection|duo|trio|minis?|littles|system|bundle|regimen)\b/)
    }
}
