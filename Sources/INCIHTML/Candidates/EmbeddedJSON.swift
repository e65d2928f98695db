import INCIJSON

/// A JSON blob found in a page (`<script type="application/ld+json">`, `application/json`,
/// `__NEXT_DATA__`) or given as the whole input (a product API response).
struct EmbeddedJSON {
    let value: JSONValue
    let strategy: CandidateStrategy
    /// Document position of its script, for a stable product order.
    let order: Int

    /// Larger blobs are not product data worth the parse.
    static let maxBytes = 16 * 1024 * 1024

    static func parse(_ text: String) -> JSONValue? {
        var body = text.trimmed()
        // Some CMSs wrap JSON-LD in HTML comments or CDATA markers.
        for (open, close) in [("<!--", "-->"), ("<![CDATA[", "]]>"), ("//<![CDATA[", "//]]>")]
        where body.hasPrefix(open) && body.hasSuffix(close) {
            body = String(body.dropFirst(open.count).dropLast(close.count)).trimmed()
        }
        guard !body.isEmpty, body.utf8.count <= maxBytes else { return nil }
        return try? JSONParser.parse(body)
    }

    /// The data scripts of a page. Plain JavaScript (`<script>` without a JSON type) is not data.
    static func scripts(in page: PageIndex) -> [EmbeddedJSON] {
        let tree = page.tree
        var result: [EmbeddedJSON] = []
        for index in tree.nodes.indices where tree[index].tag == .script {
            guard let strategy = strategy(ofScript: index, in: tree) else { continue }
            if let value = parse(tree.rawText(of: index)) {
                result.append(EmbeddedJSON(value: value, strategy: strategy, order: index))
            }
        }
        return result
    }

    /// How a `<script>` element's JSON was found, or nil when it holds code, not data.
    static func strategy(ofScript index: Int, in tree: HTMLTree) -> CandidateStrategy? {
        let type = (tree.attribute(.type, of: index) ?? "").lowercased().trimmed()
        if type == "application/ld+json" { return .jsonLD }
        if type == "application/json" || type.hasSuffix("+json") || tree.attribute(.id, of: index) == "__NEXT_DATA__" {
            return .embeddedJSON
        }
        return nil
    }
}
