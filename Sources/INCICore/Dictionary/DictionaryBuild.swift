/// One load of the dictionary files, step by step in the order the files depend on each other: sources,
/// families (citing sources), ingredients (citing both), names derived from them, language aliases and
/// overlays (naming ingredients), then the scoring data. Every step adds diagnostics and skips bad lines.
struct DictionaryBuild {
    /// The files of one load, by their place in the dictionary's layout.
    struct SortedFiles {
        var sources: [Stanza] = []
        var families: [Stanza] = []
        var ingredients: [Stanza] = []
        var aliasFiles: [DictionaryFile] = []
        var scoring: [Stanza] = []
        var overlays: [Stanza] = []
        var compositionFiles: [DictionaryFile] = []
    }

    private(set) var diagnostics: [DictionaryDiagnostic] = []
    private var sources: [String: Source] = [:]
    private var families: [String: Family] = [:]
    private var ingredients: [Ingredient] = []
    private var keys: [String: IngredientDictionary.KeyEntry] = [:]
    private var languageAliases: [Int: [String]] = [:]

    /// Parses the stanza files and sorts every file by where it sits (`aliases/`, `ingredients/`, …).
    mutating func sortByKind(_ files: [DictionaryFile]) -> SortedFiles {
        var sorted = SortedFiles()
        for file in files.sorted(by: { $0.path < $1.path }) {
            let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
            if file.path.hasPrefix("aliases/") {
                sorted.aliasFiles.append(file)
                continue
            }
            if IngredientDictionary.isCompositionFile(file.path) {
                sorted.compositionFiles.append(file)
                diagnostics += CompositionFilesCheck.diagnostics(file)
                continue
            }
            let parsed = StanzaParser.parse(file)
            diagnostics += parsed.diagnostics
            if name == "sources.txt" {
                sorted.sources += parsed.stanzas
            } else if name == "families.txt" {
                sorted.families += parsed.stanzas
            } else if file.path.hasPrefix("ingredients/") {
                sorted.ingredients += parsed.stanzas
            } else if file.path.hasPrefix("scoring/") {
                sorted.scoring += parsed.stanzas
            } else if file.path.hasPrefix("overlay/") {
                sorted.overlays += parsed.stanzas
            } else {
                diagnostics.append(
                    .init(.warning, file: file.path, line: 1, "file is not part of the dictionary layout; ignored"))
            }
        }
        return sorted
    }

    /// The bibliography (`sources.txt`).
    mutating func readSources(_ stanzas: [Stanza]) {
        for stanza in stanzas {
            DictionaryLoader.checkKeys(stanza, allowed: DictionaryLoader.sourceKeys, into: &diagnostics)
            if sources[stanza.header] != nil {
                diagnostics.append(
                    .init(.error, file: stanza.file, line: stanza.line, "duplicate source key '\(stanza.header)'"))
                continue
            }
            guard let cite = stanza.value("cite"), !cite.isEmpty else {
                diagnostics.append(
                    .init(.error, file: stanza.file, line: stanza.line, "source '\(stanza.header)' has no 'cite:'"))
                continue
            }
            var kind: Source.Kind?
            if let text = stanza.value("kind") {
                kind = Source.Kind(rawValue: text)
                if kind == nil {
                    diagnostics.append(
                        .init(
                            .error, file: stanza.file, line: stanza.field("kind")!.line,
                            "unknown source kind '\(text)' (expected \(Source.Kind.allCases.map(\.rawValue).joined(separator: ", ")))"
                        ))
                }
            }
            sources[stanza.header] = Source(id: stanza.header, citation: cite, kind: kind, assay: stanza.value("assay"))
        }
    }

    private mutating func checkSources(_ keys: [String], of stanza: Stanza, field: String) {
        for key in keys where sources[key] == nil {
            let line = stanza.field(field)?.line ?? stanza.line
            diagnostics.append(
                .init(.error, file: stanza.file, line: line, "unknown source key '\(key)' (not in sources.txt)"))
        }
    }

    /// Families (`families.txt`): what each serves or risks, with sources.
    mutating func readFamilies(_ stanzas: [Stanza]) {
        for stanza in stanzas {
            DictionaryLoader.checkKeys(stanza, allowed: DictionaryLoader.familyKeys, into: &diagnostics)
            if families[stanza.header] != nil {
                diagnostics.append(
                    .init(.error, file: stanza.file, line: stanza.line, "duplicate family '\(stanza.header)'"))
                continue
            }
            let kindText = stanza.value("kind") ?? ""
            guard let kind = Family.Kind(rawValue: kindText) else {
                diagnostics.append(
                    .init(
                        .error, file: stanza.file, line: stanza.field("kind")?.line ?? stanza.line,
                        "family '\(stanza.header)' needs 'kind:' active, risk or role"))
                continue
            }
            var mechanisms: [Mechanism] = []
            for text in stanza.list("serves") {
                if let mechanism = Mechanism(rawValue: text) {
                    mechanisms.append(mechanism)
                } else {
                    diagnostics.append(
                        .init(
                            .error, file: stanza.file, line: stanza.field("serves")!.line,
                            "unknown mechanism '\(text)' (expected \(Mechanism.allCases.map(\.rawValue).joined(separator: ", ")))"
                        ))
                }
            }
            let familySources = stanza.list("sources")
            checkSources(familySources, of: stanza, field: "sources")
            if familySources.isEmpty && kind != .role {
                diagnostics.append(
                    .init(.error, file: stanza.file, line: stanza.line, "family '\(stanza.header)' cites no source"))
            }
            families[stanza.header] = Family(
                id: stanza.header, label: stanza.value("label") ?? stanza.header, kind: kind,
                serves: mechanisms, risks: stanza.list("risk"), sources: familySources)
        }
    }

    /// The ingredients (`ingredients/*.txt`), their names and aliases as keys.
    mutating func readIngredients(_ stanzas: [Stanza]) {
        for stanza in stanzas {
            DictionaryLoader.checkKeys(stanza, allowed: DictionaryLoader.ingredientKeys, into: &diagnostics)
            let id = ingredients.count
            let nameKey = NameKey.make(stanza.header)
            if nameKey.isEmpty {
                diagnostics.append(
                    .init(
                        .error, file: stanza.file, line: stanza.line,
                        "ingredient name '\(stanza.header)' has no letters or digits"))
                continue
            }
            if let existing = keys[nameKey] {
                let other = ingredients[existing.ingredient]
                diagnostics.append(
                    .init(
                        .error, file: stanza.file, line: stanza.line,
                        "'\(stanza.header)' is already \(existing.kind == .canonical ? "an ingredient" : "an alias of '\(other.name)'") (\(other.file):\(other.line))"
                    ))
                continue
            }
            let ingredient = readIngredient(stanza, id: id)
            ingredients.append(ingredient)
            keys[nameKey] = .init(ingredient: id, kind: .canonical)
            addAliases(of: ingredient, stanza: stanza, nameKey: nameKey)
        }
    }

    private mutating func readIngredient(_ stanza: Stanza, id: Int) -> Ingredient {
        let familyIDs = stanza.list("family")
        for family in familyIDs where families[family] == nil {
            diagnostics.append(
                .init(.error, file: stanza.file, line: stanza.field("family")!.line, "unknown family '\(family)'"))
        }
        let entrySources = stanza.list("sources")
        checkSources(entrySources, of: stanza, field: "sources")
        if !familyIDs.isEmpty && entrySources.isEmpty {
            diagnostics.append(
                .init(
                    .error, file: stanza.file, line: stanza.line,
                    "'\(stanza.header)' claims families but cites no 'sources:'"))
        }
        var ratingConfidence: RatingConfidence?
        if let field = stanza.field("rating-confidence") {
            ratingConfidence = RatingConfidence(parsing: field.value)
            if ratingConfidence == nil {
                diagnostics.append(
                    .init(
                        .error, file: stanza.file, line: field.line,
                        "'rating-confidence' needs 'high', 'medium' or 'low' and a reason, found '\(field.value)'"))
            } else if ratingConfidence?.reason.isEmpty == true {
                diagnostics.append(
                    .init(.warning, file: stanza.file, line: field.line, "'rating-confidence' gives no reason"))
            }
        }
        let comedogenic = ratings("comedogenic", of: stanza)
        let irritancy = ratings("irritancy", of: stanza)
        return Ingredient(
            id: id, name: stanza.header, aliases: stanza.list("aka"), roles: stanza.list("role"),
            families: familyIDs, comedogenic: comedogenic, irritancy: irritancy,
            ratingConfidence: ratingConfidence, sources: entrySources, note: stanza.value("note"), file: stanza.file,
            line: stanza.line)
    }

    private mutating func ratings(_ key: String, of stanza: Stanza) -> [Rating] {
        var ratings: [Rating] = []
        for text in stanza.list(key) {
            guard let rating = Rating(parsing: text) else {
                diagnostics.append(
                    .init(
                        .error, file: stanza.file, line: stanza.field(key)!.line,
                        "malformed \(key) rating '\(text)' (expected 'VALUE SOURCE', value 0-5 or a range like 0-2)"))
                continue
            }
            if sources[rating.source] == nil {
                diagnostics.append(
                    .init(
                        .error, file: stanza.file, line: stanza.field(key)!.line,
                        "unknown source key '\(rating.source)' in \(key) rating"))
            }
            ratings.append(rating)
        }
        return ratings
    }

    private mutating func addAliases(of ingredient: Ingredient, stanza: Stanza, nameKey: String) {
        for alias in ingredient.aliases {
            let key = NameKey.make(alias)
            let line = stanza.field("aka")?.line ?? stanza.line
            if key == nameKey {
                diagnostics.append(
                    .init(
                        .warning, file: stanza.file, line: line,
                        "alias '\(alias)' of '\(ingredient.name)' only differs in case or punctuation"))
            } else if let existing = keys[key], existing.ingredient != ingredient.id {
                let other = ingredients[existing.ingredient]
                diagnostics.append(
                    .init(
                        .error, file: stanza.file, line: line,
                        "alias '\(alias)' of '\(ingredient.name)' already names '\(other.name)' (\(other.file):\(other.line))"
                    ))
            } else if !key.isEmpty {
                keys[key] = .init(ingredient: ingredient.id, kind: .alias)
            }
        }
    }

    /// Names without their parenthesised part (`Butyrospermum Parkii Butter`), unless two ingredients
    /// would share one: then neither gets it, and matching falls back to the full name.
    mutating func addNamesWithoutParentheses() {
        var derived: [String: Int] = [:]
        var ambiguous: Set<String> = []
        for ingredient in ingredients {
            for name in [ingredient.name] + ingredient.aliases where name.utf8.contains(0x28) {
                let key = NameKey.make(ParenthesisStripper.strip(name))
                guard !key.isEmpty, keys[key] == nil else { continue }
                if let other = derived[key], other != ingredient.id {
                    ambiguous.insert(key)
                } else {
                    derived[key] = ingredient.id
                }
            }
        }
        for (key, id) in derived where !ambiguous.contains(key) {
            keys[key] = .init(ingredient: id, kind: .alias)
        }
    }

    /// Language aliases (`aliases/*.txt`): `alias = Canonical Name`, one per line.
    mutating func readLanguageAliases(_ files: [DictionaryFile]) {
        for file in files {
            for (lineNumber, alias, target) in AliasFileParser.parse(file, into: &diagnostics) {
                guard let entry = keys[NameKey.make(target)] else {
                    diagnostics.append(
                        .init(
                            .error, file: file.path, line: lineNumber,
                            "'\(target)' is not an ingredient or alias in ingredients/"))
                    continue
                }
                let key = NameKey.make(alias)
                if let existing = keys[key] {
                    if existing.ingredient != entry.ingredient {
                        let other = ingredients[existing.ingredient]
                        diagnostics.append(
                            .init(
                                .error, file: file.path, line: lineNumber,
                                "'\(alias)' already names '\(other.name)' (\(other.file):\(other.line)), not '\(target)'"
                            ))
                    }
                    continue
                }
                keys[key] = .init(ingredient: entry.ingredient, kind: .alias)
                languageAliases[entry.ingredient, default: []].append(alias)
            }
        }
    }

    /// Overlays (e.g. the CosIng import) add recognition only: a name or alias the dictionary already
    /// has is skipped silently, so the project's own entries always win.
    mutating func readOverlays(_ stanzas: [Stanza]) {
        for stanza in stanzas {
            let key = NameKey.make(stanza.header)
            guard !key.isEmpty, keys[key] == nil else { continue }
            let id = ingredients.count
            let aliases = stanza.list("aka").filter { keys[NameKey.make($0)] == nil }
            ingredients.append(
                Ingredient(
                    id: id, name: stanza.header, aliases: aliases, roles: stanza.list("role"),
                    sources: stanza.list("sources"), note: stanza.value("note"), file: stanza.file, line: stanza.line))
            keys[key] = .init(ingredient: id, kind: .canonical)
            for alias in aliases { keys[NameKey.make(alias)] = .init(ingredient: id, kind: .alias) }
        }
    }

    /// The scoring data, checked against the families and names read before, and the dictionary.
    mutating func finish(scoringStanzas: [Stanza], ingredientStanzas: [Stanza], compositionFiles: [DictionaryFile])
        -> DictionaryLoader.Result
    {
        let scoring = ScoringWeights.parse(scoringStanzas, sources: sources, diagnostics: &diagnostics)
        let keys = self.keys
        let table = self.ingredients
        ScoringDataCheck.check(
            scoringStanzas, families: families,
            canonicalName: ingredientStanzas.isEmpty
                ? nil : { keys[NameKey.make($0)].map { table[$0.ingredient].name } },
            diagnostics: &diagnostics)
        let dictionary = IngredientDictionary(
            ingredients: IngredientTable(ingredients), families: families, sources: sources,
            keys: NameIndex(keys), languageAliases: LazyValue(computed: languageAliases),
            scoring: scoring, compositionFiles: compositionFiles)
        return DictionaryLoader.Result(dictionary: dictionary, diagnostics: diagnostics)
    }
}
