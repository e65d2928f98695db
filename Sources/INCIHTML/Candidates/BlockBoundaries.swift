import INCICore

/// A block boundary in a candidate's text (a line break from `</p><p>`, `<br>`, `</span><p>`) is evidence,
/// not a rule: some shops break one name across paragraphs (`…, Isoamyl</p><p>Laurate, Mica, …`), while a
/// panel heading, statement or disclaimer after the list ("Ingredients subject to change…", "Für die
/// Zusammensetzung … verantwortlich.", "Made in France") is not part of it, and neither is a "Key
/// Ingredients:" line printed before the full list.
enum BlockBoundaries {
    /// Lines of list text hold at least this many separators.
    static let listSeparators = 2
    /// A trailing line of at least this many words with hardly any list punctuation is a sentence.
    static let sentenceWords = 8

    static func clean(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmed() }
        guard let firstList = lines.firstIndex(where: isListLine) else { return text }
        // What the list parser knows to end a list (one vocabulary, `ListTerminator`) ends it at a line start.
        if let end = lines.indices.dropFirst(firstList + 1).first(where: { endsList(lines[$0]) }) {
            lines.removeSubrange(end...)
        }
        // The featured actives before the full list are a highlight, not its first items.
        if let fullList = lines.firstIndex(where: { isListLine($0) && !isHighlightLine($0) }) {
            lines = lines[..<fullList].filter { !isHighlightLine($0) } + lines[fullList...]
        }
        // Sentences after the last line of the list end it (a disclaimer in a language the vocabulary lacks),
        // and so does a footnote's legend after it, even one with commas ("*100% Natural Fragrance Comprised
        // of Essential Oils, Botanicals, and Aromatic Isolates.").
        guard let lastList = lines.lastIndex(where: { isListLine($0) && !isLegend($0) }) else { return text }
        // (A line of punctuation alone, such as a stray ".", names nothing either.)
        while lines.count > lastList + 1, let last = lines.last,
            isSentence(last) || !last.contains(where: { $0.isLetter || $0.isNumber })
        {
            lines.removeLast()
        }
        // A name broken across two lines of a comma-separated list joins again. (A joined line's separators
        // are its parts': the space between them joins no character.)
        var joined: [(line: String, separators: Int)] = []
        for line in lines {
            let count = separators(line)
            if let previous = joined.last, previous.separators >= listSeparators, count >= listSeparators,
                endsInsideName(previous.line), !startsWithLabel(line)
            {
                joined[joined.count - 1] = (previous.line + " " + line, previous.separators + count)
            } else {
                joined.append((line, count))
            }
        }
        return joined.map(\.line).joined(separator: "\n")
    }

    /// The list punctuation in a line: commas, semicolons, full-width and ideographic commas.
    static func separators(_ line: String) -> Int { listPunctuation.count(in: line) }

    private static let listPunctuation = PunctuationCount([",", ";", "，", "、"])

    static func isListLine(_ line: String) -> Bool { separators(line) >= listSeparators }

    /// Many words, few separators, and sentence punctuation.
    static func isSentence(_ line: String) -> Bool {
        let words = line.split(whereSeparator: \.isWhitespace).count
        guard words >= sentenceWords, separators(line) * 4 < words else { return false }
        return line.last.map { ".!?。".contains($0) } == true || line.contains(". ")
    }

    /// A sentence that starts with a footnote mark (`*`, `†`, `‡`, `°`, `+`): the legend of a mark printed
    /// on the list's items, not more items.
    static func isLegend(_ line: String) -> Bool {
        guard let first = line.first, first.isPunctuation || first.isSymbol, !"([{\"'“‘«".contains(first) else {
            return false
        }
        return isSentence(line)
    }

    /// A panel heading on its own line (`How to use`), a line that starts with a panel heading, statement
    /// or disclaimer as the list parser reads them, or a line of prose that holds a disclaimer anywhere
    /// ("(제품을 구성하는 주요 성분은 변경될 수 있습니다.)": "the main ingredients may change").
    static func endsList(_ line: String) -> Bool {
        guard !line.isEmpty else { return false }
        if ListTerminator.isPanelHeading(line) { return true }
        guard let match = ListTerminator.firstMatch(in: line) else { return false }
        return match.start == line.startIndex || (match.kind == .disclaimer && !isListLine(line))
    }

    /// "Key Ingredients: Glycolic Acid, Salicylic Acid" — a key-ingredients label and its names.
    static func isHighlightLine(_ line: String) -> Bool {
        guard let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }),
            line.distance(from: line.startIndex, to: colon) <= 40
        else { return false }
        return CardFieldLabels.keyIngredients.contains(LabelledValues.normalize(String(line[..<colon])))
    }

    /// The line stops where no list would: after a letter, not after a separator, a period or a bracket.
    private static func endsInsideName(_ line: String) -> Bool {
        guard let last = line.last else { return false }
        return last.isLetter || last == "-"
    }

    /// "May contain: …", "Inactive Ingredients: …": a new section, not the rest of a name.
    private static func startsWithLabel(_ line: String) -> Bool {
        guard let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
        return line.distance(from: line.startIndex, to: colon) <= 40 && !line[..<colon].contains(",")
    }
}
