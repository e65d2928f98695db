/// A parsed page as plain Swift values: libxml2's tree copied into an array of nodes, so no C pointer
/// outlives the parse and every walk over it can be iterative (a page nested 100,000 levels deep must
/// not overflow the stack).
struct HTMLTree: Sendable {
    struct Node: Sendable {
        /// Lower-case tag name; empty for text.
        var name: String
        /// The text of a text node (script and style content included, as libxml2 gives it).
        var text: String
        var attributes: [String: String]
        var parent: Int
        var firstChild: Int = -1
        var nextSibling: Int = -1
        var lastChild: Int = -1
        /// 1-based line of the element or text in the page, 0 when libxml2 could not tell.
        var line: Int = 0

        var isText: Bool { name.isEmpty }
    }

    /// Node 0 is the document.
    private(set) var nodes: [Node]
    /// The deepest element nesting seen. libxml2 stops reading a page at 256 levels.
    var maxDepth = 0

    init() {
        nodes = [Node(name: "#document", text: "", attributes: [:], parent: -1)]
    }

    @discardableResult
    mutating func append(name: String, text: String, attributes: [String: String], parent: Int, line: Int = 0) -> Int {
        let index = nodes.count
        nodes.append(Node(name: name, text: text, attributes: attributes, parent: parent, line: line))
        if nodes[parent].lastChild >= 0 {
            nodes[nodes[parent].lastChild].nextSibling = index
        } else {
            nodes[parent].firstChild = index
        }
        nodes[parent].lastChild = index
        return index
    }

    subscript(index: Int) -> Node { nodes[index] }

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

    /// Ancestors of `index`, nearest first.
    func ancestors(of index: Int, limit: Int = .max) -> [Int] {
        var result: [Int] = []
        var node = nodes[index].parent
        while node > 0 && result.count < limit { result.append(node); node = nodes[node].parent }
        return result
    }

    /// The raw text of the text children of `index` (for `<script>` content).
    func rawText(of index: Int) -> String {
        var text = ""
        for child in children(of: index) where nodes[child].isText { text += nodes[child].text }
        return text
    }
}
