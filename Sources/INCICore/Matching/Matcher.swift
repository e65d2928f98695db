/// Resolves tokens against the dictionary: tokens → matched ingredients.
///
/// Order of attempts, first hit wins: the whole name; the name without its parenthesised parts
/// (`Aqua (Water)` → `Aqua`); a slash group whose parts all name one ingredient (`Water/Aqua/Eau`,
/// `Parfum/Fragrance` — but `Caprylic/Capric Triglyceride` already matched whole); a parenthesised
/// synonym (`Eau (Water)` → `Water`); a Korean, Japanese or Chinese name composed from its morphemes
/// (`Matcher+Composition`); and last a fuzzy match for misspellings.
public struct Matcher: Sendable {
    public let dictionary: IngredientDictionary

    public init(dictionary: IngredientDictionary) {
        self.dictionary = dictionary
    }

    /// The result of resolving one printed name.
    public struct Resolution: Sendable, Hashable {
        public let match: MatchKind
        public let ingredient: Ingredient?
        public let confidence: Double
        public let matchedName: String?
        /// How the name was composed, when it was (`match` is then `alias`).
        public var composition: Composition? = nil
        /// For an unknown name: the dictionary names close to it that `MisspellingRule` would not read
        /// it as (too far, a known word changed, or two equally close), nearest first.
        public var suggestions: [String] = []
    }

    /// `fuzzy: false` skips the last, costly attempt (a lookup against every name of similar length):
    /// callers that only need to know whether a text is mostly ingredients try it for the likely ones
    /// with `match(_:)`.
    /// `language`: the list's (`Language.ofList`), which decides a name Chinese and Japanese write alike.
    public func match(_ token: Token, fuzzy: Bool = true, language: Language? = nil) -> MatchedIngredient {
        matched(token, resolve(token.text, fuzzy: fuzzy, language: language), fuzzy: fuzzy)
    }

    /// The tokens of one list, each read in the list's language.
    public func match(_ tokens: [Token], fuzzy: Bool = true) -> [MatchedIngredient] {
        let language = Language.ofList(tokens.lazy.map(\.text))
        return tokens.map { match($0, fuzzy: fuzzy, language: language) }
    }

    public func resolve(_ name: String, fuzzy: Bool = true, language: Language? = nil) -> Resolution {
        if let resolution = resolveExactly(name) ?? resolveComposed(name, language: language)
            ?? resolveParenthesisedSynonym(name) ?? resolveColourIndexMisread(name) ?? resolveUSColourName(name)
        {
            return resolution
        }
        if fuzzy {
            let reading = readMisspelling(name)
            if let resolution = reading.resolution { return resolution }
            return Resolution(
                match: .unknown, ingredient: nil, confidence: 0, matchedName: nil, suggestions: reading.suggestions)
        }
        return Resolution(match: .unknown, ingredient: nil, confidence: 0, matchedName: nil)
    }

    private func matched(_ token: Token, _ resolution: Resolution, fuzzy: Bool) -> MatchedIngredient {
        MatchedIngredient(
            token: token, match: resolution.match, ingredient: resolution.ingredient,
            confidence: resolution.confidence, matchedName: resolution.matchedName, composition: resolution.composition,
            components: components(of: token, head: resolution.ingredient, fuzzy: fuzzy),
            suggestions: resolution.suggestions)
    }

    /// The token's bracketed names, resolved; none when every one names the head ingredient itself
    /// (`Aqua (Water, Eau)` lists other names, not components).
    private func components(of token: Token, head: Ingredient?, fuzzy: Bool) -> [MatchedIngredient.Component] {
        guard !token.components.isEmpty else { return [] }
        let resolved = token.components.map { name in (name, resolve(name, fuzzy: fuzzy)) }
        if let head, resolved.allSatisfy({ $0.1.ingredient?.id == head.id }) { return [] }
        return resolved.map { printed, resolution in
            MatchedIngredient.Component(
                name: resolution.ingredient?.name ?? LabelCase.titleCaseIfShouting(printed),
                printed: printed, match: resolution.match)
        }
    }

    /// The listed-name attempts: whole name (or with its initials joined: `C.I. 77891` is CI 77891), without
    /// its parenthesised parts, alias groups.
    private func resolveExactly(_ name: String) -> Resolution? {
        let key = NameKey.make(name)
        if let entry = dictionary.keys[key] {
            return found(entry, kind: entry.kind == .canonical ? .exact : .alias, matched: name)
        }
        if let joined = Self.joiningInitials(key), let entry = dictionary.keys[joined] {
            return found(entry, kind: .alias, matched: name)
        }
        let hasParentheses = name.utf8.contains { $0 == 0x28 || $0 == 0x5B }
        let stripped = hasParentheses ? ParenthesisStripper.strip(name) : name
        if hasParentheses, let entry = dictionary.keys[NameKey.make(stripped)] {
            return found(entry, kind: .alias, matched: stripped.trimmingWhitespace())
        }
        for candidate in hasParentheses ? [name, stripped] : [name] where candidate.utf8.contains(0x2F) {
            if let resolution = resolveAliasGroup(candidate) { return resolution }
        }
        return nil
    }

    /// `D&C Green No. 5` as `Green 5`, `Ext. D&C Violet No. 2` as `Ext. Violet 2` (`USColourName`).
    private func resolveUSColourName(_ name: String) -> Resolution? {
        guard name.utf8.contains(0x26) else { return nil }  // `&`
        for key in USColourName.shortKeys(NameKey.make(name)) {
            if let entry = dictionary.keys[key] { return found(entry, kind: .alias, matched: name) }
        }
        return nil
    }

    /// A parenthesised synonym (`Eau (Water)` → Water); tried after composition, as in 葡萄（VITIS VINIFERA）籽油
    /// the bracket names only the plant and the whole name composes to its seed oil.
    private func resolveParenthesisedSynonym(_ name: String) -> Resolution? {
        guard name.utf8.contains(where: { $0 == 0x28 || $0 == 0x5B }) else { return nil }
        for printed in ParenthesisStripper.groups(name) {
            // `MCT (100% pure Fractionated Coconut Oil)`: the synonym after its purity claim.
            for group in [printed, ItemCleaner.withoutPurityClaim(printed)].compactMap({ $0 }) {
                if let entry = dictionary.keys[NameKey.make(group)] {
                    return found(entry, kind: .alias, matched: group)
                }
            }
        }
        return nil
    }

    /// The dictionary name the printed one is a misspelling of: the first of `misspellingReadings`
    /// at or above the one fuzzy threshold (`fuzzy-minimum-confidence`); otherwise none, and the near
    /// names as suggestions.
    func readMisspelling(_ name: String) -> (resolution: Resolution?, suggestions: [String]) {
        // A registered INCI name is that ingredient, however close it is to one the dictionary holds
        // (Sodium Ethylparaben is no misprint of Sodium Methylparaben): unknown to inci, never another's facts.
        if dictionary.knownNames.isRegisteredOnly(Array(CompactKey.make(name).utf8)) { return (nil, []) }
        let (readings, suggestions) = misspellingReadings(name)
        guard let reading = readings.first(where: { $0.confidence >= dictionary.scoring.fuzzyMinimumConfidence }) else {
            return (nil, suggestions)
        }
        let ingredient = dictionary.ingredients[reading.ingredient]
        return (
            Resolution(
                match: .fuzzy, ingredient: ingredient, confidence: reading.confidence, matchedName: ingredient.name), []
        )
    }

    /// One way to read a printed name as a misspelt dictionary name, and `MisspellingRule`'s confidence in it.
    public struct MisspellingReading: Sendable, Hashable {
        /// Index into `dictionary.ingredients`.
        public let ingredient: Int
        public let confidence: Double
    }

    /// The readings of a name as a misspelling, before the threshold: for the whole name, then for the
    /// name without its parenthesised parts, the nearest dictionary name when it is the only one that
    /// near (two ingredients equally near could either be meant), judged by `MisspellingRule`; and the
    /// near names, nearest first, as suggestions.
    /// - Parameters:
    ///   - name: the name as printed.
    ///   - wordCount: the vocabulary to judge with (default: the dictionary's); the calibration passes the
    ///     vocabulary without the name it tests.
    public func misspellingReadings(_ name: String, wordCount: ((Substring) -> Int)? = nil)
        -> (readings: [MisspellingReading], suggestions: [String])
    {
        let hasParentheses = name.utf8.contains { $0 == 0x28 || $0 == 0x5B }
        let key = NameKey.make(name)
        var readings: [MisspellingReading] = []
        var suggestions: [String] = []
        for query in hasParentheses ? [key, NameKey.make(ParenthesisStripper.strip(name))] : [key] {
            let nearest = dictionary.fuzzyIndex.nearest(forKey: query)
            guard let best = nearest.first else { continue }
            for match in nearest.prefix(Self.suggestionCount)
            where !suggestions.contains(dictionary.ingredients[match.ingredient].name) {
                suggestions.append(dictionary.ingredients[match.ingredient].name)
            }
            guard nearest.dropFirst().first?.distance != best.distance else { continue }
            let verdict: MisspellingRule.Verdict
            if let wordCount {
                verdict = MisspellingRule.judge(query: query, candidate: best.key, wordCount: wordCount)
            } else {
                let vocabulary = dictionary.vocabulary
                verdict = MisspellingRule.judge(query: query, candidate: best.key) { vocabulary.count(of: $0) }
            }
            readings.append(MisspellingReading(ingredient: best.ingredient, confidence: verdict.confidence))
        }
        return (readings, suggestions)
    }

    /// How sure a misread Colour Index prefix is read as `CI`: one letter of two, before a five-digit number
    /// that only the Colour Index prints so, but still a correction of what was printed.
    static let colourIndexMisreadConfidence = 0.95

    /// `Cl 42090`, `C1 77891`: the I of `CI` read (by OCR, or typed) as a lower-case L or a one before a Colour
    /// Index number, five digits (with a `:1` suffix or not). Read as that CI number, a misspelling.
    private func resolveColourIndexMisread(_ name: String) -> Resolution? {
        let key = NameKey.make(name)
        // The key splits letters from digits: `C1 77891` is `c 1 77891`.
        guard key.hasPrefix("cl ") || key.hasPrefix("c 1 ") else { return nil }
        let number = key.dropFirst(key.hasPrefix("cl ") ? 3 : 4)
        guard number.prefix(5).count == 5, number.prefix(5).allSatisfy({ $0.isASCII && $0.isNumber }),
            number.dropFirst(5).allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == " " }),
            let entry = dictionary.keys["ci " + number]
        else { return nil }
        let ingredient = dictionary.ingredients[entry.ingredient]
        return Resolution(
            match: .fuzzy, ingredient: ingredient, confidence: Self.colourIndexMisreadConfidence,
            matchedName: ingredient.name)
    }

    /// A name key with its runs of single letters joined into one word (`c i 77891` → `ci 77891`, from
    /// `C.I. 77891`; `u s p` → `usp`): an initialism printed with periods. Nil when it has none.
    package static func joiningInitials(_ key: String) -> String? {
        let words = key.split(separator: " ")
        var joined: [String] = []
        var run = ""
        var changed = false
        for word in words {
            if word.count == 1, word.first?.isLetter == true {
                if !run.isEmpty { changed = true }
                run += word
                continue
            }
            if !run.isEmpty { joined.append(run) }
            run = ""
            joined.append(String(word))
        }
        if !run.isEmpty { joined.append(run) }
        return changed ? joined.joined(separator: " ") : nil
    }

    /// How many near names an unknown name suggests.
    static let suggestionCount = 3

    /// `Water/Aqua/Eau` → Water when every part names the same ingredient. A part the dictionary does
    /// not know is accepted only when it reads as a translation or common name of a known part: French
    /// label words (`Extrait D'Orge`, `Huile Minérale`) or the same last word (`Curcuma Longa Root
    /// Extract/Turmeric Root Extract`). `Glyceryl Behenate/Eicosadioate` is therefore not Glyceryl Behenate.
    private func resolveAliasGroup(_ name: String) -> Resolution? {
        let parts = ParenthesisStripper.splitOutside(name, separator: "/")
        guard parts.count >= 2 else { return nil }
        var known: [(entry: IngredientDictionary.KeyEntry, part: String)] = []
        var unknownParts: [String] = []
        for part in parts {
            let entry =
                dictionary.keys[NameKey.make(part)] ?? dictionary.keys[NameKey.make(ParenthesisStripper.strip(part))]
            if let entry { known.append((entry, part)) } else { unknownParts.append(part) }
        }
        guard let found = known.first(where: { isColourIndex($0.entry) }) ?? known.first else { return nil }
        for other in known where other.entry.ingredient != found.entry.ingredient {
            // `CI 77499/Iron Oxides`: a Colour Index number and a colour name are one colourant.
            guard isColourIndex(found.entry), isColourant(other.entry) else { return nil }
        }
        let knownLastWord = Self.lastWord(found.part)
        for part in unknownParts {
            let isTranslation = Self.translationWords.contains {
                NameKey.make(part).split(separator: " ").contains(Substring($0))
            }
            guard isTranslation || (knownLastWord != nil && Self.lastWord(part) == knownLastWord) else { return nil }
        }
        return self.found(found.entry, kind: .alias, matched: found.part)
    }

    private func isColourIndex(_ entry: IngredientDictionary.KeyEntry) -> Bool {
        // `CI` and five digits; compared by hand, as a regex literal is rebuilt at every use.
        let name = Array(dictionary.ingredients[entry.ingredient].name.utf8)
        return name.count == 8 && name.starts(with: Array("CI ".utf8))
            && name[3...].allSatisfy { (0x30...0x39).contains($0) }
    }

    private func isColourant(_ entry: IngredientDictionary.KeyEntry) -> Bool {
        dictionary.ingredients[entry.ingredient].roles.contains { $0.hasPrefix("colo") }
    }

    /// Words of French, German and Spanish label names, as `NameKey` words.
    static let translationWords: Set<String> = [
        "extrait", "huile", "eau", "cire", "beurre", "proteine", "de", "d",
        "du", "des", "racine", "feuille", "fleur", "graine", "minerale",
        "parfum", "aceite", "extracto", "ol", "wasser", "auszug",
    ]

    private static func lastWord(_ name: String) -> Substring? {
        let words = NameKey.make(ParenthesisStripper.strip(name)).split(separator: " ")
        guard words.count >= 2 else { return nil }
        return words.last
    }

    private func found(_ entry: IngredientDictionary.KeyEntry, kind: MatchKind, matched: String) -> Resolution {
        Resolution(
            match: kind, ingredient: dictionary.ingredients[entry.ingredient], confidence: 1, matchedName: matched)
    }
}
