/// What makes a product not "free from" something (`flag ID` in `Dictionaries/scoring/flags.txt`), or
/// puts an ingredient on one of the flags' lists (`list ID`: EU allergens, exfoliating acids, …): an
/// ingredient of one of `families`, or one whose name contains one of `nameContains` or has one of
/// `nameWords` as a word (when `roles` is not empty, only with one of those roles), unless its name is in
/// `exceptNames`, has one of `exceptWords` or it is of one of `exceptFamilies`. One vocabulary for
/// `inci analyze`'s flags, `inci scan` and `inci check`'s claim rules.
package struct FlagRule: Sendable, Hashable {
    package let id: String
    package var families: Set<String> = []
    package var nameContains: [String] = []
    /// Whole words of the name ("oil" in "Jojoba Seed Oil", not in "Oleyl Alcohol" or "Boiled").
    package var nameWords: Set<String> = []
    package var roles: Set<String> = []
    /// Canonical names (as `NameKey`s) that never count, e.g. benzyl alcohol, a preservative that is
    /// also an EU fragrance allergen.
    package var exceptNames: Set<String> = []
    /// Name words and families that never count ("Extract" in "Rosemary Leaf Extract (in Oil)").
    package var exceptWords: Set<String> = []
    package var exceptFamilies: Set<String> = []
    /// For a list: only ingredients at a dose their family's ladder says works (an acid at the end of a
    /// list is a pH adjuster, not an exfoliant).
    package var atDose = false
    package var sources: [String] = []

    package init(id: String) { self.id = id }

    /// Whether `ingredient` makes the product not free from this.
    package func matches(_ ingredient: Ingredient) -> Bool {
        let name = NameKey.make(ingredient.name)
        if exceptNames.contains(name) || ingredient.families.contains(where: exceptFamilies.contains) { return false }
        let words = exceptWords.isEmpty && nameWords.isEmpty ? [] : name.split(separator: " ").map(String.init)
        if words.contains(where: exceptWords.contains) { return false }
        if ingredient.families.contains(where: families.contains) { return true }
        guard nameContains.contains(where: { name.containsText($0) }) || words.contains(where: nameWords.contains)
        else {
            return false
        }
        return roles.isEmpty || ingredient.roles.contains(where: roles.contains)
    }

    static func parse(_ stanza: Stanza, id: String, sources: [String], diagnostics: inout [DictionaryDiagnostic])
        -> FlagRule
    {
        var rule = FlagRule(id: id)
        rule.sources = sources
        rule.families = Set(stanza.list("families"))
        rule.nameContains = stanza.list("name-contains").map(NameKey.make)
        rule.roles = Set(stanza.list("roles"))
        rule.exceptNames = Set(stanza.list("except-names").map(NameKey.make))
        rule.nameWords = Set(stanza.list("name-words").map(NameKey.make))
        rule.exceptWords = Set(stanza.list("except-words").map(NameKey.make))
        rule.exceptFamilies = Set(stanza.list("except-families"))
        rule.atDose = stanza.value("at-dose") == "yes"
        for field in stanza.fields
        where ![
            "families", "name-contains", "name-words", "roles", "except-names", "except-words", "except-families",
            "at-dose", "sources",
        ].contains(field.key) {
            diagnostics.append(
                .init(.error, file: stanza.file, line: field.line, "unknown flag setting '\(field.key)'"))
        }
        if rule.families.isEmpty && rule.nameContains.isEmpty && rule.nameWords.isEmpty {
            diagnostics.append(
                .init(
                    .error, file: stanza.file, line: stanza.line,
                    "'\(stanza.header)' needs 'families:', 'name-contains:' or 'name-words:'"))
        }
        return rule
    }
}
