import CLibXML2

/// Parses HTML bytes with libxml2 into an `HTMLTree`.
///
/// The tree is built from libxml2's SAX events (`TreeBuilder`): libxml2's HTML parser runs as it does
/// for `htmlReadMemory` (same tokenizer, same implied and auto-closed elements, same recovery), but
/// no libxml2 document is built and then copied and freed. That document was a third of the parse's
/// time. No libxml2 pointer outlives `parse`; callers get Swift values.
enum HTMLParser {
    /// libxml2's nesting limit for HTML without XML_PARSE_HUGE: it stops reading deeper content.
    static let depthLimit = 256

    /// Recover from broken markup, report nothing, never touch the network.
    static let baseOptions = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)

    /// `encoding`: an IANA name libxml2 should use (and ignore any `<meta charset>`), or nil to let
    /// libxml2 detect it from the bytes and the page's own declaration.
    static func parse(_ bytes: [UInt8], encoding: String?) -> HTMLTree {
        LibXML2.prepareThread()
        guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else { return HTMLTree() }
        let bytes = BreakEndTags.rewritten(bytes) ?? bytes
        let builder = TreeBuilder()
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                // What htmlReadMemory does (an XML memory context given the HTML handler, then
                // htmlDoRead's steps), with the tree builder's handler in place of libxml2's: a context
                // made by htmlCreateMemoryParserCtxt decodes a page without a usable charset differently.
                guard let context = xmlCreateMemoryParserCtxt(pointer, Int32(buffer.count)) else { return }
                defer { xmlFreeParserCtxt(context) }
                context.pointee.sax.pointee = TreeBuilder.handler()
                context.pointee._private = Unmanaged.passUnretained(builder).toOpaque()
                var options = baseOptions
                if encoding != nil { options |= Int32(HTML_PARSE_IGNORE_ENC.rawValue) }
                htmlCtxtUseOptions(context, options)
                context.pointee.html = 1
                if let encoding, let handler = xmlFindCharEncodingHandler(encoding) {
                    xmlSwitchToEncoding(context, handler)
                    if let input = context.pointee.input {
                        // libxml2 frees it with the input; it must be its own allocation.
                        input.pointee.encoding.map { inci_xmlFree(UnsafeMutableRawPointer(mutating: $0)) }
                        input.pointee.encoding = UnsafePointer(xmlStrdup(encoding))
                    }
                }
                withExtendedLifetime(builder) { _ = htmlParseDocument(context) }
                // The handler starts no document; free one should libxml2 have made it anyway.
                if let document = context.pointee.myDoc {
                    context.pointee.myDoc = nil
                    xmlFreeDoc(document)
                }
            }
        }
        return builder.finish()
    }

    /// libxml2's own parse into its document, as `xmllint --html --noout` does, with the same options,
    /// freed at once: the baseline extraction is measured against (the goal is that finding, tokenizing
    /// and matching add at most 25 % to it). Returns the number of top-level nodes, so the work cannot
    /// be optimized away.
    static func parseOnly(_ bytes: [UInt8]) -> Int {
        LibXML2.prepareThread()
        guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else { return 0 }
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlReadMemory(pointer, Int32(buffer.count), "page.html", nil, baseOptions)
            }
        }
        guard let document else { return 0 }
        defer { xmlFreeDoc(document) }
        var count = 0
        var node = document.pointee.children
        while let current = node {
            count += 1
            node = current.pointee.next
        }
        return count
    }
}
