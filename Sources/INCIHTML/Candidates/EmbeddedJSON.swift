import Foundation

/// A JSON blob found in a page (`<script type="application/ld+json">`, `application/json`,
/// `__NEXT_DATA__`) or given as the whole input (a product API response).
struct EmbeddedJSON {
    let value: Any
    let strategy: CandidateStrategy
    /// Document position of its script, for a stable product order.
    let order: Int

    /// Larger blobs are not product data worth the parse.
    static let maxBytes = 16 * 1024 * 1024

    static func parse(_ text: String) -> Any? {
        var body = text.trimmed()
        // Some CMSs wrap JSON-LD in HTML comments or CDATA markers.
        for (open, close) in [("<!--", "-->"), ("<![CDATA[", "]]>"), ("//<![CDATA[", "//]]>")] where body.hasPrefix(open) && body.hasSuffix(close) {
            body = String(body.dropFirst(open.count).dropLast(close.count)).trimmed()
        }
        guard !body.isEmpty, body.utf8.count <= maxBytes else { return nil }
        return try? JSONSerialization.jsonObject(with: Data(body.utf8), options: [.fragmentsAllowed])
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
        if type == "application/json" || type.hasSuffix("+json") || tree.attribute(.id, of: index) == "__NEXT_DATA__" { return .embeddedJSON }
        return nil
    }
}

/// Iterative walks over JSON values (a hostile blob may nest deeply).
enum JSONWalk {
    /// Every dictionary in `value`, with the key it was found under.
    static func objects(in value: Any) -> [(key: String?, object: [String: Any])] {
        var result: [(String?, [String: Any])] = []
        var stack: [(String?, Any)] = [(nil, value)]
        while let (key, current) = stack.popLast() {
            if let object = current as? [String: Any] {
                result.append((key, object))
                for (childKey, child) in object.sorted(by: { $0.key > $1.key }) { stack.append((childKey, child)) }
            } else if let array = current as? [Any] {
                for child in array.reversed() { stack.append((key, child)) }
            }
        }
        return result
    }

    /// Every string in `value`, in order.
    static func strings(in value: Any) -> [String] {
        var result: [String] = []
        var stack: [Any] = [value]
        while let current = stack.popLast() {
            if let string = current as? String {
                result.append(string)
            } else if let object = current as? [String: Any] {
                for key in object.keys.sorted().reversed() { stack.append(object[key]!) }
            } else if let array = current as? [Any] {
                stack.append(contentsOf: array.reversed())
            }
        }
        return result
    }

    /// A string, a number, or `{value|name|text: …}` as text.
    static func text(_ value: Any?) -> String? {
        switch value {
        case let string as String: return string.trimmed().isEmpty ? nil : string.trimmed()
        case let number as NSNumber: return number.stringValue
        case let object as [String: Any]:
            for key in ["name", "value", "headline", "text", "title", "@value"] { if let text = text(object[key]) { return text } }
            return nil
        case let array as [Any]: return array.lazy.compactMap { text($0) }.first
        default: return nil
        }
    }
}
