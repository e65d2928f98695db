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
            invisible[index] = invisible[parent] || tree[parent].tag.isInvisible
            guard !tree[index].isText else { chrome[index] = chrome[parent]; continue }
            chrome[index] = chrome[parent] || Self.isChromeElement(index, in: tree)
            if let id = tree.attribute(.id, of: index), !id.isEmpty, byID[id] == nil { byID[id] = index }
            if let ids = tree.attribute(.ariaLabelledBy, of: index) {
                for id in ids.split(separator: " ") { labelledBy[String(id), default: []].append(index) }
            }
        }
        self.chrome = chrome
        self.invisible = invisible
        self.byID = byID
        self.labelledBy = labelledBy
    }

    static let chromeTokens: Set<String> = ["nav", "navbar", "navigation", "menu", "megamenu", "submenu", "footer",
                                            "breadcrumb", "breadcrumbs", "sitenav", "flyout", "cookie", "cookies"]

    /// Site navigation, menus, footers: their "Ingredients" links name shop categories, not a list.
    func isChrome(_ index: Int) -> Bool { chrome[index] }

    /// Substrings every chrome token contains; most class names have none, and are not split.
    private static let chromeHints = ByteSearch.NeedleSet(["nav", "menu", "footer", "breadcrumb", "flyout", "cookie"])

    private static func isChromeElement(_ index: Int, in tree: HTMLTree) -> Bool {
        if tree[index].tag.isChrome || tree.attribute(.role, of: index) == "navigation" { return true }
        return hasToken(of: chromeTokens, hinted: chromeHints, on: index, in: tree)
    }

    /// Whether the element's class or id has one of `tokens` as a word ("site-nav" has "nav"). Most
    /// class names contain none of the `hints` and are not split.
    private static func hasToken(of tokens: Set<String>, hinted hints: ByteSearch.NeedleSet, on index: Int, in tree: HTMLTree) -> Bool {
        for attribute in [HTMLTree.AttributeName.class, .id] where tree.attribute(attribute, of: index, containsAny: hints) {
            let value = tree.attribute(attribute, of: index) ?? ""
            for token in value.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }) where tokens.contains(String(token)) {
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
        if tree[index].tag.isChrome || tree.attribute(.role, of: index) == "navigation" { return true }
        return Self.hasToken(of: Self.chromeOrAsideTokens, hinted: Self.chromeOrAsideHints, on: index, in: tree)
    }

    private static let chromeOrAsideTokens = chromeTokens.union(asideTokens)
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
            if tree[node].tag.isBlock { return node }
            node = tree[node].parent
        }
        return max(node, 0)
    }
}
