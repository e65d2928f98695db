import CLibXML2

/// Parses HTML bytes with libxml2 into an `HTMLTree`. The libxml2 document lives only inside
/// `parse`; callers get Swift values.
enum HTMLParser {
    /// libxml2's nesting limit for HTML without XML_PARSE_HUGE: it stops reading deeper content.
    static let depthLimit = 256

    /// Recover from broken markup, report nothing, never touch the network.
    static let baseOptions = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)

    /// `encoding`: an IANA name libxml2 should use (and ignore any `<meta charset>`), or nil to let
    /// libxml2 detect it from the bytes and the page's own declaration.
    static func parse(_ bytes: [UInt8], encoding: String?) -> HTMLTree {
        var tree = HTMLTree()
        withDocument(bytes, encoding: encoding) { copy(from: $0, into: &tree) }
        return tree
    }

    /// libxml2's parse alone, with the same options, freed at once: the baseline extraction is measured
    /// against (the goal is that finding, tokenizing and matching add at most 25 % to it). Returns the
    /// number of top-level nodes, so the work cannot be optimized away.
    static func parseOnly(_ bytes: [UInt8]) -> Int {
        withDocument(bytes, encoding: nil) { document in
            var count = 0
            var node = document.pointee.children
            while let current = node { count += 1; node = current.pointee.next }
            return count
        } ?? 0
    }

    /// Parses `bytes` and hands the document to `body`, freeing it after: no libxml2 pointer outlives
    /// this call. nil for empty input or when libxml2 returns no document.
    private static func withDocument<Result>(_ bytes: [UInt8], encoding: String?, _ body: (htmlDocPtr) -> Result) -> Result? {
        LibXML2.prepareThread()
        var options = baseOptions
        if encoding != nil { options |= Int32(HTML_PARSE_IGNORE_ENC.rawValue) }
        guard !bytes.isEmpty else { return nil }
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlReadMemory(pointer, Int32(buffer.count), "page.html", encoding, options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        return body(document)
    }

    /// Depth-first copy without recursion: climbs back through `parent` pointers.
    private static func copy(from document: htmlDocPtr, into tree: inout HTMLTree) {
        var node: xmlNodePtr? = document.pointee.children
        var parents: [Int] = [0]
        // Per open element: whether its text children are copied. Text directly inside `<script>`,
        // `<style>` and other content no one reads (code, CSS: most of a real page's text) is left
        // out; data scripts (JSON) keep theirs.
        var keepsText: [Bool] = [true]
        while let current = node {
            var descended = false
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                let tag = current.pointee.name.map { Tag(name: lowercasedName($0)) } ?? .other
                let index = tree.appendElement(tag, parent: parents.last!, line: lineNumber(of: current))
                copyAttributes(of: current, into: &tree)
                if current.pointee.children != nil {
                    parents.append(index)
                    keepsText.append(!tag.isInvisible || (tag == .script && EmbeddedJSON.strategy(ofScript: index, in: tree) != nil))
                    tree.maxDepth = max(tree.maxDepth, parents.count - 1)
                    node = current.pointee.children
                    descended = true
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content, keepsText.last! {
                    // Indentation between tags is most text nodes of a real page; the renderer only needs
                    // to know it was white space.
                    if isWhitespace(content) {
                        tree.appendWhitespace(parent: parents.last!)
                    } else {
                        tree.appendText(UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))), parent: parents.last!)
                    }
                }
            default:
                break  // comments, processing instructions, DTD
            }
            if descended { continue }
            var next = current
            while true {
                if let sibling = next.pointee.next { node = sibling; break }
                guard let parent = next.pointee.parent, UnsafeMutableRawPointer(parent) != UnsafeMutableRawPointer(document) else {
                    node = nil
                    break
                }
                parents.removeLast()
                keepsText.removeLast()
                next = parent
            }
        }
    }

    /// libxml2 keeps a node's line in 16 bits: 65,535 means "that line or later", so it is not reported.
    private static func lineNumber(of node: xmlNodePtr) -> Int {
        let line = Int(xmlGetLineNo(node))
        return line > 0 && line < 65_535 ? line : 0
    }

    /// libxml2's HTML parser already lower-cases tag and attribute names; `lowercased()` (Unicode case
    /// mapping, an allocation) only runs for the rare name that still has an ASCII capital.
    private static func lowercasedName(_ name: UnsafePointer<xmlChar>) -> String {
        var byte = name
        while byte.pointee != 0 {
            if byte.pointee >= 0x41 && byte.pointee <= 0x5A { return String(cString: name).lowercased() }
            byte += 1
        }
        return String(cString: name)
    }

    /// Whether a text node is only (and at least one of) spaces, tabs and line breaks.
    private static func isWhitespace(_ text: UnsafePointer<xmlChar>) -> Bool {
        guard text.pointee != 0 else { return false }
        var byte = text
        while byte.pointee != 0 {
            switch byte.pointee {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C: byte += 1
            default: return false
            }
        }
        return true
    }

    /// Copies the attributes the finders and the card read (`HTMLTree.AttributeName`); the rest are
    /// not kept.
    private static func copyAttributes(of node: xmlNodePtr, into tree: inout HTMLTree) {
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let name = current.pointee.name.map(lowercasedName).flatMap(HTMLTree.AttributeName.init(name:)) else { continue }
            let first = current.pointee.children
            if let text = first, text.pointee.next == nil {
                // One text child: the usual case, copied straight from libxml2's buffer.
                let content = text.pointee.content
                tree.appendAttribute(name, value: UnsafeBufferPointer(start: content, count: content.map { Int(xmlStrlen($0)) } ?? 0))
                continue
            }
            var value: [UInt8] = []
            var child = first
            while let text = child {
                if let content = text.pointee.content { value += UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))) }
                child = text.pointee.next
            }
            value.withUnsafeBufferPointer { tree.appendAttribute(name, value: $0) }
        }
    }
}
