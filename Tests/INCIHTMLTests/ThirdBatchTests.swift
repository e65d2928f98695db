import Foundation
import Testing

@testable import INCIHTML

/// The third batch of real pages (issue 13), each case reduced from a page in `Fixtures/pages`.
@Suite struct ThirdBatchTests {
    /// A Japanese brand page (Fixtures/pages/jp-skinmake-multi-balm.html, reduced): the list is bare text after
    /// an `<h5>【全成分】</h5>` in the same `<div>`, not an element of its own; the precautions block before
    /// it has the same shape. The list is found; the precautions are not a list.
    @Test func headingFollowedByBareText() throws {
        let page = PageFixtures.html(
            """
            <div class="col px-4">
              <div>目元、口元の気になる乾燥しやすい部分や唇の皮むけ改善、荒れ・乾燥予防などマルチにご使用頂けるマルチバームです。</div>
              <hr class="my-5">
              <div>
                <h5 class="mb-3">【ご使用上の注意】</h5>
            お肌に異常が生じていないかよく注意して使用してください。
            傷やはれもの、しっしん等、異常のある部位にはお使いにならないでください。
              </div>
              <hr class="my-5">
              <div>
                <h5 class="mb-3">
                  【全成分】
                </h5>
            ミネラルオイル 、マイクロクリスタリンワックス 、ワセリン 、トコフェロール、ホホバ種子油 、シア脂 、スクワラン
              </div>
            </div>
            """)
        let products = try PageFixtures.result(page).get()
        #expect(products.count == 1)
        #expect(
            products.first?.analysis.ingredients.map(\.token.raw) == [
                "ミネラルオイル", "マイクロクリスタリンワックス", "ワセリン", "トコフェロール", "ホホバ種子油", "シア脂", "スクワラン",
            ])
    }

    /// Bare text after a heading that is prose, not a list, stays without a product.
    @Test func headingFollowedByProse() throws {
        let page = PageFixtures.html(
            """
            <div><h5>Ingredients</h5>
            We source every ingredient from small farms, and we test each batch twice before it ships.</div>
            """)
        #expect(throws: PageError.noIngredientList) { try PageFixtures.result(page).get() }
    }

    /// Labels that name a selection of the list or what the product is free of, on a page with no full
    /// list: each is no product (a false list is worse than a missed one). A plain label and a product's
    /// own name as qualifier still are.
    @Test func selectionAndNegationLabelsAreNoList() throws {
        let highlights = "Niacinamide, Zinc PCA, Hyaluronic Acid, Squalane"
        for label in [
            "Power Ingredients", "Notable Ingredients", "Main Ingredients", "Wichtige Inhaltsstoffe", "주요성분",
            "Ingredients to avoid", "Ingredients we never use", "Free-from ingredients", "Natural Ingredients",
            "Soothing Ingredients",
        ] {
            let page = PageFixtures.html(
                "<div class=\"pdp\"><h1>Glow Serum</h1><h3>\(label)</h3><p>\(highlights)</p></div>")
            #expect(throws: PageError.noIngredientList, "\(label)") { try PageFixtures.result(page).get() }
        }
        let never = "Parabens, Sodium Lauryl Sulfate, Phthalates, Mineral Oil, Formaldehyde, Triclosan, Oxybenzone"
        let page = PageFixtures.html("<div><h3>Ingredients we never use</h3><p>\(never)</p></div>")
        #expect(throws: PageError.noIngredientList) { try PageFixtures.result(page).get() }
        for label in ["Ingredients", "Full Ingredients", "Serum Ingredients"] {
            let listed = PageFixtures.html(
                "<div><h3>\(label)</h3><p>Aqua, Glycerin, Niacinamide, Zinc PCA, Squalane, Phenoxyethanol</p></div>")
            #expect(try PageFixtures.result(listed).get().count == 1, "\(label)")
        }
        // A second label word is no qualifier: a balm's short list under "Ingredients (INCI)" is its list.
        let balm = PageFixtures.html(
            "<h3>Ingredients (INCI)</h3><p>Butyrospermum Parkii Butter, Cocos Nucifera Oil, Tocopherol</p>")
        #expect(try PageFixtures.result(balm).get().first?.analysis.ingredients.count == 3)
    }

    /// A shopper's review that names ingredients, in the page's review widget or in its JSON-LD, is no
    /// list; the product's own list beside it still is.
    @Test func reviewsAreNoList() throws {
        let review = "Love the ingredients: niacinamide, zinc, hyaluronic acid, all my favourites!"
        let widget = PageFixtures.html(
            "<h1>Glow Serum</h1><div class=\"pr-review-display\"><div class=\"pr-review\"><p>\(review)</p></div></div>")
        #expect(throws: PageError.noIngredientList) { try PageFixtures.result(widget).get() }
        let microdata = PageFixtures.html(
            "<h1>Glow Serum</h1><div itemprop=\"review\" itemscope><p itemprop=\"reviewBody\">\(review)</p></div>")
        #expect(throws: PageError.noIngredientList) { try PageFixtures.result(microdata).get() }
        let jsonLD = PageFixtures.html(
            "<h1>Glow Serum</h1>",
            head: """
                <script type="application/ld+json">{"@type":"Product","name":"Glow Serum","review":[{"@type":"Review",
                "reviewBody":"Ingredients: niacinamide, zinc, hyaluronic acid, squalane. Works great!"}]}</script>
                """)
        #expect(throws: PageError.noIngredientList) { try PageFixtures.result(jsonLD).get() }
        let both = PageFixtures.html(
            """
            <h1>Glow Serum</h1><h3>Ingredients</h3><p>Aqua, Glycerin, Niacinamide, Zinc PCA, Squalane</p>
            <section class="reviews"><p>\(review)</p></section>
            """)
        #expect(try PageFixtures.result(both).get().map { $0.analysis.ingredients.count } == [5])
    }
}
