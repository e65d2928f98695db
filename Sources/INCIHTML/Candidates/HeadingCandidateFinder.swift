import Foundation

/// Finds lists under a heading or label: `<h3>Ingredients</h3><p>…</p>`, `<dt>Inhaltsstoffe</dt><dd>…`,
/// `<th>Ingredients</th><td>…`, `<summary>`, tab and accordion titles whose panel is named by
/// `aria-controls`/`href="#…"` or follows the title. Proposes every plausible panel; the selector
/// keeps the one the matcher recognizes best.
struct HeadingCandidateFinder {
    let page: PageIndex
    let strategy: CandidateStrategy

    static let targetAttributes: [HTMLTree.AttributeName] = [
        .ariaControls, .dataTarget, .dataBSTarget, .dataTab, .dataTabTarget, .dataPanel, .href,
    ]

    func candidates() -> [IngredientCandidate] {
        let tree = page.tree
        var labels: [(Int, String)] = []
        var seen: Set<Int> = []
        for index in tree.nodes.indices
        where tree[index].isText && !page.isInvisible(index) && Self.mayHoldLabel(index, in: tree) {
            // The innermost element whose whole text is a label.
            var element = tree[index].parent
            var depth = 0
            while element > 0 && depth < 4 {
                let text = page.text(element, maxLength: 120)
                guard text.count <= 48 else { break }
                if let qualifier = IngredientLabel.match(text) {
                    if seen.insert(element).inserted, !page.isInvisible(element), !page.isChrome(element),
                        !page.isUserContent(element)
                    {
                        labels.append((element, qualifier))
                    }
                    break
                }
                element = tree[element].parent
                depth += 1
            }
        }
        var result: [IngredientCandidate] = []
        for (label, qualifier) in labels {
            for panel in panels(of: label) {
                let trimmed = panel.text.trimmed()
                guard trimmed.count >= 3, trimmed.count <= IngredientCandidate.maxLength else { continue }
                // A filter facet's options and a menu's links are not a product's list.
                guard !panel.elements.contains(where: page.holdsChoices), !FacetText.isCounts(trimmed),
                    panel.elements.isEmpty || !panel.elements.allSatisfy(page.isChrome)
                else { continue }
                // A panel that starts with its own qualified label ("Cleanser Ingredients:") names its variant.
                let firstLine = trimmed.prefix(while: { $0 != "\n" })
                let variant =
                    qualifier.isEmpty && firstLine.count < trimmed.count
                    ? IngredientLabel.match(String(firstLine)) ?? "" : qualifier
                var candidate = IngredientCandidate(
                    text: trimmed, strategy: strategy, variant: variant.isEmpty ? nil : variant, order: label)
                candidate.components = panel.elements.isEmpty ? nil : KitComponents.split(panel.elements, page: page)
                result.append(candidate)
            }
        }
        return result
    }

    /// A short text node that may hold a label (cheap test before rendering elements).
    static func mayHoldLabel(_ index: Int, in tree: HTMLTree) -> Bool {
        let range = tree.textRange(of: index)
        return range.count < 400 && containsLabelWord(index, in: tree)
    }

    /// Whether a label word may occur in a text node (a fast test on its bytes before the exact one).
    static func containsLabelWord(_ index: Int, in tree: HTMLTree) -> Bool {
        tree.withBytes {
            ByteSearch.containsAny(labelNeedles, inFolded: UnsafeBufferPointer(rebasing: $0[tree.textRange(of: index)]))
        }
    }

    static let labelNeedles = ByteSearch.NeedleSet(IngredientLabel.needles)

    /// Whether a label word may occur in `text` (a fast test before the exact one).
    static func containsLabelWord(_ text: String) -> Bool {
        ByteSearch.containsAny(labelNeedles, inFolded: text)
    }

    /// A text that may be the list, and the elements it is the text of (none for a text cut from one).
    struct Panel {
        var text: String
        var elements: [Int]
    }

    /// Texts that may be the list this label introduces.
    func panels(of label: Int) -> [Panel] {
        let tree = page.tree
        var texts: [Panel] = []
        func add(_ element: Int) { texts.append(Panel(text: page.text(element), elements: [element])) }
        func add(_ text: String, of elements: [Int] = []) { texts.append(Panel(text: text, elements: elements)) }
        let tag = tree[label].tag

        if tag == .dt, let dd = tree.followingElementSiblings(of: label).first(where: { tree[$0].tag == .dd }) {
            add(dd)
        }
        if tag.isCell {
            let cells = tree.followingElementSiblings(of: label).filter { tree[$0].tag.isCell }
            if !cells.isEmpty { add(cells.map { page.text($0) }.joined(separator: "\n"), of: cells) }
        }
        // A label inside a summary, or the summary itself: the rest of the <details>.
        if let summary = ([label] + tree.ancestors(of: label, limit: 2)).first(where: { tree[$0].tag == .summary }),
            tree[tree[summary].parent].tag == .details
        {
            let rest = tree.children(of: tree[summary].parent).filter { $0 != summary }
            add(rest.map { page.text($0) }.joined(separator: "\n"), of: rest)
        }
        // Panels named by the label or its near ancestors (tabs, accordions).
        for element in [label] + tree.ancestors(of: label, limit: 3) {
            for attribute in Self.targetAttributes {
                guard var target = tree.attribute(attribute, of: element), !target.isEmpty else { continue }
                if attribute == .href { guard target.hasPrefix("#") else { continue } }
                if target.hasPrefix("#") { target.removeFirst() }
                for id in target.split(separator: " ") {
                    if let panel = page.byID[String(id)], panel != label, !tree.isDescendant(label, of: panel) {
                        add(panel)
                    }
                }
            }
            if let id = tree.attribute(.id, of: element), let panels = page.labelledBy[id] {
                for panel in panels where panel != element && !tree.isDescendant(label, of: panel) { add(panel) }
            }
        }
        // Tabs that name no panel: the nth title of a row of titles opens the nth panel of the container after it.
        if let panel = panelByPosition(of: label) { add(panel) }
        // An inline label at the start of a paragraph: "<b>Ingredients:</b> Water, …".
        if !tag.isBlock {
            let block = page.block(containing: label)
            let blockText = page.text(block)
            let labelText = page.text(label)
            if blockText.count > labelText.count + 2, let range = blockText.range(of: labelText) {
                add(String(blockText[range.upperBound...]).trimmingLeadingPunctuation())
            }
        }
        // A heading followed by bare text in the same parent (`<div><h5>【全成分】</h5>水、…</div>`): text nodes
        // are not element siblings, so the rest of the parent's text after the heading.
        if tag.isBlock, followedByText(label) {
            let parentText = page.text(tree[label].parent)
            let labelText = page.text(label)
            if !labelText.isEmpty, let range = parentText.range(of: labelText) {
                add(String(parentText[range.upperBound...]).trimmingLeadingPunctuation())
            }
        }
        // The following siblings of the label, or of its ancestors when it stands alone in a wrapper.
        var node = label
        for _ in 0..<4 {
            // (A reviews section after the description is shoppers' words, not more of the panel.)
            let siblings = tree.followingElementSiblings(of: node).filter {
                !page.text($0, maxLength: 8).isEmpty && !page.isOrInUserContent($0)
            }
            if let first = siblings.first {
                let firstText = page.text(first)
                texts.append(Panel(text: firstText, elements: [first]))
                var section: [Int] = []
                for sibling in siblings {
                    if sibling != first && isHeading(sibling) { break }
                    section.append(sibling)
                }
                if section.count > 1 { add(section.map { page.text($0) }.joined(separator: "\n"), of: section) }
                if firstText.count >= 30 { break }
            }
            let parent = tree[node].parent
            guard parent > 0, tree[parent].tag != .body, tree[parent].tag != .html else { break }
            node = parent
        }
        // A table of ingredients and their functions: its first column.
        let tables = IngredientTableCandidateFinder(page: page)
        for panel in texts {
            for element in panel.elements {
                let table = tree[element].tag == .table ? element : onlyTable(in: element)
                if let table, let column = tables.firstColumn(of: table) {
                    texts.append(Panel(text: column, elements: []))
                }
            }
        }
        var unique: [Panel] = []
        for panel in texts where !unique.contains(where: { $0.text == panel.text }) { unique.append(panel) }
        return unique
    }

    /// The panel a tab title opens by its position alone (`<div class="tabs"><div>Description</div>
    /// <div>Ingredients</div></div><div><div>…</div><div>…</div></div>`, switched by script): the title, or an
    /// ancestor holding only it, is one of a row of short same-tag titles, and the first element after the row
    /// holds exactly as many panels, of which the title's position picks one.
    private func panelByPosition(of label: Int) -> Int? {
        let tree = page.tree
        for title in [label] + tree.ancestors(of: label, limit: 2) {
            let row = tree[title].parent
            guard row > 0 else { return nil }
            let titles = tree.children(of: row).filter { !tree[$0].isText }
            guard titles.count >= 2, titles.count <= 12, let position = titles.firstIndex(of: title),
                titles.allSatisfy({ tree[$0].tag == tree[title].tag && page.text($0, maxLength: 60).count <= 48 })
            else { continue }
            guard
                let container = tree.followingElementSiblings(of: row).first(where: {
                    !page.text($0, maxLength: 8).isEmpty
                })
            else { return nil }
            let panels = tree.children(of: container).filter { !tree[$0].isText }
            return panels.count == titles.count ? panels[position] : nil
        }
        return nil
    }

    /// Whether a text node with more than white space follows the element among its siblings.
    private func followedByText(_ element: Int) -> Bool {
        let tree = page.tree
        var sibling = tree[element].nextSibling
        while sibling >= 0 {
            if tree[sibling].isText, !tree.text(of: sibling).trimmed().isEmpty { return true }
            sibling = tree[sibling].nextSibling
        }
        return false
    }

    /// The table that is an element's only content (a wrapper `<div>` around it), or nil.
    private func onlyTable(in element: Int) -> Int? {
        let tree = page.tree
        var node = element
        for _ in 0..<3 {
            let children = tree.children(of: node).filter { !tree[$0].isText || !tree.text(of: $0).trimmed().isEmpty }
            guard children.count == 1, !tree[children[0]].isText else { return nil }
            if tree[children[0]].tag == .table { return children[0] }
            node = children[0]
        }
        return nil
    }

    private func isHeading(_ index: Int) -> Bool {
        let tree = page.tree
        if tree[index].tag.isHeadingLabel { return true }
        // A wrapper that starts with a heading.
        if let first = tree.children(of: index).first(where: {
            !tree[$0].isText || !tree.text(of: $0).trimmed().isEmpty
        }),
            tree[first].tag.isSectionHeading
        {
            return true
        }
        return false
    }
}

extension String {
    /// Drops a colon or dash left over after a label.
    func trimmingLeadingPunctuation() -> String {
        String(drop(while: { $0 == ":" || $0 == "：" || $0 == "-" || $0 == "–" || $0.isWhitespace })).trimmed()
    }
}
