import Foundation

/// Recognizes the words retailers print above an ingredient list, in the languages the tokenizer
/// knows: "Ingredients", "Full Ingredient List", "🌱 Ingredients", "Inhaltsstoffe", "전성분", "INCI".
enum IngredientLabel {
    /// Whole words (compared on lower-cased, letter-only text).
    static let words: [String] = [
        "ingredients", "ingredient", "ingrédients", "ingrédient", "inhaltsstoffe", "ingredienti",
        "ingredientes", "ingrediënten", "inci", "składniki",
    ]
    /// Matched anywhere (scripts without spaces between words).
    static let cjk: [String] = ["全成分", "전성분", "成分", "성분"]
    static let singularWords: Set<String> = ["ingredient", "ingrédient"]
    /// The only words a singular label may carry.
    static let singularLabelWords: Set<String> = ["list", "name", "names", "declaration", "information", "info", "inci"]
    /// Labels of lists that are not the full list, or not of this product.
    /// The key-ingredient labels are the card's (`CardFieldLabels.keyIngredients`), one vocabulary.
    static let excluded: [String] = CardFieldLabels.keyIngredients.sorted() + [
        "active ingredients", "free of", "free from", "ohne", "shop by", "collections", "ingredients glossary",
        "ingredient dictionary", "ingredients we love", "about ingredients",
    ]

    /// Whether `text` (an element's whole text) is such a label: short, containing a label word.
    /// Returns the qualifier around it ("Cleanser" for "Cleanser Ingredients:"), or "" when none.
    static func match(_ text: String) -> String? {
        let trimmed = text.trimmed()
        guard !trimmed.isEmpty, trimmed.count <= 48 else { return nil }
        let lower = trimmed.lowercased()
        if excluded.contains(where: { lower.contains($0) }) { return nil }
        if let word = cjk.first(where: { lower.contains($0) }) {
            let rest = lower.replacingOccurrences(of: word, with: " ")
            return qualifier(rest)
        }
        let tokens = words(of: lower)
        guard let position = tokens.firstIndex(where: { words.contains($0) }) else { return nil }
        var rest = tokens
        rest.remove(at: position)
        rest.removeAll { ["full", "complete", "list", "of", "all", "liste", "vollständige", "der", "la", "de", "des", "the"].contains($0) }
        // A label names one thing; "ingredients for healthy skin" is a sentence.
        guard rest.count <= 3 else { return nil }
        // The singular after a qualifier describes one ingredient ("cell-communicating ingredient" in
        // INCIDecoder's what-it-does column), not a list; "Ingredient list" and "Ingredient name" are labels.
        if singularWords.contains(tokens[position]), rest.contains(where: { !singularLabelWords.contains($0) }) { return nil }
        return rest.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// Where "Ingredients:" (with a colon) starts inside a longer text, for inline labels.
    static func inlineRange(in text: String) -> Range<String.Index>? {
        let lower = text.lowercased()
        // Lower-casing can change lengths for a few scripts; only use the result when it did not.
        guard lower.count == text.count else { return nil }
        var best: Range<String.Index>?
        for word in words + cjk {
            var search = lower.startIndex..<lower.endIndex
            while let range = lower.range(of: word, range: search) {
                search = range.upperBound..<lower.endIndex
                if range.lowerBound > lower.startIndex, !cjk.contains(word) {
                    let before = lower[lower.index(before: range.lowerBound)]
                    if before.isLetter { continue }
                }
                var after = range.upperBound
                while after < lower.endIndex, lower[after] == " " || lower[after] == "\u{A0}" { after = lower.index(after: after) }
                guard after < lower.endIndex, lower[after] == ":" || lower[after] == "：" else { continue }
                // "Key Ingredients:" before the full list labels a highlight, not the list.
                let lineStart = lower[..<range.lowerBound].lastIndex(where: \.isNewline).map { lower.index(after: $0) } ?? lower.startIndex
                let label = lower[lineStart..<range.upperBound]
                if excluded.contains(where: { label.hasSuffix($0) }) { continue }
                if best == nil || range.lowerBound < best!.lowerBound { best = range }
                break
            }
        }
        guard let best else { return nil }
        let start = text.index(text.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: best.lowerBound))
        return start..<text.endIndex
    }

    private static func words(of text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    private static func qualifier(_ rest: String) -> String {
        words(of: rest).joined(separator: " ")
    }
}

extension String {
    /// Trims white space including no-break and zero-width spaces.
    func trimmed() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{200B}" || $0 == "\u{FEFF}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }

}
