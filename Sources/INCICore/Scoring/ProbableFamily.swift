/// A family inci infers for a name it does not know, from what the name says
/// (`probable FAMILY` in `Dictionaries/scoring/flags.txt`): "Jasminum Sambac (Jasmine) Absolute" names the
/// plant of a known essential oil and is an absolute, so it is probably an essential oil. The inference
/// counts risks at `weight` and answers free-from flags; it never earns points, and the name still lowers
/// the analysis's confidence as an unknown one.
package struct ProbableFamily: Sendable, Hashable {
    package let family: String
    /// Name keys (`NameKey`) of the plants (genus and species).
    package var plants: Set<String> = []
    package var nameContains: [String] = []
    package var exceptContains: [String] = []
    package var weight: Double = 0.5
    package var sources: [String] = []

    package init(family: String) { self.family = family }

    /// Whether the printed name of an unrecognised ingredient is probably of this family.
    package func matches(printed text: String) -> Bool {
        let key = NameKey.make(text)
        guard nameContains.contains(where: { key.contains($0) }), !exceptContains.contains(where: { key.contains($0) })
        else { return false }
        // A rule without plants is one whose words say the family by themselves ("saponified", "essential oil").
        if plants.isEmpty { return true }
        let words = key.split(separator: " ")
        guard words.count >= 2 else { return false }
        for start in 0..<(words.count - 1) where plants.contains("\(words[start]) \(words[start + 1])") { return true }
        return false
    }

    static func parse(_ stanza: Stanza, family: String, sources: [String], diagnostics: inout [DictionaryDiagnostic])
        -> ProbableFamily
    {
        var rule = ProbableFamily(family: family)
        rule.sources = sources
        rule.plants = Set(stanza.list("plants").map(NameKey.make))
        rule.nameContains = stanza.list("name-contains").map(NameKey.make)
        rule.exceptContains = stanza.list("except-contains").map(NameKey.make)
        if let field = stanza.field("weight") {
            if let value = Double(field.value), value > 0, value <= 1 {
                rule.weight = value
            } else {
                diagnostics.append(
                    .init(
                        .error, file: stanza.file, line: field.line,
                        "'weight' needs a factor above 0 and at most 1, found '\(field.value)'"))
            }
        }
        for field in stanza.fields
        where !["plants", "name-contains", "except-contains", "weight", "sources"].contains(field.key) {
            diagnostics.append(.init(.error, file: stanza.file, line: field.line, "unknown setting '\(field.key)'"))
        }
        if rule.nameContains.isEmpty {
            diagnostics.append(
                .init(.error, file: stanza.file, line: stanza.line, "'probable \(family)' needs 'name-contains:'"))
        }
        return rule
    }
}
