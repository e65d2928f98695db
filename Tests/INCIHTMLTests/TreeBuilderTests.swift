import Testing

@testable import INCIHTML

/// The tree built from libxml2's SAX events is the document libxml2 would build (checked node for node
/// against the document on the fixtures, the real pages and 3,417 fuzzing inputs when it was written);
/// these are the cases where that takes care.
@Suite struct TreeBuilderTests {
    static func tree(_ html: String) -> HTMLTree { HTMLParser.parse(Array(html.utf8), encoding: "UTF-8") }

    static func texts(_ tree: HTMLTree) -> [String] {
        tree.nodes.indices.filter { tree[$0].isText }.map { tree.text(of: $0) }
    }

    @Test func characterEventsMakeOneTextNodeUntilAComment() {
        let tree = Self.tree("<p>Water &amp; Glycerin<!-- x -->, Niacinamide<?pi x?> Zinc</p>")
        #expect(Self.texts(tree) == ["Water & Glycerin", ", Niacinamide", " Zinc"])
    }

    @Test func aDoctypeInTheBodyDoesNotSplitText() {
        let tree = Self.tree("<p>Water, <!DOCTYPE html>Glycerin</p>")
        #expect(Self.texts(tree) == ["Water, Glycerin"])
    }

    @Test func whitespaceTextIsOneSharedSpace() {
        let tree = Self.tree("<div>\n   <p>a</p>\n\t</div>")
        #expect(Self.texts(tree) == [" ", "a", " "])
        #expect(tree.bytes.count == 2, "the indentation's bytes are given back")
    }

    @Test func prefixedNamesAreLocalNames() {
        let tree = Self.tree("<html><body><dc:title>x</dc:title><x:h1>y</x:h1></body></html>")
        #expect(tree.nodes.contains { $0.tag == .title })
        #expect(tree.nodes.contains { $0.tag == .h1 })
    }

    @Test func aSecondTopLevelElementGoesWhereLibxml2PutsIt() {
        // No doctype: under the first element. A doctype first: beside it, at the top.
        let plain = Self.tree("<html><body>a</body></html><html><p>b</p></html>")
        let secondPlain = plain.nodes.indices.filter { plain[$0].tag == .html }
        let doctype = Self.tree("<!DOCTYPE html><html><body>a</body></html><html><p>b</p></html>")
        let secondDoctype = doctype.nodes.indices.filter { doctype[$0].tag == .html }
        #expect(secondPlain.count == 2 && secondDoctype.count == 2)
        if secondPlain.count == 2 { #expect(plain[secondPlain[1]].parent == secondPlain[0]) }
        if secondDoctype.count == 2 { #expect(doctype[secondDoctype[1]].parent == 0) }
        #expect(Self.texts(plain).joined().contains("b") && Self.texts(doctype).joined().contains("b"))
    }

    @Test func textInsideScriptIsDroppedUnlessItIsData() {
        let tree = Self.tree(
            """
            <script>var a = "Ingredients: Water";</script><style>p{}</style>\
            <script type="application/ld+json">{"a": 1}</script><p>x</p>
            """)
        #expect(Self.texts(tree) == ["{\"a\": 1}", "x"])
    }

    @Test func nestingStopsTheParserAtLibxml2sLimit() {
        let tree = Self.tree(
            String(repeating: "<div>", count: 10_000) + "deep" + String(repeating: "</span>", count: 10_000))
        // libxml2 refuses an element when more than the limit are open: the deepest is at limit + 1.
        var depth = 0
        var node = tree.nodes.indices.last { !tree[$0].isText }!
        while node > 0 {
            depth += 1
            node = tree[node].parent
        }
        #expect(depth == HTMLParser.depthLimit + 1)
        #expect(tree.stoppedAtDepthLimit)
        #expect(!Self.tree(String(repeating: "<div>", count: 200) + "x").stoppedAtDepthLimit)
        #expect(!Self.texts(tree).contains("deep"))
    }

    @Test func attributesWithoutValuesAndInAnyCase() {
        let tree = Self.tree("<details open ID=\"ing\" Class=\"Tab\"><summary>Ingredients</summary></details>")
        let details = tree.nodes.indices.first { tree[$0].tag == .details }!
        #expect(tree.attribute(.id, of: details) == "ing")
        #expect(tree.attribute(.class, of: details) == "Tab")
        #expect(tree.attribute(.role, of: details) == nil)
    }
}
