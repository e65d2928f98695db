import Foundation
import INCICore
import INCITestSupport
import Testing

@testable import INCIHTML

/// The fifth batch of real pages (issue 13), each case reduced from a page in `Fixtures/pages`.
@Suite struct FifthBatchTests {
    static let list = "Aqua, Hexylene Glycol, Glycerin, Niacinamide, Sodium Chloride, Citric Acid, Panthenol"

    /// Guardian Vietnam's description (Fixtures/pages/guardian-vn-simple-micellar-water-description.html,
    /// reduced): text lines with `</br>` between them. Browsers draw a break for `</br>`, libxml2 drops it;
    /// so does the tree unless the end tag is read as `<br>`, and the field after the list ran into its last
    /// name ("Panthenol Đối tượng sử dụng: …").
    @Test func aBreakEndTagBreaksTheLine() throws {
        let page = PageFixtures.html(
            "<div>Thành phần: \(Self.list)\r\n</br>\r\nĐối tượng sử dụng: Phù hợp cho mọi loại da, kể cả làn da "
                + "nhạy cảm\r\n</BR >\r\nQuy cách: Chai, 400Ml\r\n</br/>\r\nHSD: 3 năm kể từ ngày sản xuất</div>")
        let products = try PageFixtures.result(page).get()
        #expect(products.count == 1)
        #expect(products.first?.analysis.ingredients.map(\.token.raw) == Self.list.components(separatedBy: ", "))
    }

    /// `</br>`, `</BR >` and `</br/>` become `<br >` in place (same length); `</brand>` and `<br>` stay.
    @Test func onlyBreakEndTagsAreRewritten() {
        let text = "a</br>b</BR >c</br/>d</brand>e<br>f</b>"
        let rewritten = BreakEndTags.rewritten(Array(text.utf8)).map { String(decoding: $0, as: UTF8.self) }
        #expect(rewritten == "a<br >b<BR  >c<br />d</brand>e<br>f</b>")
        #expect(BreakEndTags.rewritten(Array("<p>a</p><br/></b>".utf8)) == nil)
        let tree = HTMLParser.parse(Array("<p>one</br>two</p>".utf8), encoding: "UTF-8")
        #expect(TextRenderer.text(of: 0, in: tree).contains("one\ntwo"))
    }

    /// Wherever the end tag sits (at the start, mid-page, at the very end, followed by a name that only starts
    /// with "br"), it is rewritten exactly where a plain search finds it.
    @Test func breakEndTagsAreFoundAtEveryOffset() {
        for offset in 0..<20 {
            for tail in ["", ">", " x", "and>"] {
                let text =
                    String(repeating: "<a", count: offset / 2) + String(repeating: "x", count: offset % 2)
                    + "</Br" + tail
                let bytes = Array(text.utf8)
                var expected: [UInt8]? = nil
                if let at = ByteSearch.first(Array("</Br".utf8), in: bytes), tail != "and>" {
                    expected = bytes
                    expected![at + 1] = 0x42
                    expected![at + 2] = 0x72
                    expected![at + 3] = 0x20
                }
                #expect(BreakEndTags.rewritten(bytes) == expected, "\(text)")
            }
        }
    }

    /// Vietnamese panel headings after a list end it as the other languages' do (one vocabulary,
    /// `ListTerminator`): the list parser's own reading of a label stops there too.
    @Test func vietnamesePanelsEndTheList() throws {
        let analyzer = PageFixtures.extractor.analyzer
        let label = "Thành phần: Aqua, Glycerin, Niacinamide\nCông dụng: Giúp làm sạch da, giữ ẩm cho da\nHSD: 3 năm"
        #expect(try analyzer.analyze(label).ingredients.map(\.token.raw) == ["Aqua", "Glycerin", "Niacinamide"])
        #expect(ListTerminator.isPanelHeading("Hướng dẫn sử dụng:"))
        #expect(BlockBoundaries.endsList("Bảo quản: Nơi khô ráo, thoáng mát"))
    }

    /// The real page itself: sixteen names as the shop printed them (its comma inside "Sodium Ascorbyl
    /// Phosphate" included), none of the field lines after them.
    @Test func savedGuardianDescription() throws {
        let products = try PageFixtures.result(
            [UInt8](
                try Data(contentsOf: SharedData.fixture("pages/guardian-vn-simple-micellar-water-description.html")))
        ).get()
        #expect(products.count == 1)
        let names = products.first?.analysis.ingredients.map(\.token.raw) ?? []
        #expect(names.count == 16)
        #expect(names.last == "Panthenol")
    }
}
