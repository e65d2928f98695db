/// An element's tag, for the tags the finders, the card and the text renderer tell apart. Every other
/// element is `.other`; text nodes are `.text`.
///
/// A one-byte code instead of a `String` name keeps `HTMLTree.Node` trivial (no reference counting
/// when nodes are read) and turns "is this a block?" into an array read instead of a set look-up.
enum ElementTag: UInt8, Sendable, CaseIterable {
    case text, document, other
    case html, head, body, title, meta, br, hr
    case script, style, noscript, template, svg, iframe, object, select, option
    case p, div, section, article, aside, header, footer, nav, main, form, fieldset, legend, label, button
    case address, blockquote, pre, figure, figcaption, details, summary
    case ul, ol, li, dl, dt, dd
    case table, caption, thead, tbody, tfoot, tr, td, th
    case h1, h2, h3, h4, h5, h6
    case a, b, strong, input, textarea

    /// The tag of an element name as libxml2 gives it (any case).
    init(name: UnsafePointer<UInt8>) {
        self = PackedName(name).flatMap { Self.byName[$0] } ?? .other
    }

    private static let byName = PackedName.Table(
        allCases.filter { ![.text, .document, .other].contains($0) }.map { ("\($0)", $0) })

    private struct Traits: OptionSet {
        let rawValue: UInt8
        static let block = Traits(rawValue: 1)
        static let invisible = Traits(rawValue: 2)
        static let headingLabel = Traits(rawValue: 4)
        static let sectionHeading = Traits(rawValue: 8)
        static let chrome = Traits(rawValue: 16)
        static let cell = Traits(rawValue: 32)
        static let sectioningContent = Traits(rawValue: 64)
        static let interactive = Traits(rawValue: 128)
    }

    private static let traits: [Traits] = allCases.map { tag in
        var traits: Traits = []
        switch tag {
        case .p, .div, .li, .ul, .ol, .dl, .dt, .dd, .tr, .td, .th, .table, .thead, .tbody, .tfoot, .h1, .h2, .h3, .h4,
            .h5, .h6,
            .section, .article, .aside, .header, .footer, .nav, .main, .details, .summary, .blockquote, .pre, .address,
            .figure,
            .figcaption, .form, .fieldset, .hr, .body, .html, .caption, .button, .label:
            traits.insert(.block)
        default: break
        }
        switch tag {
        case .script, .style, .noscript, .template, .svg, .head, .iframe, .object, .select, .option:
            traits.insert(.invisible)
        default: break
        }
        switch tag {
        case .h1, .h2, .h3, .h4, .h5, .h6: traits.formUnion([.headingLabel, .sectionHeading])
        case .dt, .summary, .button, .th, .legend, .caption: traits.insert(.headingLabel)
        default: break
        }
        if [.nav, .header, .footer].contains(tag) { traits.insert(.chrome) }
        if [.td, .th].contains(tag) { traits.insert(.cell) }
        if [.main, .article, .aside, .section, .nav].contains(tag) { traits.insert(.sectioningContent) }
        if [.a, .button, .label, .select, .option, .textarea].contains(tag) { traits.insert(.interactive) }
        return traits
    }

    private var traits: Traits { Self.traits[Int(rawValue)] }

    /// Starts and ends a line of rendered text.
    var isBlock: Bool { traits.contains(.block) }
    /// Content a reader never sees (`<script>`, `<style>`, `<svg>`, …); its text is not rendered.
    var isInvisible: Bool { traits.contains(.invisible) }
    /// Elements that can hold a label naming the list below them: `h1`–`h6`, `dt`, `summary`, `button`,
    /// `th`, `legend`, `caption`.
    var isHeadingLabel: Bool { traits.contains(.headingLabel) }
    /// `h1`–`h6`.
    var isSectionHeading: Bool { traits.contains(.sectionHeading) }
    /// `nav`, `header`, `footer`: the site around the product.
    var isChrome: Bool { traits.contains(.chrome) }
    /// `td`, `th`.
    var isCell: Bool { traits.contains(.cell) }
    /// `main`, `article`, `aside`, `section`, `nav`: inside these, `<header>` and `<footer>` head content
    /// (the HTML landmark rule), they are not the site's.
    var isSectioningContent: Bool { traits.contains(.sectioningContent) }
    /// Elements whose text labels a control: a link, a button, a form label or option, a text area.
    var isInteractive: Bool { traits.contains(.interactive) }
}
