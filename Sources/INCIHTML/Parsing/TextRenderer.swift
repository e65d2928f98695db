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

    /// The visible text under `root` (included). `maxLength` (UTF-8 bytes) stops early on huge subtrees.
    ///
    /// Built as UTF-8 bytes with the last byte at hand: `String.last` finds a grapheme boundary each
    /// time, and the card renders a whole page. Only ASCII white space is collapsed, and multi-byte
    /// UTF-8 sequences never contain ASCII bytes, so working on bytes keeps every character intact.
    static func text(of root: Int, in tree: HTMLTree, maxLength: Int = .max, skipping: ((Int) -> Bool)? = nil) -> String {
        var out: [UInt8] = []
        var pendingSpace = false
        // (node, entering): blocks emit a line break on entry and exit.
        var stack: [(Int, Bool)] = [(root, true)]
        func breakLine() {
            pendingSpace = false
            while out.last == 0x20 { out.removeLast() }
            if !out.isEmpty && out.last != 0x0A { out.append(0x0A) }
        }
        while let (index, entering) = stack.popLast() {
            if out.count > maxLength { break }
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
        while out.last == 0x0A || out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendCollapsed(_ text: String, to out: inout [UInt8], pendingSpace: inout Bool) {
        for byte in text.utf8 {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                pendingSpace = true
            default:
                if pendingSpace && !out.isEmpty && out.last != 0x0A && out.last != 0x20 { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
            }
        }
    }
}
