/// What makes a product not "free from" something (`flag ID` in `Dictionaries/scoring/flags.txt`): an
/// ingredient of one of `families`, or one whose name contains one of `nameContains` (when `roles` is
/// not empty, only with one of those roles), unless its name is in `exceptNames`. One vocabulary for
/// `inci analyze`'s flags, `inci scan` and `inci check`'s claim rules.
public struct FlagRule: Sendable, Hashable {
    public let id: String
    public var families: Set<String> = []
    public var nameContains: [String] = []
    public var roles: Set<String> = []
    /// Canonical names (as `NameKey`s) that never count, e.g. benzyl alcohol, a preservative that is
    /// also an EU fragrance allergen.
    public var exceptNames: Set<String> = []
    public var sources: [String] = []

    public init(id: String) { self.id = id }

    /// Whether `ingredient` makes the product not free from this.
    public func matches(_ ingredient: Ingredient) -> Bool {
        if exceptNames.contains(NameKey.make(ingredient.name)) { return false }
        if ingredient.families.contains(where: families.contains) { return true }
        guard !nameContains.isEmpty else { return false }
        let name = NameKey.make(ingredient.name)
        guard nameContains.contains(where: { name.contains($0) }) else { return false }
        return roles.isEmpty || ingredient.roles.contains(where: roles.contains)
    }

    static func parse(_ stanza: Stanza, id: String, sources: [String], diagnostics: inout [DictionaryDiagnostic]) -> FlagRule {
        var rule = FlagRule(id: id)
        rule.sources = sources
        rule.families = Set(stanza.list("families"))
        rule.nameContains = stanza.list("name-contains").map(NameKey.make)
        rule.roles = Set(stanza.list("roles"))
        rule.exceptNames = Set(stanza.list("except-names").map(NameKey.make))
        for field in stanza.fields where !["families", "name-contains", "roles", "except-names", "sources"].contains(field.key) {
            diagnostics.append(.init(.error, file: stanza.file, line: field.line, "unknown flag setting '\(field.key)'"))
        }
        if rule.families.isEmpty && rule.nameContains.isEmpty {
            diagnostics.append(.init(.error, file: stanza.file, line: stanza.line, "'flag \(id)' needs 'families:' or 'name-contains:'"))
        }
        return rule
    }
}
