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
        "leave", "gently", "helping", "provide", "provides", "keep", "keeps", "ingredients", "ingredient",
    ]

    /// Verbs that name no ingredient ever: they count twice.
    static let verbs: Set<String> = ["is", "are", "was", "were", "be", "been", "can", "will", "do", "does", "not", "has", "have"]
    /// Lower-case connectives: INCI names print them capitalized if at all ("Extract Of …"), prose in
    /// lower case. All-caps lists print them in capitals and are not affected.
    static let lowercaseConnectives: Set<String> = ["and", "of", "or", "plus", "including", "such"]

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
            return count + (functionWords.contains(lower) ? 1 : 0)
        }
    }

    /// Whether a sentence (split into its list parts) reads as prose.
    static func isProse(parts: [String]) -> Bool {
        let partWords = parts.map { words($0) }
        let allWords = partWords.reduce(0) { $0 + $1.count }
        let function = partWords.reduce(0) { $0 + functionWordCount($1) }
        if parts.count <= 1 {
            return (function >= 1 && allWords >= 4) || function >= 2
        }
        // Many long parts read as sentences, not names.
        let longParts = partWords.filter { $0.count >= 9 }.count
        if longParts * 2 > parts.count { return true }
        return function >= 2 && Double(function) / Double(parts.count) >= 0.3
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
