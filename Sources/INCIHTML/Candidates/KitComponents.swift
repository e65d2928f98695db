/// The named components of a kit or set printed in one panel: `<b>Cleanser:</b> LIST A <b>Toner:</b> LIST B`.
/// Each component is a product with its own name and list; read as one text, a kit becomes one long
/// product whose first item carries the first component's name.
///
/// A component starts at a bold or heading element that begins a line of the panel's text and names
/// something short. Names of sections ("Key Ingredients", "Directions") end a component without starting
/// one; a plain "Ingredients:" inside a component is not a boundary; "Cleanser Ingredients:" names one.
/// A panel is a kit only when at least two components hold list-like text.
enum KitComponents {
    struct Component: Sendable, Hashable {
        var name: String
        var text: String
    }

    /// Longer bold texts are sentences, not product names.
    static let maxNameLength = 90
    /// List punctuation a component's text needs to count as a list rather than a sentence.
    static let minimumSeparators = 3

    /// The components of the text of `roots` (a panel, or consecutive siblings joined by lines), or nil
    /// when it is not a kit.
    static func split(_ roots: [Int], page: PageIndex) -> [Component]? {
        let tree = page.tree
        let markers = roots.flatMap { markerElements(in: $0, tree: tree) }
        guard markers.count >= 2 else { return nil }
        let text = roots.map { page.text($0) }.joined(separator: "\n")
        var cursor = text.startIndex
        // (start of the marker line, end of the name, component name or nil for a section that is not one)
        var boundaries: [(start: String.Index, bodyStart: String.Index, name: String?)] = []
        for marker in markers {
            let markerText = page.text(marker, maxLength: 4 * maxNameLength).replacingNewlines()
            guard !markerText.isEmpty, markerText.count <= maxNameLength, markerText.contains(where: \.isLetter) else {
                continue
            }
            guard let range = lineStart(of: markerText, in: text, from: cursor) else { continue }
            cursor = range.upperBound
            let name = componentName(markerText)
            switch name {
            case .plainLabel: continue
            case .section: boundaries.append((range.lowerBound, range.upperBound, nil))
            case .named(let value): boundaries.append((range.lowerBound, range.upperBound, value))
            }
        }
        var components: [Component] = []
        for (index, boundary) in boundaries.enumerated() {
            guard let name = boundary.name else { continue }
            let end = index + 1 < boundaries.count ? boundaries[index + 1].start : text.endIndex
            let body = String(text[boundary.bodyStart..<end]).trimmingLeadingPunctuation()
            guard separators(in: body) >= minimumSeparators else { continue }
            components.append(Component(name: name, text: body))
        }
        guard components.count >= 2, Set(components.map(\.name)).count == components.count else { return nil }
        return components
    }

    private enum Name {
        case plainLabel
        case section
        case named(String)
    }

    private static func componentName(_ text: String) -> Name {
        let name = String(
            text.trimmed().reversed().drop(while: { $0 == ":" || $0 == "：" || $0.isWhitespace }).reversed())
        if let qualifier = IngredientLabel.match(name) { return qualifier.isEmpty ? .plainLabel : .named(qualifier) }
        if HeadingCandidateFinder.containsLabelWord(name) || VariantSplitter.notVariants.contains(name.lowercased()) {
            return .section
        }
        return .named(name)
    }

    /// Bold and heading elements under `panel`, outermost only, in document order.
    private static func markerElements(in panel: Int, tree: HTMLTree) -> [Int] {
        var markers: [Int] = []
        var index = panel
        let end = tree.subtreeEnd(of: panel)
        while index < end {
            let tag = tree[index].tag
            if tag == .b || tag == .strong || tag.isSectionHeading {
                markers.append(index)
                index = tree.subtreeEnd(of: index)
            } else {
                index += 1
            }
        }
        return markers
    }

    /// Where `name` occurs at the start of a line of `text` at or after `from`.
    private static func lineStart(of name: String, in text: String, from: String.Index) -> Range<String.Index>? {
        var search = from..<text.endIndex
        while let range = text.range(of: name, range: search) {
            let before = text[text.startIndex..<range.lowerBound].last(where: { $0 != " " })
            if before == nil || before == "\n" { return range }
            search = range.upperBound..<text.endIndex
        }
        return nil
    }

    private static func separators(in text: String) -> Int { listSeparators.count(in: text) }

    private static let listSeparators = PunctuationCount([",", ";", "，", "、", "•", "·"])
}
