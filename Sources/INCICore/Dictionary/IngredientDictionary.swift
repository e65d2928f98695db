/// The loaded knowledge base: ingredients, their families and the bibliography, indexed for matching.
///
/// Built by `DictionaryLoader` from `Dictionaries/` text, or read from a `CompiledDictionary`;
/// immutable and safe to share across threads.
public struct IngredientDictionary: Sendable {
    /// How a name key relates to its ingredient.
    public enum KeyKind: Sendable, Hashable {
        /// The canonical INCI name.
        case canonical
        /// A listed alias, a language alias, or a name without its parenthesised part.
        case alias
    }

    public struct KeyEntry: Sendable, Hashable {
        public let ingredient: Int
        public let kind: KeyKind
    }

    public let ingredients: IngredientTable
    public let families: [String: Family]
    public let sources: [String: Source]
    /// Every known name key (see `NameKey`) → its ingredient.
    public let keys: NameIndex
    /// Language aliases (`aliases/<lang>.txt`) per ingredient id, for `inci explain`.
    public var languageAliases: [Int: [String]] { lazyLanguageAliases.value }
    /// The scorer's weights (`scoring/*.txt`).
    public let scoring: ScoringWeights
    /// Composes Korean, Japanese and Chinese label names from `languages/*.txt`; built on the first name
    /// that needs it (most labels need none).
    package var composer: NameComposer { lazyComposer.value }
    private let lazyLanguageAliases: LazyValue<[Int: [String]]>
    private let lazyComposer: LazyValue<NameComposer>
    /// Every registered name (the dictionary's and the CosIng inventory's), read in place on first use.
    var knownNames: KnownNames { lazyKnownNames.value }
    private let lazyKnownNames: LazyValue<KnownNames>
    /// Builds its buckets on the first misspelt name of each first letter: most labels match exactly.
    let fuzzyIndex: FuzzyIndex
    /// The words of every known and registered name, for `MisspellingRule`; built on the first misspelt name.
    package var vocabulary: NameVocabulary { lazyVocabulary.value }
    private let lazyVocabulary: LazyValue<NameVocabulary>

    init(
        ingredients: IngredientTable, families: [String: Family], sources: [String: Source],
        keys: NameIndex, languageAliases: LazyValue<[Int: [String]]>, scoring: ScoringWeights,
        compositionFiles: [DictionaryFile]
    ) {
        self.scoring = scoring
        self.ingredients = ingredients
        self.families = families
        self.sources = sources
        self.keys = keys
        self.lazyLanguageAliases = languageAliases
        self.fuzzyIndex = FuzzyIndex(keys: keys)
        let names = compositionFiles.first { $0.path == "names/cosing.txt" }
        self.lazyVocabulary = LazyValue { NameVocabulary(keys: keys, cosing: names) }
        let lazyKnownNames = LazyValue { KnownNames(keys: keys, cosing: names) }
        self.lazyKnownNames = lazyKnownNames
        self.lazyComposer = LazyValue {
            NameComposer(
                tables: compositionFiles.filter { $0.path.hasPrefix("languages/") },
                known: { lazyKnownNames.value }, ingredients: ingredients)
        }
    }

    /// Files the composer reads rather than the loader: morpheme tables and the registered-names list.
    static func isCompositionFile(_ path: String) -> Bool {
        path.hasPrefix("languages/") || path.hasPrefix("names/")
    }

    /// The ingredient whose name or alias has this key.
    public func entry(forKey key: String) -> KeyEntry? { keys[key] }

    /// The ingredient with this exact name or alias (any case, punctuation or spacing).
    public func ingredient(named name: String) -> Ingredient? {
        keys[NameKey.make(name)].map { ingredients[$0.ingredient] }
    }

    /// Families of an ingredient, resolved; unknown ids are skipped (lint reports them).
    public func families(of ingredient: Ingredient) -> [Family] {
        ingredient.families.compactMap { families[$0] }
    }
}
