import INCICheck
import Testing
import Yams

/// What `inci init` and `--print-policy` write for a column name or an Annex II path reads back as the same
/// text, whatever characters a catalog's header has.
@Suite struct PolicyDocumentQuotingTests {
    static let awkward = [
        "INCI: full list", "yes", "No", "null", "~", "1.5", "-x", "#hash", "a # b", "Ingrédients", "tab\there",
        "quote \" and \\ backslash", "line\nbreak", " padded ", "[bracket]", "a, b", "{brace}", "'single'", "&anchor",
        "*alias", "!tag", "%percent", "@at", "`tick`", "|pipe", ">fold", "?", "bell\u{7}",
    ]

    @Test(arguments: awkward) func aValueReadsBackAsItself(_ text: String) throws {
        let block = try Yams.load(yaml: "key: \(PolicyDocument.quoted(text))\n") as? [String: Any]
        #expect(block?["key"] as? String == text, "\(PolicyDocument.quoted(text))")
        let flow = try Yams.load(yaml: "key: [\(PolicyDocument.quoted(text, inFlow: true)), other]\n") as? [String: Any]
        #expect(flow?["key"] as? [String] == [text, "other"], "\(PolicyDocument.quoted(text, inFlow: true))")
    }

    @Test func plainTextStaysPlain() {
        #expect(PolicyDocument.quoted("Ingredients") == "Ingredients")
        #expect(PolicyDocument.quoted("product name") == "product name")
    }
}
