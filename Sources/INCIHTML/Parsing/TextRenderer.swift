/// The text a reader sees in part of a page: block elements and `<br>` become line breaks, `<li>` items
/// and table cells their own lines, runs of white space one space. `<script>`, `<style>` and other
/// non-visible content are left out. Hidden tabs and accordions are kept: retailers hide the
/// ingredient list in them.
enum TextRenderer {
    /// The visible text under `root` (included). `maxLength` (UTF-8 bytes) stops early on huge subtrees.
    /// `skipping` leaves out elements (and what is under them) for which it returns true.
    ///
    /// Built as UTF-8 bytes with the last byte at hand: `String.last` finds a grapheme boundary each
    /// time, and the card renders a whole page. Only ASCII white space is collapsed, and multi-byte
    /// UTF-8 sequences never contain ASCII bytes, so working on bytes keeps every character intact.
    /// The walk follows sibling and parent links, so it allocates nothing but the output.
    ///
    /// With `keepingListLines`, a text node printed one name per line (line breaks in the source, with
    /// `white-space: pre` or a `<pre>` doing the rest, and hardly a comma) keeps its lines: collapsed,
    /// "AVOBENZONE 3%\nHOMOSALATE 15%" would become one name.
    static func text(
        of root: Int, in tree: HTMLTree, maxLength: Int = .max, keepingListLines: Bool = false,
        skipping: ((Int) -> Bool)? = nil
    ) -> String {
        var out: [UInt8] = []
        var pendingSpace = false
        func breakLine() {
            pendingSpace = false
            while out.last == 0x20 { out.removeLast() }
            if !out.isEmpty && out.last != 0x0A { out.append(0x0A) }
        }
        tree.withBytes { bytes in
            var index = root
            walk: while out.count <= maxLength {
                let node = tree[index]
                if node.isText {
                    let text = UnsafeBufferPointer(rebasing: bytes[tree.textRange(of: index)])
                    if keepingListLines && isOneNamePerLine(text) {
                        for line in text.split(separator: 0x0A) {
                            appendCollapsed(UnsafeBufferPointer(rebasing: line), to: &out, pendingSpace: &pendingSpace)
                            breakLine()
                        }
                    } else {
                        appendCollapsed(text, to: &out, pendingSpace: &pendingSpace)
                    }
                } else if node.tag.isInvisible || skipping?(index) == true {
                    // Not rendered, nor anything under it.
                } else if node.tag == .br {
                    breakLine()
                } else {
                    if node.tag.isBlock { breakLine() }
                    if node.firstChild >= 0 {
                        index = node.firstChild
                        continue walk
                    }
                    if node.tag.isBlock { breakLine() }
                }
                // Done with `index`: on to its next sibling, closing the blocks it ends on the way up.
                var current = index
                while current != root {
                    let next = tree[current].nextSibling
                    if next >= 0 {
                        index = next
                        continue walk
                    }
                    current = tree[current].parent
                    if tree[current].tag.isBlock { breakLine() }
                }
                break walk
            }
        }
        while out.last == 0x0A || out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// Lines that make a list: at least three that are not blank, and fewer commas than half of them.
    static let minimumListLines = 3

    static func isOneNamePerLine(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var lines = 0
        var commas = 0
        var lineHasContent = false
        for byte in text {
            switch byte {
            case 0x0A:
                if lineHasContent { lines += 1 }
                lineHasContent = false
            case 0x2C:
                commas += 1
                lineHasContent = true
            case 0x20, 0x09, 0x0D, 0x0C: break
            default: lineHasContent = true
            }
        }
        if lineHasContent { lines += 1 }
        return lines >= minimumListLines && commas * 2 < lines
    }

    private static func appendCollapsed(
        _ text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8], pendingSpace: inout Bool
    ) {
        for byte in text {
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
