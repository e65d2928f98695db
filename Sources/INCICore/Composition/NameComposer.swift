import Foundation

/// Reads a Korean, Japanese or Chinese label name as the INCI name it was made from, by the rules such
/// names are made by: cut it into morphemes of the language's table (dynamic programming over the
/// printed name), read each as its INCI part, put the parts in INCI order, and accept the result only
/// when it is a registered name (`KnownNames`).
///
/// `소듐라우레스설페이트` → 소듐 Sodium · 라우레스 Laureth · 설페이트 Sulfate → Sodium Laureth Sulfate;
/// `ヒアルロン酸Na` → Sodium Hyaluronate (the acid printed first is read last); `감초뿌리추출물` → one of the
/// licorice species' Root Extract, chosen by how often each species is on real labels and reported as
/// ambiguous. Several registered names from equally likely readings give no answer: unknown is better
/// than a confident wrong name.
package struct NameComposer: Sendable {
    /// A composed name and the ingredient it names.
    package struct Result: Sendable, Hashable {
        package let ingredient: Ingredient
        package let composition: Composition
    }

    /// Each language's table, parsed when a name in its script first needs it.
    let tables: [Language: LazyValue<MorphemeTable?>]
    /// The registered names, read on the first name that needs them.
    var known: KnownNames { lazyKnown.value }
    private let lazyKnown: LazyValue<KnownNames>
    /// Katakana read as registered words, indexed on the first Japanese name the table cannot cut.
    private let lazyTransliteration: LazyValue<KatakanaTransliteration>
    let ingredients: IngredientTable

    /// Longer printed names are not composed (no registered name needs more; bounds the work on hostile input).
    static let maximumLength = 120
    /// Reading steps per name, over all segmentations (each step one prefix look-up).
    static let maximumSteps = 40_000
    /// A species chosen by weight among several must carry at least this share of their weight (real
    /// labels print the most common one; a spread thinner than this says the common name does not tell).
    package static let minimumShare = 0.3

    init(tables: [DictionaryFile], known: @escaping @Sendable () -> KnownNames, ingredients: IngredientTable) {
        var byLanguage: [Language: LazyValue<MorphemeTable?>] = [:]
        for file in tables {
            guard let language = MorphemeTableParser.language(ofPath: file.path) else { continue }
            byLanguage[language] = LazyValue {
                var ignored: [DictionaryDiagnostic] = []
                return MorphemeTableParser.parse(file, into: &ignored)
            }
        }
        self.tables = byLanguage
        let lazyKnown = LazyValue(known)
        self.lazyKnown = lazyKnown
        self.lazyTransliteration = LazyValue { KatakanaTransliteration(names: lazyKnown.value.registeredNames()) }
        self.ingredients = ingredients
    }

    /// The INCI name `printed` composes to, or nil when it is not written in a composed script, cannot be
    /// cut into known morphemes, reads as no registered name, or reads as several equally likely ones.
    /// `language`, the list's (`Language.ofList`), is tried first for a name whose script two languages
    /// share (Han characters alone): on a Chinese list `黄 5` is Yellow 5, on a Japanese one JCIA's 黄5.
    package func compose(_ printed: String, preferring language: Language? = nil) -> Result? {
        if case .named(let result) = read(printed, preferring: language) { return result }
        return nil
    }

    /// What a printed name reads as: a registered name, or a plant extract whose part the label left
    /// unprinted when several registered parts fit it equally and no data tells them apart.
    package enum Reading: Sendable, Hashable {
        case named(Result)
        /// `딜추출물`: Anethum Graveolens, its part unknown (Herb Extract or Seed Extract). The species
        /// is said, the part is not guessed; `alternatives` lists the registered names it could be.
        case partUnknown(Composition)
    }

    /// `compose`, also saying when only the plant's part is unknown (`Reading.partUnknown`). A name
    /// with a part-unknown reading in one spelling still takes a registered name from another.
    package func read(_ printed: String, preferring language: Language? = nil) -> Reading? {
        // A name in Latin letters alone is read only on a list of a composed language (`language`): Asian
        // labels print registered abbreviations the dictionary may not hold (PEG-65M on a Japanese label).
        guard printed.utf8.contains(where: { $0 >= 0x80 }) || language != nil else { return nil }
        var partUnknown: Composition?
        for name in PrintedName.variants(of: printed) {
            guard name.scalarCount > 0, name.scalarCount <= Self.maximumLength else { continue }
            var languages = name.languages
            if languages.isEmpty, let language { languages = [language] }
            if let language, let index = languages.firstIndex(of: language), index > 0 {
                languages.insert(languages.remove(at: index), at: 0)
            }
            for language in languages {
                guard let table = tables[language]?.value else { continue }
                switch compose(name.folded(table.characterFolds), table: table) {
                case .named(let result): return .named(result)
                case .partUnknown(let composition): partUnknown = partUnknown ?? composition
                case nil: break
                }
            }
        }
        return partUnknown.map { .partUnknown($0) }
    }

    // MARK: - Reading

    private struct Candidate {
        let known: KnownNames.Known
        let parts: [Composition.Part]
        let probability: Double
        let pieces: Int
    }

    private func compose(_ name: PrintedName, table: MorphemeTable) -> Reading? {
        var candidates: [Candidate] = []
        var steps = 0
        var segmenter = Segmenter(table: table)
        if table.language == .japanese { segmenter.transliteration = lazyTransliteration.value }
        read(segmenter.segmentations(name), table: table, steps: &steps, into: &candidates)
        // Katakana the table cuts into pieces that make no registered name may still spell one word
        // (カプロオイル is Caprooyl, not カプロ · オイル): read again with transliteration beside the table.
        if candidates.isEmpty, segmenter.transliteration != nil {
            segmenter.transliterateEverywhere = true
            read(segmenter.segmentations(name), table: table, steps: &steps, into: &candidates)
        }
        return choose(candidates, language: table.language)
    }

    private func read(
        _ segmentations: [[Segmenter.Piece]], table: MorphemeTable, steps: inout Int,
        into candidates: inout [Candidate]
    ) {
        for segmentation in segmentations {
            if let fewest = candidates.map(\.pieces).min(), segmentation.count > fewest { break }
            for order in ReadingOrder.orders(segmentation) {
                read(order, table: table, pieces: segmentation.count, steps: &steps, into: &candidates)
            }
        }
    }

    /// Tries every reading of every piece in `order`, keeping a spelling only while some known name
    /// starts with it. After a plant, a part word the label did not print may be implied (`[implied]`);
    /// it counts as a piece, so a name that needs none is preferred.
    private func read(
        _ order: [ReadingOrder.Step], table: MorphemeTable, pieces: Int, steps: inout Int,
        into candidates: inout [Candidate]
    ) {
        let known = self.known
        var spelled: [UInt8] = []
        var parts: [Composition.Part] = []
        var implied = 0
        func walk(_ index: Int, _ probability: Double) {
            if index == order.count {
                if let known = known.find(spelled) {
                    candidates.append(
                        Candidate(known: known, parts: parts, probability: probability, pieces: pieces + implied))
                }
                return
            }
            let (piece, movedLast) = order[index]
            for option in Self.options(piece, movedLast: movedLast, after: parts.last?.reads) {
                steps += 1
                if steps > Self.maximumSteps { return }
                let mark = spelled.count
                spelled += option.compact
                if option.compact.isEmpty || known.hasPrefix(spelled) {
                    parts.append(
                        Composition.Part(
                            printed: piece.printed, reads: option.reads,
                            rule: piece.morpheme.map { $0.line > 0 ? "\($0.file):\($0.line)" : $0.file },
                            movedLast: movedLast))
                    walk(index + 1, probability * option.share)
                    // A plant named by its common name may leave its part unprinted. After a Latin binomial the
                    // label prints, only an oil or a butter implies one (芝麻(SESAMUM INDICUM)油 → Sesamum Indicum
                    // Seed Oil: it is pressed from a part, which INCI names); an extract may be of the whole
                    // plant (山药(DIOSCOREA OPPOSITA)提取物 is not its root's extract).
                    let isPlant =
                        piece.morpheme?.kind == .plant
                        || (piece.morpheme == nil && index + 1 < order.count
                            && Segmenter.latinKind(piece.printed.unicodeScalars.first!) == 2
                            && Self.isPressed(order[index + 1].piece))
                    if isPlant, index + 1 < order.count, implied == 0 {
                        for part in table.impliedParts {
                            let partMark = spelled.count
                            spelled += part.compact
                            if known.hasPrefix(spelled) {
                                implied += 1
                                parts.append(
                                    Composition.Part(printed: "", reads: part.name ?? "", rule: nil, movedLast: false))
                                walk(index + 1, probability * option.share)
                                parts.removeLast()
                                implied -= 1
                            }
                            spelled.removeSubrange(partMark...)
                        }
                    }
                    parts.removeLast()
                }
                spelled.removeSubrange(mark...)
            }
        }
        walk(0, 1)
    }

    /// An oil or a butter: what is pressed from a plant's part.
    private static func isPressed(_ piece: Segmenter.Piece) -> Bool {
        piece.morpheme?.readings.contains { $0.name == "Oil" || $0.name == "Butter" } ?? false
    }

    private struct Option {
        let reads: String
        let compact: [UInt8]
        let share: Double
    }

    /// A piece's readings with their share of its weight (1 each when the table gives no weights); a part
    /// the piece before already names may also read as nothing (葛根根部萃取物: 葛根 is kudzu root, and the
    /// root printed again is not a second root).
    private static func options(_ piece: Segmenter.Piece, movedLast: Bool, after previous: String?) -> [Option] {
        let options = options(piece, movedLast: movedLast)
        guard piece.morpheme?.kind == .part, let previous,
            options.contains(where: { !$0.reads.isEmpty && previous.hasSuffix(" " + $0.reads) })
        else { return options }
        return options + [Option(reads: "", compact: [], share: 1)]
    }

    private static func options(_ piece: Segmenter.Piece, movedLast: Bool) -> [Option] {
        guard let morpheme = piece.morpheme else {
            return [Option(reads: piece.printed.uppercased(), compact: Array(piece.printed.utf8), share: 1)]
        }
        let weighted = morpheme.readings.contains { $0.weight != nil }
        let total = morpheme.readings.reduce(0) { $0 + ($1.weight ?? 1) }
        var options: [Option] = []
        for reading in morpheme.readings {
            let share = weighted && total > 0 ? (reading.weight ?? 1) / total : 1
            switch morpheme.kind {
            case .part, .plant, .cation:
                options.append(Option(reads: reading.name ?? "", compact: reading.compact, share: share))
            case .anion:
                if !movedLast, let acid = reading.name {
                    options.append(Option(reads: acid, compact: reading.compact, share: share))
                }
                if let salt = reading.salt {
                    options.append(Option(reads: salt, compact: reading.saltCompact, share: share))
                }
            }
        }
        return options
    }

    /// The most likely registered name among readings of the fewest pieces: the name with the largest
    /// summed probability (the species most often on real labels), if it carries at least `minimumShare`
    /// of all. Equally likely names are told apart only by data: the one the dictionary holds (names it
    /// holds were seen on real labels) over names only registered; otherwise there is no answer.
    private func choose(_ candidates: [Candidate], language: Language) -> Reading? {
        guard let fewest = candidates.map(\.pieces).min() else { return nil }
        var names: [(known: KnownNames.Known, probability: Double, best: Candidate)] = []
        for candidate in candidates where candidate.pieces == fewest {
            if let index = names.firstIndex(where: { $0.known == candidate.known }) {
                let best = candidate.probability > names[index].best.probability ? candidate : names[index].best
                names[index] = (candidate.known, names[index].probability + candidate.probability, best)
            } else {
                names.append((candidate.known, candidate.probability, candidate))
            }
        }
        func inDictionary(_ known: KnownNames.Known) -> Bool {
            if case .dictionary = known { return true }
            return false
        }
        names.sort {
            if $0.probability != $1.probability { return $0.probability > $1.probability }
            if inDictionary($0.known) != inDictionary($1.known) { return inDictionary($0.known) }
            return name($0.known) < name($1.known)
        }
        let total = names.reduce(0) { $0 + $1.probability }
        guard let top = names.first, total > 0 else { return nil }
        let share = top.probability / total
        if names.count > 1 {
            let tied = names.filter { $0.probability == top.probability }
            if tied.count > 1 && tied.filter({ inDictionary($0.known) }).count != 1 {
                return partUnknown(tied.map(\.best), language: language)
            }
            if tied.count == 1 && share < Self.minimumShare { return nil }
        }
        let ingredient = ingredient(top.known)
        let composition = Composition(
            language: language, name: ingredient.name, parts: top.best.parts,
            alternatives: names.dropFirst().map { name($0.known) }, share: (share * 100).rounded() / 100)
        return .named(Result(ingredient: ingredient, composition: composition))
    }

    /// Equally likely readings that differ only in a part the label did not print (one plant, one
    /// preparation): the plant with its part unknown, and the registered names it could be. Readings that
    /// differ in anything printed (two species of one common name) stay unknown without a plant.
    private func partUnknown(_ readings: [Candidate], language: Language) -> Reading? {
        guard let first = readings.first,
            let implied = first.parts.firstIndex(where: { $0.printed.isEmpty && !$0.reads.isEmpty }),
            implied > 0
        else { return nil }
        func printedReadings(_ candidate: Candidate) -> [String] {
            candidate.parts.enumerated().filter { $0.offset != implied }.map {
                "\($0.element.printed)=\($0.element.reads)"
            }
        }
        let shared = printedReadings(first)
        guard
            readings.allSatisfy({
                $0.parts.count == first.parts.count && $0.parts[implied].printed.isEmpty
                    && printedReadings($0) == shared
            })
        else { return nil }
        var parts = first.parts
        parts[implied] = Composition.Part(
            printed: "", reads: Composition.Part.unknownPart, rule: nil, movedLast: false)
        let alternatives = readings.map { name($0.known) }.sorted()
        let words = parts.map(\.reads).filter { !$0.isEmpty }
        return .partUnknown(
            Composition(
                language: language, name: words.joined(separator: " "), parts: parts, alternatives: alternatives,
                share: 0))
    }

    private func name(_ known: KnownNames.Known) -> String {
        switch known {
        case .dictionary(let id): ingredients[id].name
        case .registered(let name, _): LabelCase.titleCaseIfShouting(name)
        }
    }

    /// The dictionary's ingredient, or a recognition-only one for a CosIng name the dictionary does not
    /// describe (its id past the dictionary's, unique per names-file line).
    private func ingredient(_ known: KnownNames.Known) -> Ingredient {
        switch known {
        case .dictionary(let id):
            return ingredients[id]
        case .registered(let name, let line):
            return Ingredient(
                id: ingredients.count + line, name: LabelCase.titleCaseIfShouting(name), sources: ["cosing"],
                note: "Registered INCI name (CosIng inventory); inci has no facts about it beyond its name.",
                file: self.known.cosingPath, line: line)
        }
    }
}
