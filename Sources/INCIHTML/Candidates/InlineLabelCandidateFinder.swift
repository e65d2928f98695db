import Foundation

/// Finds "Ingredients: Water, Glycerin, …" written inside a description paragraph, after marketing
/// sentences. The candidate starts at the label, so the tokenizer sees the header and not the prose
/// before it.
struct InlineLabelCandidateFinder {
    let page: PageIndex
    let strategy: CandidateStrategy

    func candidates() -> [IngredientCandidate] {
        let tree = page.tree
        var blocks: Set<Int> = []
        var result: [IngredientCandidate] = []
        for index in tree.nodes.indices
        where tree[index].isText && !page.isInvisible(index)
            && HeadingCandidateFinder.containsLabelWord(index, in: tree)
        {
            let block = page.block(containing: index)
            // Text inside a link, button or form label names a control ("Refine by Ingredient: Squalane").
            // Nor is a shopper's review ("Love the ingredients: niacinamide, zinc, …").
            guard !page.isControlLabel(index), !page.isUserContent(index), blocks.insert(block).inserted,
                !page.isChrome(block)
            else { continue }
            for text in Self.inlineLists(in: page.text(block)) {
                result.append(IngredientCandidate(text: text, strategy: strategy, variant: nil, order: block))
            }
        }
        return result
    }

    /// The "Label: …" occurrence in `text`, from the label to the end of the text, and the lines after a
    /// label that stands alone on its line ("Ingredients<br>Water, …" in a description written in a rich-text
    /// editor, where no element holds the label alone).
    static func inlineLists(in text: String) -> [String] {
        // (Byte count first: it bounds the character count and costs nothing.)
        guard text.utf8.count <= IngredientCandidate.maxLength || text.count <= IngredientCandidate.maxLength
        else { return [] }
        var result: [String] = []
        if let range = IngredientLabel.inlineRange(in: text) {
            let list = String(text[range]).trimmed()
            if list.count > minimumLength { result.append(list) }
        }
        if let list = linesAfterLabelLine(in: text), !result.contains(list) { result.append(list) }
        return result
    }

    /// Shorter texts after a label are not a list.
    static let minimumLength = 12

    /// The lines after the first line that is a label alone (without a colon, or with nothing after it).
    static func linesAfterLabelLine(in text: String) -> String? {
        guard text.utf8.contains(0x0A) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated().dropLast()
        where line.utf8.count <= 4 * 48 && HeadingCandidateFinder.containsLabelWord(String(line)) {
            let label = line.trimmed().trimmingTrailingColon()
            guard IngredientLabel.match(label) != nil else { continue }
            let rest = lines[(index + 1)...].joined(separator: "\n").trimmed()
            return rest.count > minimumLength ? rest : nil
        }
        return nil
    }
}

extension String {
    /// Drops a colon (or full-width colon) after a label.
    func trimmingTrailingColon() -> String {
        var result = Substring(self)
        while let last = result.last, last == ":" || last == "：" || last.isWhitespace { result = result.dropLast() }
        return String(result)
    }
}
