/// A parsed page as plain Swift values: an array of nodes built from libxml2's SAX events
/// (`TreeBuilder`), so no C pointer outlives the parse and every walk over it can be iterative (a page
/// nested 100,000 levels deep must not overflow the stack).
///
/// Nodes are trivial values (a tag code and offsets); text and the attribute values the finders read
/// live in one byte buffer. Building a page this way costs a fraction of a `String` and a dictionary
/// per node, and reading a node never touches a reference count.
struct HTMLTree: Sendable {
    struct Node: Sendable {
        var tag: ElementTag
        fileprivate var parentIndex: Int32
        fileprivate var firstChildIndex: Int32 = -1
        fileprivate var nextSiblingIndex: Int32 = -1
        fileprivate var lastChildIndex: Int32 = -1
        fileprivate var lineNumber: Int32 = 0
        /// A text node's bytes, or an element's attributes, as a range of `bytes` or `attributes`.
        fileprivate var start: Int32 = 0
        fileprivate var end: Int32 = 0

        var isText: Bool { tag == .text }
        var parent: Int { Int(parentIndex) }
        var firstChild: Int { Int(firstChildIndex) }
        var nextSibling: Int { Int(nextSiblingIndex) }
        /// 1-based line of the element in the page, 0 when libxml2 could not tell.
        var line: Int { Int(lineNumber) }
    }

    /// An attribute the finders or the card read; the rest (style, src, data-… tracking) are not kept.
    enum AttributeName: UInt8, Sendable, CaseIterable {
        case id, `class`, role, type, href, content, property, name, itemprop
        case ariaControls, ariaLabelledBy, dataTarget, dataBSTarget, dataTab, dataTabTarget, dataPanel

        /// The attribute of a name as libxml2 gives it (any case), nil for one that is not kept.
        init?(name: UnsafePointer<UInt8>) {
            guard let attribute = PackedName(name).flatMap({ Self.byName[$0] }) else { return nil }
            self = attribute
        }

        /// As written in HTML.
        var name: String { Self.names[Int(rawValue)] }

        private static let names = [
            "id", "class", "role", "type", "href", "content", "property", "name", "itemprop",
            "aria-controls", "aria-labelledby", "data-target", "data-bs-target", "data-tab",
            "data-tab-target", "data-panel",
        ]
        private static let byName = PackedName.Table(allCases.map { ($0.name, $0) })
    }

    private struct Attribute: Sendable {
        var name: AttributeName
        var start: Int32
        var end: Int32
    }

    /// Node 0 is the document.
    private(set) var nodes: [Node]
    /// Text of text nodes and values of kept attributes, UTF-8. Byte 0 is the space every white-space
    /// text node points to.
    private(set) var bytes: [UInt8] = [0x20]
    private var attributes: [Attribute] = []
    /// Whether libxml2 stopped reading the page at its nesting limit (`HTMLParser.depthLimit`): what
    /// follows the deep part is missing.
    var stoppedAtDepthLimit = false

    init() {
        nodes = [Node(tag: .document, parentIndex: -1)]
    }

    subscript(index: Int) -> Node { nodes[index] }

    // MARK: - Building

    /// Appends an element; its attributes are added with `appendAttribute` right after.
    mutating func appendElement(_ tag: ElementTag, parent: Int, line: Int) -> Int {
        let start = Int32(attributes.count)
        return append(
            Node(tag: tag, parentIndex: Int32(parent), lineNumber: Int32(clamping: line), start: start, end: start))
    }

    /// Adds an attribute to the element appended last.
    mutating func appendAttribute(_ name: AttributeName, value: UnsafeBufferPointer<UInt8>) {
        let start = Int32(bytes.count)
        bytes.append(contentsOf: value)
        attributes.append(Attribute(name: name, start: start, end: Int32(bytes.count)))
        nodes[nodes.count - 1].end = Int32(attributes.count)
    }

    /// Appends a text node with these bytes.
    @discardableResult
    mutating func appendText(_ text: UnsafeBufferPointer<UInt8>, parent: Int) -> Int {
        let start = Int32(bytes.count)
        bytes.append(contentsOf: text)
        return append(Node(tag: .text, parentIndex: Int32(parent), start: start, end: Int32(bytes.count)))
    }

    /// Adds bytes to the text node appended last (libxml2 reports one text in several pieces).
    mutating func extendLastText(_ text: UnsafeBufferPointer<UInt8>) {
        precondition(
            nodes[nodes.count - 1].isText && Int(nodes[nodes.count - 1].end) == bytes.count, "not the last text node")
        bytes.append(contentsOf: text)
        nodes[nodes.count - 1].end = Int32(bytes.count)
    }

    /// Turns the text node appended last, found to be only white space, into the shared space and
    /// gives its bytes back (most text nodes of a real page are indentation).
    mutating func makeWhitespace(_ index: Int) {
        precondition(
            index == nodes.count - 1 && nodes[index].isText && Int(nodes[index].end) == bytes.count,
            "not the last text node")
        bytes.removeSubrange(Int(nodes[index].start)...)
        nodes[index].start = 0
        nodes[index].end = 1
    }

    @discardableResult
    private mutating func append(_ node: Node) -> Int {
        let index = nodes.count
        let parent = node.parent
        nodes.append(node)
        let last = nodes[parent].lastChildIndex
        if last >= 0 {
            nodes[Int(last)].nextSiblingIndex = Int32(index)
        } else {
            nodes[parent].firstChildIndex = Int32(index)
        }
        nodes[parent].lastChildIndex = Int32(index)
        return index
    }

    // MARK: - Reading

    /// The text of a text node (script and style content included, as libxml2 gives it).
    func text(of index: Int) -> String {
        let node = nodes[index]
        guard node.isText else { return "" }
        return String(decoding: bytes[Int(node.start)..<Int(node.end)], as: UTF8.self)
    }

    /// Calls `body` with the buffer that holds every text node's and kept attribute's bytes (read them
    /// with `textRange` and `attributeRange`), without copying it.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer(body)
    }

    /// Where a text node's bytes are in `withBytes`' buffer.
    func textRange(of index: Int) -> Range<Int> {
        let node = nodes[index]
        return node.isText ? Int(node.start)..<Int(node.end) : 0..<0
    }

    /// The value of an element's attribute, nil when it has none.
    func attribute(_ name: AttributeName, of index: Int) -> String? {
        attributeRange(name, of: index).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// Where an attribute's value is in `withBytes`' buffer.
    func attributeRange(_ name: AttributeName, of index: Int) -> Range<Int>? {
        let node = nodes[index]
        guard !node.isText, node.tag != .document else { return nil }
        for attribute in attributes[Int(node.start)..<Int(node.end)] where attribute.name == name {
            return Int(attribute.start)..<Int(attribute.end)
        }
        return nil
    }

    /// Whether an attribute's value contains one of `needles` (A–Z folded), without making a `String`.
    func attribute(_ name: AttributeName, of index: Int, containsAny needles: ByteSearch.NeedleSet) -> Bool {
        guard let range = attributeRange(name, of: index), !range.isEmpty else { return false }
        return bytes.withUnsafeBufferPointer {
            ByteSearch.containsAny(needles, inFolded: UnsafeBufferPointer(rebasing: $0[range]))
        }
    }

    func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = nodes[index].firstChild
        while child >= 0 {
            result.append(child)
            child = nodes[child].nextSibling
        }
        return result
    }

    /// Element siblings after `index`, in order.
    func followingElementSiblings(of index: Int) -> [Int] {
        var result: [Int] = []
        var sibling = nodes[index].nextSibling
        while sibling >= 0 {
            if !nodes[sibling].isText { result.append(sibling) }
            sibling = nodes[sibling].nextSibling
        }
        return result
    }

    /// Whether `index` lies under `ancestor`.
    func isDescendant(_ index: Int, of ancestor: Int) -> Bool {
        var node = nodes[index].parent
        while node >= 0 {
            if node == ancestor { return true }
            node = nodes[node].parent
        }
        return false
    }

    /// One past the last node under `index`: nodes are appended in document order, so a subtree is the
    /// range `index..<subtreeEnd(of: index)`.
    func subtreeEnd(of index: Int) -> Int {
        var node = index
        while nodes[node].lastChildIndex >= 0 { node = Int(nodes[node].lastChildIndex) }
        return node + 1
    }

    /// Ancestors of `index`, nearest first.
    func ancestors(of index: Int, limit: Int = .max) -> [Int] {
        var result: [Int] = []
        var node = nodes[index].parent
        while node > 0 && result.count < limit {
            result.append(node)
            node = nodes[node].parent
        }
        return result
    }

    /// The raw text of the text children of `index` (for `<script>` content).
    func rawText(of index: Int) -> String {
        var text: [UInt8] = []
        var child = nodes[index].firstChild
        while child >= 0 {
            if nodes[child].isText { text += bytes[textRange(of: child)] }
            child = nodes[child].nextSibling
        }
        return String(decoding: text, as: UTF8.self)
    }
}
