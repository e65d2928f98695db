/// Tells label prose (marketing claims, disclaimers, "Visit the … boutique") from ingredient names.
///
/// INCI names never use English function words; prose is full of them. A sentence is prose when its
/// function words are dense relative to its comma-separated parts, so a 40-item list with one "with"
/// stays a list while "Clean at Sephora is formulated without parabens, sulfates, …" does not.
enum ProseDetector {
    static let functionWords: Set<String> = [
        "the", "a", "an", "your", "you", "our", "we", "us", "is", "are", "was", "were", "be", "been", "to",
        "for", "with", "that", "this", "these", "those", "it", "its", "from", "by", "in", "on", "as", "at",
        "or", "not", "can", "may", "will", "which", "have", "has", "made", "please", "visit", "boutique",
        "refer", "helps", "help", "formulated", "product", "products", "list", "lists", "vary", "package",
        "receive", "without", "more", "also", "than", "all", "while", "into", "up", "date", "contains",
        "free", "used", "apply", "skin's", "appearance", "reduce", "reduces", "leaves",
        "leave", "gently", "helping", "provide", "provides", "keep", "keeps", "ingredients", "ingredient", "if",
        "when",
        // The same kind of words in the other languages labels print prose in (marketing and directions after a
        // list or instead of one: "Aplique nos cabelos molhados", "Descubra a nova fórmula, … com tecnologia"):
        // articles, pronouns and prepositions that no INCI name or common ingredient name uses.
        "nos", "nas", "seus", "suas", "para", "com", "uma", "sem", "pelo", "pela", "los", "las", "del", "con", "sus",
        "una", "por", "usted", "per", "nel", "nella", "sono", "della", "les", "pour", "avec", "sur", "une", "vos",
        "votre", "est", "dans", "und", "mit", "der", "die", "das", "ist", "auf", "ihre", "ihr", "bei", "sie",
        // Polish, Dutch and Turkish shop descriptions above a list (`Kojący szampon MURKY zawiera ekstrakt z piołunu,
        // … oraz azeloglicynę`): conjunctions, pronouns, prepositions and "contains".
        "oraz", "dla", "jest", "lub", "przez", "nie", "jego", "jej", "ich", "aby", "zawiera", "het", "een", "voor",
        "met", "zijn", "wordt", "niet", "ook", "uw", "bir", "ile", "olan", "gibi",
    ]

    /// Function words with letters outside ASCII (`após`, `für`, `être`), scored as `functionWords` are.
    static let nonASCIIFunctionWords: Set<String> = [
        "após", "você", "está", "são", "também", "através", "más", "también", "después", "für", "über",
        "être", "après", "così", "più", "già", "się", "są", "także", "również", "który", "która", "które", "dzięki",
        "zawierają", "için", "для", "это", "или", "при",
    ]

    /// Pronouns that only sentences use (`Our finest shampoo.`, `Try it today.`): a short sentence of three
    /// words with one is prose.
    static let pronouns: Set<String> = ["you", "your", "our", "we", "us", "it", "my"]

    /// Verbs that name no ingredient ever: they count twice.
    static let verbs: Set<String> = [
        "is", "are", "was", "were", "be", "been", "can", "will", "do", "does", "not", "has", "have",
    ]
    /// Lower-case connectives: INCI names print them capitalized if at all ("Extract Of …"), prose in
    /// lower case. All-caps lists print them in capitals and are not affected. With "and" in the languages
    /// labels print sentences in (Slavic `i`/`и`/`і`/`та`, Greek `και`, Indonesian `dan`, Vietnamese `và`,
    /// Turkish `ve`, Scandinavian `og`/`och`, French `et`).
    static let lowercaseConnectives: Set<String> = [
        "and", "of", "or", "plus", "including", "such", "i", "и", "і", "та", "και", "dan", "và", "ve", "og", "och",
        "et",
    ]

    /// Prepositions, pronouns and auxiliaries of the sentences labels print after a list (directions, storage,
    /// origin) in Slavic languages, Greek, Indonesian and Vietnamese, counted only as printed in lower case:
    /// some are also a symbol or part of a name in capitals (`Na-PCA`, `Vitamin E`).
    static let lowercaseFunctionWords: Set<String> = [
        "na", "za", "se", "je", "od", "ili", "nakon", "prije", "koji", "koja", "koje", "u", "v", "z", "s", "po",
        "pro", "nebo", "jako", "yang", "untuk", "dengan", "pada", "dari", "atau", "akan", "tidak", "dapat", "ini",
        "itu", "adalah", "в", "на", "не", "по", "от", "с", "з", "від", "після", "σε", "με", "για", "την", "της",
        "του", "από", "στην", "στο", "στη", "να", "θα", "είναι", "τα", "τον", "của", "cho", "với", "là", "các",
        "những", "được", "không", "này", "để", "khi", "trên", "trong",
    ]

    /// Words of a text outside parentheses, as printed.
    static func words(_ text: some StringProtocol) -> [Substring] {
        let stripped = ParenthesisStripper.strip(String(text))
        return stripped.split(whereSeparator: { !($0.isLetterFast || $0 == "'" || $0.isNumberFast) })
    }

    static func functionWordCount(_ words: [Substring]) -> Int {
        words.reduce(0) { count, word in
            if lowercaseConnectives.contains(String(word)) { return count + 1 }
            let lower = word.lowercased()
            if verbs.contains(lower) { return count + 2 }
            return count
                + (functionWords.contains(lower) || nonASCIIFunctionWords.contains(lower)
                    || lowercaseFunctionWords.contains(String(word)) ? 1 : 0)
        }
    }

    /// Whether a sentence (split into its list parts) reads as prose. Lower-case connectives alone do
    /// not make a list of several items prose, nor several of them one item: `Aqua, Phenoxyethanol and
    /// Caprylyl Glycol and Sorbic Acid, Glycerin` is a list.
    static func isProse(parts: [String]) -> Bool {
        let partCounts = parts.map(wordCounts)
        let allWords = partCounts.reduce(0) { $0 + $1.words }
        let function = partCounts.reduce(0) { $0 + $1.function }
        let connectives = partCounts.reduce(0) { $0 + $1.connectives }
        // A long sentence in lower case, in any language: no name has eight words, most in lower case
        // ("Valmistus pannulla: Paista jäisiä leikkeitä kuumalla pannulla …").
        if parts.count == 1, allWords >= 8 {
            let words = words(parts[0])
            if words.count(where: { $0.first?.isLowercase == true }) * 2 > words.count { return true }
        }
        // Several names joined by "and" (one "and" in a lone part is read as before: a phrase).
        if function == connectives, parts.count > 1 || connectives >= 2 {
            return parts.count > 1 && partCounts.filter { $0.words >= 9 }.count * 2 > parts.count
        }
        if parts.count <= 1 {
            return (function >= 1 && allWords >= 4) || function >= 2
                || (allWords >= 3 && words(parts[0]).contains { pronouns.contains($0.lowercased()) })
        }
        // Many long parts read as sentences, not names.
        let longParts = partCounts.filter { $0.words >= 9 }.count
        if longParts * 2 > parts.count { return true }
        return function >= 2 && Double(function) / Double(parts.count) >= 0.3
    }

    /// How many words a part has outside parentheses, and its `functionWordCount`. ASCII text (most
    /// parts) is read as bytes, its words scored as `FunctionWordKey`s; other text takes `words`.
    static func wordCounts(_ part: String) -> (words: Int, function: Int, connectives: Int) {
        var part = part
        let counts = part.withUTF8 { bytes -> (words: Int, function: Int, connectives: Int)? in
            // A CR LF pair is one Character: leave it to the general path.
            guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            return asciiWordCounts(bytes)
        }
        if let counts { return counts }
        let words = words(part)
        return (words.count, functionWordCount(words), words.count { lowercaseConnectives.contains(String($0)) })
    }

    /// `wordCounts` of ASCII text: `ParenthesisStripper.strip` and the split of `words`, fused into one
    /// pass that skips bracketed text (when the brackets balance, as `strip` requires).
    private static func asciiWordCounts(_ bytes: UnsafeBufferPointer<UInt8>) -> (
        words: Int, function: Int, connectives: Int
    ) {
        var depth = 0
        for byte in bytes {
            if byte == 0x28 || byte == 0x5B {
                depth += 1
            } else if (byte == 0x29 || byte == 0x5D) && depth > 0 {
                depth -= 1
            }
        }
        let strips = depth == 0
        depth = 0
        var words = 0
        var function = 0
        var connectives = 0
        var word = FunctionWordKey()
        var inWord = false
        for byte in bytes {
            if strips {
                if byte == 0x28 || byte == 0x5B {
                    depth += 1
                    continue
                }
                if byte == 0x29 || byte == 0x5D, depth > 0 {
                    depth -= 1
                    continue
                }
                if depth > 0 { continue }
            }
            let isWordByte = (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte == 0x27
            if isWordByte {
                if !inWord {
                    inWord = true
                    words += 1
                    word = FunctionWordKey()
                }
                word.append(byte)
            } else if inWord {
                inWord = false
                function += word.score
                if word.isConnective { connectives += 1 }
            }
        }
        if inWord {
            function += word.score
            if word.isConnective { connectives += 1 }
        }
        return (words, function, connectives)
    }

    /// An ASCII word packed into an integer as it is read (five bits a letter, lower-cased), with
    /// whether it had capitals: compared with the packed word lists instead of hashing a `String`.
    struct FunctionWordKey {
        private(set) var packed: UInt64 = 0
        private var length = 0
        private var unpackable = false
        private var hasCapital = false

        /// The longest word that packs: 12 letters of five bits fit in 64 bits.
        static let maximumLength = 12

        init() {}

        init?(_ word: String) {
            for byte in word.utf8 { append(byte) }
            if unpackable { return nil }
        }

        mutating func append(_ byte: UInt8) {
            length += 1
            let code: UInt64
            switch byte {
            case 0x61...0x7A: code = UInt64(byte - 0x60)
            case 0x41...0x5A:
                code = UInt64(byte - 0x40)
                hasCapital = true
            case 0x27: code = 27
            default:
                unpackable = true
                return
            }
            if length > Self.maximumLength { unpackable = true } else { packed = packed << 5 | code }
        }

        /// A lower-case connective (`and`, `or`): scored 1, but alone it does not make prose.
        var isConnective: Bool { !unpackable && !hasCapital && Self.connectives.contains(packed) }

        /// As `functionWordCount` scores the word.
        var score: Int {
            if unpackable { return 0 }
            if !hasCapital, Self.connectives.contains(packed) { return 1 }
            if Self.verbs.contains(packed) { return 2 }
            if Self.functionWords.contains(packed) { return 1 }
            return !hasCapital && Self.lowercaseFunctionWords.contains(packed) ? 1 : 0
        }

        /// Packed words, sorted for a binary search: cheaper than hashing, for a few dozen words.
        struct Keys {
            private let sorted: [UInt64]

            init(_ words: Set<String>) {
                sorted = words.map { word in
                    guard let key = FunctionWordKey(word) else { preconditionFailure("'\(word)' does not pack") }
                    return key.packed
                }.sorted()
            }

            func contains(_ key: UInt64) -> Bool {
                var low = 0
                var high = sorted.count
                while low < high {
                    let middle = (low + high) / 2
                    if sorted[middle] < key { low = middle + 1 } else { high = middle }
                }
                return low < sorted.count && sorted[low] == key
            }
        }

        private static let connectives = Keys(lowercaseConnectives.filter { $0.allSatisfy(\.isASCII) })
        private static let lowercaseFunctionWords = Keys(
            ProseDetector.lowercaseFunctionWords.filter {
                $0.allSatisfy(\.isASCII)
            })
        private static let verbs = Keys(ProseDetector.verbs)
        private static let functionWords = Keys(ProseDetector.functionWords)
    }

    /// Words that footnote definitions use: "*Organic ingredient", "**Certified organic", "°Natural origin".
    static let footnoteWords: Set<String> = [
        "organic", "organically", "certified", "natural", "naturally", "origin", "derived", "ingredient",
        "ingredients", "farming", "agriculture", "biologique", "biologico", "biológico", "bio", "naturel",
        "naturelle", "fair", "trade", "wildcrafted", "ecocert", "cosmos", "grown", "sourced", "plant",
        "plants", "essential", "oils", "oil", "contains", "from", "kbA", "kba", "öko", "ökologisch",
        "kontrolliert", "biologischem", "anbau", "aus", "vegan", "ingrédient", "ingrédients", "issus",
        "issu", "de", "l'agriculture", "raw", "material", "materials", "ingredienti", "component", "components",
        "composants", "composant", "naturels", "naturelles", "des", "huiles", "essentielles", "d'origine", "origine",
        "of", "the", "in", "is", "are", "naturally-derived", "plant-derived", "agricoltura", "biologica", "natürlichen",
        "ursprungs", "aus", "kontrolliert", "biologischem", "ecológica", "orgánico", "procedentes", "agricultura",
    ]
}
