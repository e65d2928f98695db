import Foundation
import INCICore
import INCITestSupport
import Testing

@testable import INCIHTML

/// The sixth batch of real pages (issue 13), each case reduced from a page in `Fixtures/pages`.
@Suite struct SixthBatchTests {
    /// sociolla.com's SK-II description (Fixtures/pages/sociolla-id-skii-clear-lotion-description.html,
    /// reduced): the legend of the `*` printed on the second name is glued to the last one without a comma
    /// (`Methylparaben *Pitera`). A short legend without footnote words still defines a mark the list used.
    @Test func aLegendOfAMarkTheListUsedEndsTheLastName() throws {
        let page = PageFixtures.html(
            "<p><strong>INGREDIENTS :</strong></p><p>Aqua (Water), Saccharomycopsis Ferment Filtrate*, "
                + "Butylene Glycol, Glycerin, Sodium Benzoate, Methylparaben *Pitera</p>")
        let products = try PageFixtures.result(page).get()
        #expect(products.count == 1)
        let names = products.first?.analysis.ingredients.map(\.token.raw) ?? []
        #expect(names.last == "Methylparaben")
        #expect(names.count == 6)
    }

    /// The legend rule needs the mark on a name: a space and a mark before a word the list never marked
    /// stay as printed, and a long tail is not a legend.
    @Test func anUnusedMarkIsNotALegend() throws {
        let analyzer = PageFixtures.extractor.analyzer
        let unused = try analyzer.analyze("Aqua, Glycerin, Sodium Benzoate, Methylparaben *Pitera").ingredients
        #expect(unused.last?.token.raw.hasPrefix("Methylparaben") == true)
        #expect(unused.last?.token.raw.hasSuffix("Pitera") == true)
        let long = try analyzer.analyze("Aqua, Glycerin*, Sodium Benzoate, Methylparaben *a b c d").ingredients
        #expect(long.last?.token.raw.hasSuffix("d") == true)
    }

    /// The real page itself: sixteen names, the last without its legend.
    @Test func savedSociollaDescription() throws {
        let products = try PageFixtures.result(
            [UInt8](try Data(contentsOf: SharedData.fixture("pages/sociolla-id-skii-clear-lotion-description.html")))
        ).get()
        #expect(products.count == 1)
        let names = products.first?.analysis.ingredients.map(\.token.raw) ?? []
        #expect(names.count == 16)
        #expect(names.last == "Methylparaben")
    }

    /// Sephora's Tula sunscreen (shared real pages): `-Key ingredient: what it does` highlight lines, a blank
    /// line, then the actives with their strengths before "Inactive Ingredients:" on the same line. The
    /// highlights are dropped when the text is read; they must not make the actives look like prose either.
    @Test func highlightLinesAboveTheActivesKeepThem() throws {
        let analyzer = PageFixtures.extractor.analyzer
        let label =
            "-S6Pro Complex™: Improves skin smoothness and maintains skin balance. \n-Red Algae: Provides oil "
            + "control and antioxidant protection. \n\nTitanium Dioxide 3.6%, Zinc Oxide 2.34% Inactive Ingredients: "
            + "Aqua/Water/Eau, Isododecane, Dimethicone"
        let names = try analyzer.analyze(label).ingredients.map(\.token.raw)
        #expect(names == ["Titanium Dioxide 3.6%", "Zinc Oxide 2.34%", "Aqua/Water/Eau", "Isododecane", "Dimethicone"])
        // A shop's sentences above the heading are still not a list.
        let prose = try analyzer.analyze(
            "Kojący szampon zawiera ekstrakt z piołunu, pochodną kwasu, oraz azeloglicynę. Dodatkowo zawiera "
                + "argininę, niacynamid, pantenol, alantoinę.\nSkład: Aqua, Glycerin, Panthenol"
        ).ingredients.map(\.token.raw)
        #expect(prose == ["Aqua", "Glycerin", "Panthenol"])
    }

    /// Thai, Indonesian and Arabic panels after a list end it as the other languages' do (one vocabulary,
    /// `ListTerminator`): how to use, benefits, warnings, the notification or registration number.
    @Test(arguments: [
        "ส่วนประกอบ: Aqua, Glycerin, Niacinamide\nวิธีใช้: ทาผิวหน้า\nเลขจดแจ้ง: 10-1-5932668",
        "Komposisi: Aqua, Glycerin, Niacinamide\nCara Pakai: Oleskan pada wajah\nNo. BPOM: NA18191201234",
        "Ingredients: Aqua, Glycerin, Niacinamide\nManfaat: Melembabkan kulit, Mencerahkan\nPeringatan: Hentikan",
        "المكونات: Aqua, Glycerin, Niacinamide\nطريقة الاستخدام: يوضع على الوجه\nتحذيرات: للاستخدام الخارجي فقط",
    ])
    func thaiIndonesianAndArabicPanelsEndTheList(label: String) throws {
        let names = try PageFixtures.extractor.analyzer.analyze(label).ingredients.map(\.token.raw)
        #expect(names == ["Aqua", "Glycerin", "Niacinamide"])
    }
}
