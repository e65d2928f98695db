import INCIReport
import INCITestSupport
import Testing

/// Every context of the HTML writer against the strings pages and catalogs may hold.
@Suite struct HTMLEscapingTests {
    @Test(arguments: HTMLMarkup.hostileStrings)
    func textAndAttributesNeverHoldMarkup(_ hostile: String) {
        for escaped in [HTMLEscaping.text(hostile), HTMLEscaping.attribute(hostile)] {
            #expect(!escaped.contains("<"))
            #expect(!escaped.contains(">"))
            #expect(!escaped.contains("\""))
            #expect(!escaped.contains("'"))
            #expect(!escaped.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
            #expect(!escaped.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) })
            #expect(!escaped.unicodeScalars.contains { (0x2066...0x2069).contains($0.value) })
        }
    }

    @Test func controlCharactersAndBidiOverridesAreShown() {
        #expect(HTMLEscaping.text("a\u{0}b\u{1B}c\u{7F}") == "a\u{2400}b\u{241B}c\u{2421}")
        #expect(HTMLEscaping.text("abc\u{202E}fdp.exe") == "abc\u{27E8}U+202E\u{27E9}fdp.exe")
        #expect(HTMLEscaping.text("x\u{85}y") == "x\u{27E8}U+0085\u{27E9}y")
        #expect(HTMLEscaping.text("line\nbreak\ttab") == "line break tab")
        #expect(HTMLEscaping.text("Crème & <Aqua>") == "Crème &amp; &lt;Aqua&gt;")
    }

    @Test(arguments: [
        "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
        "java\nscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)",
        "file:///etc/passwd", "\\\\evil.example\\share", "https://a.example/\u{202E}x", "",
    ])
    func unsafeURLsAreNotLinks(_ url: String) {
        #expect(HTMLEscaping.url(url) == nil)
        var writer = HTMLWriter()
        writer.link(url, text: "label")
        #expect(!writer.html.contains("<a"))
        #expect(!writer.html.contains("<script"))
    }

    @Test func webAndRelativeURLsAreLinks() {
        #expect(
            HTMLEscaping.url("https://example.com/p?q=1&r=\"x\"") == "https://example.com/p?q=1&amp;r=&quot;x&quot;")
        #expect(HTMLEscaping.url("HTTP://example.com") == "HTTP://example.com")
        #expect(HTMLEscaping.url("page.html#p3") == "page.html#p3")
        #expect(HTMLEscaping.url("/a/b:c") == "/a/b:c")
        var writer = HTMLWriter()
        writer.link("https://example.com/<x>", text: "<img src=x onerror=alert(1)>")
        #expect(writer.html == "<a href=\"https://example.com/&lt;x&gt;\">&lt;img src=x onerror=alert(1)&gt;</a>")
    }

    @Test func cssOnlyTakesNumbers() {
        let style = HTMLAttribute.style(CSSDeclaration("width", 12.345, "%"), CSSDeclaration("left", .nan, "%"))
        var writer = HTMLWriter()
        writer.element("span", [style])
        #expect(writer.html == "<span style=\"width:12.35%;left:0%\"></span>")
    }

    @Test(arguments: HTMLMarkup.hostileStrings)
    func everyContextOfTheWriterKeepsHostileInputAsText(_ hostile: String) {
        var writer = HTMLWriter()
        writer.element(
            "div", [.class(hostile), HTMLAttribute("aria-label", hostile), .id(HTMLAnchor("p", slug: hostile))]
        ) {
            $0.text(hostile)
            $0.link(hostile, text: hostile)
            $0.element("td", text: hostile)
        }
        let markup = HTMLMarkup(writer.html)
        #expect(markup.tags.isSubset(of: ["div", "td", "a"]), "\(markup.tags)")
        #expect(markup.attributes.isSubset(of: ["class", "aria-label", "id", "href"]), "\(markup.attributes)")
        #expect(!writer.html.contains("<img"))
        #expect(!writer.html.contains("<script"))
        #expect(!writer.html.contains("href=\"javascript"))
    }

    @Test func anchorsKeepOnlyLettersDigitsAndDashes() {
        #expect(HTMLAnchor("rule-", slug: "unknown-ingredients").id == "rule-unknown-ingredients")
        #expect(HTMLAnchor("x", slug: "a\"b <c>").id == "xa-b--c-")
        #expect(HTMLAnchor("p", 12).id == "p12")
    }

    @Test func numbersUseAPointAndDropTrailingZeros() {
        #expect(HTMLNumber.format(12.5, places: 2) == "12.5")
        #expect(HTMLNumber.format(3, places: 2) == "3")
        #expect(HTMLNumber.format(-0.004, places: 2) == "0")
        #expect(HTMLNumber.format(-1.25, places: 1) == "-1.3")
        #expect(HTMLNumber.format(0.05, places: 2) == "0.05")
    }

    @Test func thePageForbidsScriptsAndRequests() {
        let html = HTMLPage(title: "</title><script>alert(1)</script>").render { $0.text("body") }
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(
            html.contains(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:"
            ))
        #expect(html.contains("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"))
        #expect(!html.contains("<script"))
        #expect(html.contains("prefers-color-scheme:dark"))
        #expect(html.contains("@media print"))
    }
}
