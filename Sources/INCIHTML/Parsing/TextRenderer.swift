/// The text a reader sees in part of a page: block elements and `<br>` become line breaks, `<li>` items
/// and table cells their own lines, runs of white space one space. `<script>`, `<style>` and other
/// non-visible content are left out. Hidden tabs and accordions are kept: retailers hide the
/// ingredient list in them.
enum TextRenderer {
    static let skipped: Set<String> = ["script", "style", "noscript", "template", "svg", "head", "iframe", "object", "select", "option"]
    static let blocks: Set<String> = [
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "thead", "tbody", "tfoot",
        "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "aside", "header", "footer", "nav", "main",
        "details", "summary", "blockquote", "pre", "address", "figure", "figcaption", "form", "fieldset",
        "hr", "body", "html", "caption", "button", "label",
    ]

    /// The visible text under `root` (included). `maxLength` stops early on huge subtrees.
    static func text(of root: Int, in tree: HTMLTree, maxLength: Int = .max, skipping: ((Int) -> Bool)? = nil) -> String {
        var out = ""
        var pendingSpace = false
        // (node, entering): blocks emit a line break on entry and exit.
        var stack: [(Int, Bool)] = [(root, true)]
        func breakLine() {
            pendingSpace = false
            while out.last == " " { out.removeLast() }
            if !out.isEmpty && out.last != "\n" { out.append("\n") }
        }
        while let (index, entering) = stack.popLast() {
            if out.utf8.count > maxLength { break }
            let node = tree[index]
            if node.isText {
                appendCollapsed(node.text, to: &out, pendingSpace: &pendingSpace)
                continue
            }
            if skipped.contains(node.name) { continue }
            if entering, let skipping, skipping(index) { continue }
            if node.name == "br" { breakLine(); continue }
            let isBlock = blocks.contains(node.name)
            if !entering { if isBlock { breakLine() }; continue }
            if isBlock { breakLine() }
            stack.append((index, false))
            for child in tree.children(of: index).reversed() { stack.append((child, true)) }
        }
        while out.last == "\n" || out.last == " " { out.removeLast() }
        return out
    }

    private static func appendCollapsed(_ text: String, to out: inout String, pendingSpace: inout Bool) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ", "\t", "\n", "\r", "\u{0C}":
                pendingSpace = true
            default:
                if pendingSpace && !out.isEmpty && out.last != "\n" && out.last != " " { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
    }
}
