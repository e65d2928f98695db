/// Reads dictionary files (see `Dictionaries/README.md`) into an `IngredientDictionary`.
///
/// Loading never fails: problems become diagnostics (what `inci dict lint` prints) and the offending
/// line is skipped, so one bad line in a user's overlay cannot take the whole dictionary down.
public enum DictionaryLoader {
    public struct Result: Sendable {
        public let dictionary: IngredientDictionary
        public let diagnostics: [DictionaryDiagnostic]
        public var errors: [DictionaryDiagnostic] { diagnostics.filter { $0.severity == .error } }
    }

    static let ingredientKeys: Set<String> = [
        "aka", "role", "family", "comedogenic", "irritancy", "rating-confidence", "sources", "note",
    ]
    static let familyKeys: Set<String> = ["label", "kind", "serves", "risk", "sources", "note"]
    static let sourceKeys: Set<String> = ["cite", "kind", "assay", "url", "doi", "note"]

    public static func load(files: [DictionaryFile]) -> Result {
        var build = DictionaryBuild()
        let sorted = build.sortByKind(files)
        build.readSources(sorted.sources)
        build.readFamilies(sorted.families)
        build.readIngredients(sorted.ingredients)
        build.addNamesWithoutParentheses()
        build.readLanguageAliases(sorted.aliasFiles)
        build.readOverlays(sorted.overlays)
        return build.finish(
            scoringStanzas: sorted.scoring, ingredientStanzas: sorted.ingredients,
            compositionFiles: sorted.compositionFiles)
    }

    static func checkKeys(_ stanza: Stanza, allowed: Set<String>, into diagnostics: inout [DictionaryDiagnostic]) {
        for field in stanza.fields where !allowed.contains(field.key) {
            diagnostics.append(
                .init(
                    .error, file: stanza.file, line: field.line,
                    "unknown field '\(field.key)' (expected one of \(allowed.sorted().joined(separator: ", ")))"))
        }
    }
}
