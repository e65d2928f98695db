/// A fixed oil or butter: a plant's (or animal's) triglyceride or liquid wax, named "… Seed Oil", "… Fruit Oil",
/// "Canola Oil", "… Butter" (`fixed-oils` in `Dictionaries/scoring/weights.txt`).
///
/// On the skin it is a lipid film: it softens (an emollient) and slows water loss (an occlusive, less than
/// petrolatum, mineral oil or lanolin; kraft-lynde-2005, lin-2017), whatever role CosIng gives it (olive and
/// coconut oil are only "skin conditioning" there). An essential oil ends in "Oil" too but is a volatile
/// fragrance: an ingredient of the essential-oil family, or one whose role is fragrance, is no fixed oil.
/// Derivatives named after an oil (PEG-40 hydrogenated castor oil, sulfated castor oil, an oil's
/// unsaponifiables) are not one either (`unless`).
package struct FixedOil: Sendable, Hashable {
    /// Last words (name keys) that name a fixed oil.
    package var named: Set<String> = []
    /// Families a fixed oil serves through (emollient, occlusive).
    package var families: [String] = []
    /// Whole-word name-key phrases that make a name ending in "oil" something else (mineral oil, a PEG
    /// derivative).
    package var unless: [String] = []
    package var sources: [String] = []

    package init() {}

    /// Whether `ingredient`, with the families the dictionary gives it, is a fixed oil or butter.
    package func matches(_ ingredient: Ingredient, families ids: [String]) -> Bool {
        let key = NameKey.make(ingredient.name)
        guard let last = key.split(separator: " ").last, named.contains(String(last)) else { return false }
        let words = " \(key) "
        guard !unless.contains(where: { words.contains(" \($0) ") }) else { return false }
        return !ids.contains("essential-oil") && !ids.contains("fragrance")
            && !ingredient.roles.contains(where: { $0 == "fragrance" || $0 == "perfuming" })
    }

    static func parse(_ stanza: Stanza, sources: [String], diagnostics: inout [DictionaryDiagnostic]) -> FixedOil {
        var rule = FixedOil()
        rule.sources = sources
        rule.named = Set(stanza.list("named").map(NameKey.make))
        rule.families = stanza.list("families")
        rule.unless = stanza.list("unless").map(NameKey.make)
        for field in stanza.fields where !["named", "families", "unless", "sources"].contains(field.key) {
            diagnostics.append(.init(.error, file: stanza.file, line: field.line, "unknown setting '\(field.key)'"))
        }
        if rule.named.isEmpty || rule.families.isEmpty {
            diagnostics.append(
                .init(.error, file: stanza.file, line: stanza.line, "'fixed-oils' needs 'named:' and 'families:'"))
        }
        return rule
    }
}
