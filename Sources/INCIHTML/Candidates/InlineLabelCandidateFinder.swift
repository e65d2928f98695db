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
            guard !page.isControlLabel(index), blocks.insert(block).inserted, !page.isChrome(block) else { continue }
            for text in Self.inlineLists(in: page.text(block)) {
                result.append(IngredientCandidate(text: text, strategy: strategy, variant: nil, order: block))
            }
        }
        return result
    }

    /// Each "Label: …" occurrence in `text`, from the label to the end of the text.
    static func inlineLists(in text: String) -> [String] {
        // (Byte count first: it bounds the character count and costs nothing.)
        guard text.utf8.count <= IngredientCandidate.maxLength || text.count <= IngredientCandidate.maxLength,
            let range = IngredientLabel.inlineRange(in: text)
        else { return [] }
        let list = String(text[range]).trimmed()
        return list.count > 12 ? [list] : []
    }
}
