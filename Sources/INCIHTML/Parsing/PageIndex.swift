/// Look-ups over one parsed page that several finders need: elements by id, panels by the label
/// that names them, and whether an element belongs to the site's navigation rather than the product.
struct PageIndex: Sendable {
    let tree: HTMLTree
    let byID: [String: Int]
    /// `aria-labelledby` id → the panels it labels.
    let labelledBy: [String: [Int]]

    /// Per node: inside navigation (`isChrome`), inside script/style (`isInvisible`). Computed in a few
    /// linear passes (nodes are in document order), so a deep page costs no ancestor walks.
    private let chrome: [Bool]
    private let invisible: [Bool]
    private let interactive: [Bool]
    /// Per node: a review or comment block, or inside one (what its children are in).
    private let userContentOrInside: [Bool]
    /// Per node: an element whose class or id holds one of `chromeOrAsideHints`. The chrome, aside and
    /// review tests all split those names only then; scanning them once per element serves the three.
    private let hinted: [Bool]

    init(_ tree: HTMLTree) {
        self.tree = tree
        let count = tree.nodes.count
        var byID: [String: Int] = [:]
        var labelledBy: [String: [Int]] = [:]
        var invisible = [Bool](repeating: false, count: count)
        var inLink = [Bool](repeating: false, count: count)
        var inContent = [Bool](repeating: false, count: count)
        var interactive = [Bool](repeating: false, count: count)
        var userContentOrInside = [Bool](repeating: false, count: count)
        var hinted = [Bool](repeating: false, count: count)
        for index in tree.nodes.indices.dropFirst() {
            let parent = tree[index].parent
            invisible[index] = invisible[parent] || tree[parent].tag.isInvisible
            inLink[index] = inLink[parent] || LinkDensity.isNavigatingLink(parent, in: tree)
            inContent[index] = inContent[parent] || tree[parent].tag.isSectioningContent
            interactive[index] = interactive[parent] || tree[parent].tag.isInteractive
            hinted[index] =
                !tree[index].isText
                && (tree.attribute(.class, of: index, containsAny: Self.chromeOrAsideHints)
                    || tree.attribute(.id, of: index, containsAny: Self.chromeOrAsideHints))
            // Each element's attributes are read once, not once per child.
            userContentOrInside[index] =
                userContentOrInside[parent] || Self.isUserContentElement(index, in: tree, hinted: hinted[index])
            guard !tree[index].isText else { continue }
            if let id = tree.attribute(.id, of: index), !id.isEmpty, byID[id] == nil { byID[id] = index }
            if let ids = tree.attribute(.ariaLabelledBy, of: index) {
                for id in ids.split(separator: " ") { labelledBy[String(id), default: []].append(index) }
            }
        }
        let links = LinkDensity(tree, invisible: invisible, inLink: inLink)
        var chrome = [Bool](repeating: false, count: count)
        for index in tree.nodes.indices.dropFirst() {
            let parent = tree[index].parent
            chrome[index] =
                chrome[parent]
                || (!tree[index].isText
                    && Self.isChromeElement(
                        index, in: tree, inContent: inContent[index], links: links, hinted: hinted[index]))
        }
        self.chrome = chrome
        self.invisible = invisible
        self.interactive = interactive
        self.userContentOrInside = userContentOrInside
        self.hinted = hinted
        self.byID = byID
        self.labelledBy = labelledBy
    }

    /// ARIA roles of the site around the product.
    static let chromeRoles: Set<String> = ["navigation", "menu", "menubar", "banner", "contentinfo", "search"]

    /// Roles of the product's own tabs and accordions: never navigation, whatever their links.
    static let contentRoles: Set<String> = ["tablist", "tab", "tabpanel", "region", "main"]

    static let chromeTokens: Set<String> = [
        "nav", "navbar", "navigation", "menu", "megamenu", "submenu", "footer",
        "breadcrumb", "breadcrumbs", "sitenav", "flyout", "drawer", "header", "cookie", "cookies",
    ]

    /// Site navigation, menus, footers: their "Ingredients" links name shop categories, not a list.
    func isChrome(_ index: Int) -> Bool { chrome[index] }

    /// Substrings every chrome token contains; most class names have none, and are not split.
    private static let chromeHints = ByteSearch.NeedleSet([
        "nav", "menu", "footer", "breadcrumb", "flyout", "drawer", "header", "cookie",
    ])

    /// Decided by structure: a `<nav>`, a navigation ARIA role, a page-level `<header>`/`<footer>`, or an
    /// element made of links. A class name that sounds like navigation ("flyout", "nav-link", "drawer")
    /// counts only on an element that is mostly links: brand stores keep the full list in an
    /// `<aside class="…-flyout">`, and Shopify themes title tabs `<div class="tab-title nav-link">`.
    private static func isChromeElement(
        _ index: Int, in tree: HTMLTree, inContent: Bool, links: LinkDensity, hinted: Bool
    ) -> Bool {
        let tag = tree[index].tag
        if tag == .nav { return true }
        if (tag == .header || tag == .footer) && !inContent { return true }
        if let role = tree.attribute(.role, of: index)?.lowercased() {
            if chromeRoles.contains(role) { return true }
            if contentRoles.contains(role) { return false }
        }
        if links.isMadeOfLinks(index) { return true }
        return hinted && hasToken(of: chromeTokens, hinted: chromeHints, on: index, in: tree)
            && links.isMostlyLinks(index)
    }

    /// Whether the element's class or id has one of `tokens` as a word ("site-nav" has "nav"). Most
    /// class names contain none of the `hints` and are not split.
    private static func hasToken(
        of tokens: Set<String>, hinted hints: ByteSearch.NeedleSet, on index: Int, in tree: HTMLTree
    ) -> Bool {
        for attribute in [HTMLTree.AttributeName.class, .id]
        where tree.attribute(attribute, of: index, containsAny: hints) {
            let value = tree.attribute(attribute, of: index) ?? ""
            for token in value.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            where tokens.contains(String(token)) {
                return true
            }
        }
        return false
    }

    static let asideTokens: Set<String> = [
        "review", "reviews", "comment", "comments", "related", "recommendations",
        "upsell", "crosssell", "recently", "carousel",
    ]

    /// Whether this element itself (not its ancestors) is navigation, or reviews and other products:
    /// text the product card must not read claims from.
    func isChromeOrAsideElement(_ index: Int) -> Bool {
        if tree[index].tag.isChrome
            || tree.attribute(.role, of: index).map({ Self.chromeRoles.contains($0.lowercased()) }) == true
        {
            return true
        }
        return hinted[index]
            && Self.hasToken(of: Self.chromeOrAsideTokens, hinted: Self.chromeOrAsideHints, on: index, in: tree)
    }

    private static let chromeOrAsideTokens = chromeTokens.union(asideTokens)
    private static let chromeOrAsideHints = ByteSearch.NeedleSet([
        "nav", "menu", "footer", "breadcrumb", "flyout", "drawer", "header", "cookie", "review", "comment",
        "related", "recommend", "upsell", "crosssell", "recently", "carousel",
    ])

    /// Inside a link, button or form label: its text names a control ("Refine by Active Ingredient:
    /// Hyaluronic Acid", "Niacinamide (153)"), it is never a list.
    func isControlLabel(_ index: Int) -> Bool { interactive[index] }

    /// Whether the element holds a group of checkboxes or radio buttons: a filter facet ("Ingredients:
    /// ☐ Niacinamide (153) ☐ Vitamin C (196)"), not a product's panel.
    func holdsChoices(_ element: Int) -> Bool {
        var count = 0
        for node in element..<tree.subtreeEnd(of: element) where tree[node].tag == .input {
            let type = tree.attribute(.type, of: node)?.lowercased()
            if type == "checkbox" || type == "radio" { count += 1 }
            if count >= 2 { return true }
        }
        return false
    }

    /// Inside a customer review, comment or question: shoppers' words ("Love the ingredients: niacinamide,
    /// zinc, …"), never the product's list. Marked by schema.org microdata (`itemprop="review"`) or by
    /// the words every review widget's classes use.
    func isUserContent(_ index: Int) -> Bool { index > 0 && userContentOrInside[tree[index].parent] }

    /// Whether an element is a review, comment or question block, or inside one.
    func isOrInUserContent(_ element: Int) -> Bool { userContentOrInside[element] }

    /// Also the JSON keys and schema.org types of shoppers' content (`JSONCandidateFinder`).
    static let userContentTokens: Set<String> = ["review", "reviews", "comment", "comments"]
    private static let userContentHints = ByteSearch.NeedleSet(["review", "comment"])

    private static func isUserContentElement(_ index: Int, in tree: HTMLTree, hinted: Bool) -> Bool {
        guard !tree[index].isText else { return false }
        if let itemprop = tree.attribute(.itemprop, of: index)?.lowercased(),
            itemprop.split(separator: " ").contains(where: { userContentTokens.contains(String($0)) })
        {
            return true
        }
        return hinted && hasToken(of: userContentTokens, hinted: userContentHints, on: index, in: tree)
    }

    /// Inside `<script>`, `<style>` or other content a reader never sees.
    func isInvisible(_ index: Int) -> Bool { invisible[index] }

    func text(_ index: Int, maxLength: Int = IngredientCandidate.maxLength) -> String {
        TextRenderer.text(of: index, in: tree, maxLength: maxLength, keepingListLines: true)
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
