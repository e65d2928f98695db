/// Look-ups over one parsed page that several finders need: elements by id, panels by the label
/// that names them, and whether an element belongs to the site's navigation rather than the product.
struct PageIndex: Sendable {
    let tree: HTMLTree
    let byID: [String: Int]
    /// `aria-labelledby` id → the panels it labels.
    let labelledBy: [String: [Int]]

    /// Per node: inside navigation (`isChrome`), inside script/style (`isInvisible`). Computed in one
    /// pass, parents before children, so a deep page costs no ancestor walks.
    private let chrome: [Bool]
    private let invisible: [Bool]

    init(_ tree: HTMLTree) {
        self.tree = tree
        var byID: [String: Int] = [:]
        var labelledBy: [String: [Int]] = [:]
        var chrome = [Bool](repeating: false, count: tree.nodes.count)
        var invisible = [Bool](repeating: false, count: tree.nodes.count)
        for index in tree.nodes.indices.dropFirst() {
            let parent = tree[index].parent
            chrome[index] = chrome[parent] || (!tree[index].isText && Self.isChromeElement(tree[index]))
            invisible[index] = invisible[parent] || TextRenderer.skipped.contains(tree[parent].name)
        }
        self.chrome = chrome
        self.invisible = invisible
        for index in tree.nodes.indices where !tree[index].isText {
            let attributes = tree[index].attributes
            if let id = attributes["id"], !id.isEmpty, byID[id] == nil { byID[id] = index }
            if let ids = attributes["aria-labelledby"] {
                for id in ids.split(separator: " ") { labelledBy[String(id), default: []].append(index) }
            }
        }
        self.byID = byID
        self.labelledBy = labelledBy
    }

    static let chromeTags: Set<String> = ["nav", "header", "footer"]
    static let chromeTokens: Set<String> = ["nav", "navbar", "navigation", "menu", "megamenu", "submenu", "footer",
                                            "breadcrumb", "breadcrumbs", "sitenav", "flyout", "cookie", "cookies"]

    /// Site navigation, menus, footers: their "Ingredients" links name shop categories, not a list.
    func isChrome(_ index: Int) -> Bool { chrome[index] }

    /// Substrings every chrome token contains; most class names have none, and are not split.
    private static let chromeHints = ByteSearch.NeedleSet(["nav", "menu", "footer", "breadcrumb", "flyout", "cookie"])

    private static func isChromeElement(_ node: HTMLTree.Node) -> Bool {
        if chromeTags.contains(node.name) || node.attributes["role"] == "navigation" { return true }
        for attribute in ["class", "id"] {
            guard let value = node.attributes[attribute], !value.isEmpty else { continue }
            guard ByteSearch.containsAny(chromeHints, inFolded: value) else { continue }
            for token in value.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }) where chromeTokens.contains(String(token)) {
                return true
            }
        }
        return false
    }

    static let asideTokens: Set<String> = ["review", "reviews", "comment", "comments", "related", "recommendations",
                                           "upsell", "crosssell", "recently", "carousel"]

    /// Whether this element itself (not its ancestors) is navigation, or reviews and other products:
    /// text the product card must not read claims from.
    func isChromeOrAsideElement(_ index: Int) -> Bool {
        let node = tree[index]
        if Self.chromeTags.contains(node.name) || node.attributes["role"] == "navigation" { return true }
        for attribute in ["class", "id"] {
            guard let value = node.attributes[attribute], !value.isEmpty,
                  ByteSearch.containsAny(Self.chromeOrAsideHints, inFolded: value) else { continue }
            for token in value.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
                if Self.chromeTokens.contains(String(token)) || Self.asideTokens.contains(String(token)) { return true }
            }
        }
        return false
    }

    private static let chromeOrAsideHints = ByteSearch.NeedleSet(["nav", "menu", "footer", "breadcrumb", "flyout", "cookie", "review", "comment",
                                                                  "related", "recommend", "upsell", "crosssell", "recently", "carousel"])

    /// Inside `<script>`, `<style>` or other content a reader never sees.
    func isInvisible(_ index: Int) -> Bool { invisible[index] }

    func text(_ index: Int, maxLength: Int = IngredientCandidate.maxLength) -> String {
        TextRenderer.text(of: index, in: tree, maxLength: maxLength)
    }

    /// Nearest block-level ancestor (or the element itself).
    func block(containing index: Int) -> Int {
        var node = tree[index].isText ? tree[index].parent : index
        while node > 0 {
            if TextRenderer.blocks.contains(tree[node].name) { return node }
            node = tree[node].parent
        }
        return max(node, 0)
    }
}
