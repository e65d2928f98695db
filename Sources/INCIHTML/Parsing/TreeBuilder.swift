import CLibXML2

/// Builds an `HTMLTree` from libxml2's SAX events the way libxml2's own SAX2 handler builds its
/// document, so the tree is the one `htmlReadMemory` would give:
/// - consecutive character events make one text node (a comment between them ends it, as the
///   comment node in libxml2's document does);
/// - text outside every element is dropped (libxml2 has no node to add it to);
/// - white-space-only text becomes one space, and text directly inside `<script>`, `<style>` and other
///   content no one reads is not kept (data scripts keep theirs: they hold JSON).
///
/// The builder's state is not checked for exclusive access at run time (`@exclusivity(unchecked)`): one
/// builder serves one parse on one thread, and libxml2 calls it one event at a time, so no two accesses
/// overlap; the checks were about a fifth of the callbacks' time.
final class TreeBuilder {
    @exclusivity(unchecked) private var tree = HTMLTree()
    /// Open elements, the document first.
    @exclusivity(unchecked) private var open: [Int] = [0]
    /// Per open element: whether its text children are kept.
    @exclusivity(unchecked) private var keepsText: [Bool] = [true]
    /// The text node being filled, if the last event was text.
    @exclusivity(unchecked) private var openText: Int?
    @exclusivity(unchecked) private var openTextIsWhitespace = true
    /// Whether the document's first node is an element (not a doctype or comment), and which.
    @exclusivity(unchecked) private var firstTopLevelIsElement: Bool?
    @exclusivity(unchecked) private var firstTopLevelElement: Int?
    @exclusivity(unchecked) private var sawDoctype = false

    func finish() -> HTMLTree {
        endText()
        tree.stoppedAtDepthLimit = stopped
        return tree
    }

    /// Whether the parser was stopped at the nesting limit.
    @exclusivity(unchecked) private var stopped = false

    fileprivate func startElement(
        _ name: UnsafePointer<xmlChar>?, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
        parser: htmlParserCtxtPtr
    ) {
        endText()
        // libxml2's document refuses an element below `HTMLParser.depthLimit` open ones and stops the
        // parser; so does this tree. Without it, a hostile page nested 100,000 levels deep would make
        // libxml2 scan its element stack at every misplaced end tag.
        guard open.count - 1 <= HTMLParser.depthLimit else {
            if !stopped {
                stopped = true
                xmlStopParser(parser)
            }
            return
        }
        let line = Int(parser.pointee.input?.pointee.line ?? 0)
        let tag = name.map { ElementTag(name: Self.localName($0)) } ?? .other
        var parent = open.last!
        // A second top-level element (markup after the page's `</html>`): libxml2's document puts it
        // under its first child when that is an element, beside it otherwise (a doctype, a comment).
        if parent == 0, let first = firstTopLevelElement, firstTopLevelIsElement == true { parent = first }
        let index = tree.appendElement(tag, parent: parent, line: line)
        if open.count == 1, firstTopLevelIsElement == nil {
            firstTopLevelIsElement = true
            firstTopLevelElement = index
        }
        // name, value, name, value, …, nil; a value may be nil (`<details open>`).
        var pair = attributes
        while let attributeName = pair?.pointee {
            let value = pair!.advanced(by: 1).pointee
            if let kept = HTMLTree.AttributeName(name: attributeName) {
                tree.appendAttribute(
                    kept, value: UnsafeBufferPointer(start: value, count: value.map { Int(xmlStrlen($0)) } ?? 0))
            }
            pair = pair!.advanced(by: 2)
        }
        open.append(index)
        keepsText.append(
            !tag.isInvisible || (tag == .script && EmbeddedJSON.strategy(ofScript: index, in: tree) != nil))
    }

    /// "title" of "dc:title": libxml2's document names an element by its local name.
    private static func localName(_ name: UnsafePointer<xmlChar>) -> UnsafePointer<xmlChar> {
        guard name.pointee != 0, name.pointee != UInt8(ascii: ":") else { return name }
        var byte = name
        while byte.pointee != 0 {
            if byte.pointee == UInt8(ascii: ":") { return byte[1] == 0 ? name : byte + 1 }
            byte += 1
        }
        return name
    }

    fileprivate func endElement() {
        endText()
        guard open.count > 1 else { return }
        open.removeLast()
        keepsText.removeLast()
    }

    fileprivate func characters(_ text: UnsafePointer<xmlChar>?, count: Int32) {
        guard let text, count > 0, open.count > 1, keepsText.last! else { return }
        let bytes = UnsafeBufferPointer(start: text, count: Int(count))
        if openText == nil {
            openText = tree.appendText(bytes, parent: open.last!)
            openTextIsWhitespace = true
        } else {
            tree.extendLastText(bytes)
        }
        if openTextIsWhitespace {
            openTextIsWhitespace = bytes.allSatisfy {
                $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C
            }
        }
    }

    /// A comment or processing instruction: ends the text being filled (libxml2 gives it a node), and
    /// may be the document's first node.
    fileprivate func nonElementNode() {
        endText()
        if open.count == 1, firstTopLevelIsElement == nil { firstTopLevelIsElement = false }
    }

    /// A doctype, wherever it is: libxml2 makes the first one its document's first node (and ignores
    /// the rest); it does not end the text being filled.
    fileprivate func doctype() {
        guard !sawDoctype else { return }
        sawDoctype = true
        firstTopLevelIsElement = false
    }

    /// Closes the text node being filled: indentation between tags, most text nodes of a real page,
    /// becomes one shared space (the renderer only needs to know it was white space).
    fileprivate func endText() {
        guard let text = openText else { return }
        if openTextIsWhitespace { tree.makeWhitespace(text) }
        openText = nil
    }

    /// libxml2's default HTML handler with the tree-building events replaced; no libxml2 document
    /// is started. Each event finds the builder through the parser context's `_private`.
    static func handler() -> htmlSAXHandler {
        var handler = htmlSAXHandler()
        xmlSAX2InitHtmlDefaultSAXHandler(&handler)
        handler.startDocument = nil
        handler.endDocument = nil
        handler.internalSubset = { context, _, _, _ in TreeBuilder.builder(context)?.0.doctype() }
        handler.externalSubset = nil
        handler.setDocumentLocator = nil
        handler.reference = nil
        handler.ignorableWhitespace = nil  // libxml2's own handler drops it too
        handler.startElement = { context, name, attributes in
            guard let (builder, parser) = TreeBuilder.builder(context) else { return }
            builder.startElement(name, attributes: attributes, parser: parser)
        }
        handler.endElement = { context, _ in TreeBuilder.builder(context)?.0.endElement() }
        handler.characters = { context, text, count in TreeBuilder.builder(context)?.0.characters(text, count: count) }
        handler.cdataBlock = { context, text, count in TreeBuilder.builder(context)?.0.characters(text, count: count) }
        handler.comment = { context, _ in TreeBuilder.builder(context)?.0.nonElementNode() }
        handler.processingInstruction = { context, _, _ in TreeBuilder.builder(context)?.0.nonElementNode() }
        return handler
    }

    private static func builder(_ context: UnsafeMutableRawPointer?) -> (TreeBuilder, htmlParserCtxtPtr)? {
        guard let parser = context?.assumingMemoryBound(to: htmlParserCtxt.self), let builder = parser.pointee._private
        else { return nil }
        return (Unmanaged<TreeBuilder>.fromOpaque(builder).takeUnretainedValue(), parser)
    }
}
