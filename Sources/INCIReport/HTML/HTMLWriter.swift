/// A small HTML writer that escapes by construction: element and attribute names are `StaticString` (only our
/// code can name them), every attribute value and text is escaped for its context (`HTMLEscaping`), links
/// are checked (`href`), and styles only take numbers (`CSSDeclaration`). Nothing else can be written.
///
/// Why not a template engine: the reports are a few hundred lines of structure, every value is dynamic, and
/// the risk is in escaping. The Swift template engines (Stencil, Leaf, Mustache) escape only one context
/// (text) and would let a template author write `href="{{ url }}"` or `style="…{{ x }}"`; none is in the
/// mirrored packages. A writer whose types make the unsafe thing unwritable is smaller and safer.
public struct HTMLWriter: Sendable {
    public private(set) var html = ""

    public init() {}

    /// Escaped text content.
    public mutating func text(_ string: String) { html += HTMLEscaping.text(string) }

    /// One element with escaped attributes and content written by `body`.
    public mutating func element(
        _ name: StaticString, _ attributes: [HTMLAttribute] = [], _ body: (inout HTMLWriter) -> Void = { _ in }
    ) {
        open(name, attributes)
        body(&self)
        html += "</\(name)>"
    }

    /// One element holding escaped text.
    public mutating func element(_ name: StaticString, _ attributes: [HTMLAttribute] = [], text: String) {
        element(name, attributes) { $0.text(text) }
    }

    /// An element without content (`<meta>`, `<rect/>` in SVG is written closed).
    public mutating func void(_ name: StaticString, _ attributes: [HTMLAttribute] = []) {
        open(name, attributes)
    }

    /// A link when `url` is a safe one (`HTMLEscaping.url`), else the text and the URL shown as text.
    public mutating func link(_ url: String, text label: String, _ attributes: [HTMLAttribute] = []) {
        if let href = HTMLEscaping.url(url) {
            open("a", [HTMLAttribute(name: "href", escaped: href)] + attributes)
            text(label)
            html += "</a>"
        } else {
            text(label == url ? label : "\(label) (\(url))")
        }
    }

    /// A link to an anchor of this page (`#p3`); `anchor` is made by us, never from input.
    public mutating func anchorLink(_ anchor: HTMLAnchor, _ body: (inout HTMLWriter) -> Void) {
        element("a", [HTMLAttribute(name: "href", escaped: "#" + anchor.id)], body)
    }

    private mutating func open(_ name: StaticString, _ attributes: [HTMLAttribute]) {
        html += "<\(name)"
        for attribute in attributes { html += " \(attribute.name)=\"\(attribute.escapedValue)\"" }
        html += ">"
    }

    /// What this writer wrote, to be placed inside another writer's output (`insert`): a fragment can only
    /// come from a writer, so it is escaped by construction.
    public var fragment: HTMLFragment { HTMLFragment(html: html) }

    /// A fragment another writer made (a product section rendered on a worker thread).
    public mutating func insert(_ fragment: HTMLFragment) { html += fragment.html }

    /// Fixed markup written by our code (the stylesheet, a doctype): a `StaticString`, never input.
    mutating func trusted(_ markup: StaticString) { html += "\(markup)" }
}

/// Markup made by an `HTMLWriter`, carried between writers.
public struct HTMLFragment: Sendable {
    let html: String
}

/// One attribute: a name from our code and a value escaped when made.
public struct HTMLAttribute: Sendable {
    let name: StaticString
    let escapedValue: String

    /// Any value, escaped for a double-quoted attribute. Not for `href`/`src` (`HTMLWriter.link`) or `style`
    /// (`HTMLAttribute.style`): escaping does not make a URL or CSS safe.
    public init(_ name: StaticString, _ value: String) {
        precondition(
            !["href", "src", "style", "srcset", "action", "formaction", "xlink:href"].contains("\(name)")
                && !"\(name)".hasPrefix("on"),
            "\(name) takes a checked value")
        self.name = name
        self.escapedValue = HTMLEscaping.attribute(value)
    }

    init(name: StaticString, escaped: String) {
        self.name = name
        self.escapedValue = escaped
    }

    public static func `class`(_ value: String) -> HTMLAttribute { HTMLAttribute("class", value) }

    public static func id(_ anchor: HTMLAnchor) -> HTMLAttribute { HTMLAttribute("id", anchor.id) }

    /// A `style` attribute: properties we name, values that are numbers.
    public static func style(_ declarations: CSSDeclaration...) -> HTMLAttribute {
        HTMLAttribute(name: "style", escaped: declarations.map(\.css).joined(separator: ";"))
    }
}

/// One CSS declaration whose value is a number: CSS never takes a string from the input.
public struct CSSDeclaration: Sendable {
    let css: String

    public init(_ property: StaticString, _ value: Double, _ unit: StaticString) {
        css = "\(property):\(HTMLNumber.format(value.isFinite ? value : 0, places: 2))\(unit)"
    }
}

/// An `id` made by us (`p3`, `rule-unknown-ingredients`), so links between sections never carry input.
public struct HTMLAnchor: Sendable, Hashable {
    public let id: String

    /// A fixed name: `overview`.
    public init(_ name: StaticString) { id = "\(name)" }

    /// `prefix` and a number: `p3`.
    public init(_ prefix: StaticString, _ number: Int) { id = "\(prefix)\(number)" }

    /// `prefix` and an identifier of ours (a rule id, a skin type): letters, digits and `-` are kept, others
    /// become `-`, so even a wrong caller cannot break out of the attribute.
    public init(_ prefix: StaticString, slug: String) {
        let cleaned = slug.unicodeScalars.map { scalar -> Character in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                ? Character(scalar) : "-"
        }
        id = "\(prefix)" + String(cleaned)
    }
}

/// Numbers as the reports print them: a fixed number of decimals, trailing zeros dropped, `.` as the
/// decimal point whatever the locale.
public enum HTMLNumber {
    public static func format(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (value * scale).rounded()
        let negative = scaled < 0
        let magnitude = Int64(abs(scaled))
        let divisor = Int64(scale)
        var out = String(magnitude / divisor)
        var fraction = places > 0 ? String(magnitude % divisor) : ""
        if places > 0 {
            fraction = String(repeating: "0", count: places - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
            if !fraction.isEmpty { out += "." + fraction }
        }
        return (negative && magnitude != 0 ? "-" : "") + out
    }

    /// A share (0–1 or a percent already) as `12.5%`.
    public static func percent(_ value: Double, places: Int = 1) -> String { format(value, places: places) + "%" }
}
