import Foundation
import Testing

@testable import INCIHTML

/// The second batch of real pages (issue 13): a palette's numbered pans run together in one paragraph,
/// options named in brackets, a disclaimer in parentheses after the list, a label alone on a line of a
/// description, and lists that are only in the page's state (JavaScript assignments, Next.js' streamed payload, Nuxt's flattened payload).
@Suite struct PageStateAndPartsTests {
    static let pan1 = "탤크,마이카 (CI 77019),알루미늄전분옥테닐석시네이트,하이드로제네이티드폴리아이소부텐,메틸프로판다이올,다이메티콘,실리카,정제수,카민 (CI 75470)"
    static let pan2 = "탤크,마이카 (CI 77019),티타늄디옥사이드 (CI 77891),메틸프로판다이올,마그네슘미리스테이트,프로판다이올,정제수,울트라마린 (CI 77007),"
    static let pan3 = "폴리에틸렌테레프탈레이트,아크릴레이트코폴리머,티타늄디옥사이드 (CI 77891),메틸프로판다이올,실리카,프로판다이올,정제수,마이카 (CI 77019)"
    static let list =
        "Aqua (Water), Glycerin, Niacinamide, Butylene Glycol, Pentylene Glycol, Sodium Hyaluronate, Panthenol, Phenoxyethanol"

    // MARK: Parts of one text

    /// oliveyoung.co.kr's information table for a palette set (Fixtures/pages/oliveyoung-copy-clio-pro-eye-
    /// palette.html, reduced): each palette's name on its own line, then its pans "#1 …", "#2 …" one per
    /// source line, which the page renders run together. Each pan is a product; the stray comma ending a
    /// pan is not an item.
    @Test func numberedPansRunTogether() throws {
        let page = PageFixtures.html(
            """
            <div class="row"><div class="col-3" id="cdiv"><span>화장품법에 따라 기재해야 하는 모든 성분</span></div>
            <div class="col-8 top"><p>
            011호<br>
            #1 \(Self.pan1)
            #2 \(Self.pan2)
            <br>012호<br>
            #1 \(Self.pan3)
            #2 \(Self.pan1)
            <br></p></div></div>
            """)
        let products = try PageFixtures.result(page).get()
        #expect(products.map(\.variant) == ["011호 #1", "011호 #2", "012호 #1", "012호 #2"])
        #expect(products.map { $0.analysis.ingredients.count } == [9, 8, 8, 9])
        #expect(products[1].analysis.ingredients.last?.token.raw == "울트라마린 (CI 77007)")
    }

    /// Numbered text that is not a set of parts: a list that starts before the numbers, numbers with a gap.
    /// (Numbered prose is split, and each part is then refused by the selector as any prose is.)
    @Test func numbersThatAreNotParts() {
        #expect(VariantSplitter.numbered("Water, Glycerin, Mica\n#1 Talc, Mica, Silica\n#2 Talc, Mica, Silica") == nil)
        #expect(VariantSplitter.numbered("#1 Talc, Mica, Silica #3 Talc, Mica, Silica") == nil, "a gap in the numbers")
        #expect(
            VariantSplitter.numbered("#1 Talc, Mica, Silica #2 Talc, Mica, Silica")?.map(\.variant) == ["#1", "#2"])
    }

    /// Options named in brackets at line starts (`[01 Rosy] list`), and the brackets that are not names:
    /// a may-contain group and a bracketed label.
    @Test func bracketedOptionNames() throws {
        let parts = try #require(
            VariantSplitter.bracketed(
                "[01 Rosy] Water, Glycerin, Mica, CI 15850\n[02 Coral]\nWater, Glycerin, Mica, CI 77491"))
        #expect(parts.map(\.variant) == ["01 Rosy", "02 Coral"])
        #expect(parts[1].text == "Water, Glycerin, Mica, CI 77491")
        #expect(VariantSplitter.bracketed("Talc, Mica, Silica\n[+/- CI 77491, CI 77492, CI 77499]") == nil)
        #expect(VariantSplitter.bracketed("【全成分】 水、グリセリン、BG\n【使用方法】 適量を取り") == nil)

        let page = PageFixtures.html(
            "<h3>Ingredients</h3><p>[01 Rosy] \(Self.list), CI 15850<br>[02 Coral] \(Self.list), CI 77491</p>")
        let products = try PageFixtures.result(page).get()
        #expect(products.map(\.variant) == ["01 Rosy", "02 Coral"])
    }

    /// A set whose items are each named by a line of their own above their list, names separated by the
    /// full-width slash (an EC-CUBE shop's description): each item is a product; a footnote legend under the
    /// last list is not a name; a text that starts with its list, or a short line before a sentence, is not a set.
    @Test func setItemsNamedByLinesOfTheirOwn() throws {
        let lotion = "水／アロエベラ液汁＊／BG／ペンチレングリコール／グリセリン／キサンタンガム"
        let cream = "水／グリセリン／スクワラン／シア脂＊／ホホバ種子油＊／トコフェロール"
        let parts = try #require(VariantSplitter.namedLines("ローション\n\(lotion)\n\nクリーム\n\(cream)\n＊オーガニック原料"))
        #expect(parts.map(\.variant) == ["ローション", "クリーム"])
        #expect(parts[0].text == lotion)
        #expect(parts[1].text == cream, "the legend under the last list is not a name")
        #expect(
            VariantSplitter.namedLines("Cleanser:\n\(Self.list)\nToner:\n\(Self.list), Glycerin")?.map(\.variant)
                == ["Cleanser", "Toner"])
        #expect(VariantSplitter.namedLines("\(lotion)\nクリーム\n\(cream)") == nil, "the list comes first")
        #expect(VariantSplitter.namedLines("Ingredients\n\(Self.list)\nMay contain\n\(Self.list)") == nil)
        #expect(
            VariantSplitter.namedLines("New formula\nWe changed the formula this spring.\nSerum\n\(Self.list)") == nil)

        let page = PageFixtures.html(
            """
            <div class="product-description"><div class="product-description__title">配合成分</div>
            <div class="product-description__contents">ローション<br>\(lotion)<br><br>クリーム<br>\(cream)<br>
            ＊オーガニック原料</div></div>
            """)
        let products = try PageFixtures.result(page).get()
        #expect(products.map(\.variant) == ["ローション", "クリーム"])
        #expect(products.map(\.analysis.ingredients.count) == [6, 6])
    }

    // MARK: A label alone on its line

    /// A description written in a rich-text editor: "INGREDIENTS" is a line of the paragraph, no element
    /// holds it alone, and no colon follows it. The lines after it are the list, up to the next panel.
    @Test func labelAloneOnItsLine() throws {
        let page = PageFixtures.html(
            """
            <h1>Toner</h1><div class="product-description">A gentle toner for all skin types.<br><br>INGREDIENTS<br>
            \(Self.list)<br><br>How to use<br>Apply with a cotton pad, morning and evening, after cleansing.</div>
            """)
        let product = try #require(try PageFixtures.result(page).get().first)
        #expect(product.strategy == .inlineLabel)
        #expect(product.analysis.ingredients.count == 8)
        #expect(product.analysis.ingredients.last?.token.raw == "Phenoxyethanol")
        // Prose after such a line is not a list.
        let prose = PageFixtures.html(
            """
            <div class="product-description">Ingredients<br>We choose every ingredient for how it feels on the
            skin, and we never add what it does not need.</div>
            """)
        #expect(throws: PageError.noIngredientList) { try PageFixtures.result(prose).get() }
    }

    /// "Ingredients (INCI): …": a bracketed qualifier between the label and its colon.
    @Test func qualifierBeforeTheColon() throws {
        let page = PageFixtures.html("<h1>Toner</h1><p>A toner. Ingredients (INCI): \(Self.list)</p>")
        let product = try #require(try PageFixtures.result(page).get().first)
        #expect(product.analysis.ingredients.count == 8)
        #expect(product.analysis.ingredients.first?.token.raw == "Aqua (Water)")
    }

    /// A table of ingredients and their functions under an "Ingredients" heading, without a header row:
    /// the names are its first column, not every cell.
    @Test func ingredientAndFunctionTable() throws {
        let page = PageFixtures.html(
            """
            <h3>Ingredients</h3><div class="table-wrap"><table><tr><td>Aqua</td><td>Solvent</td></tr>
            <tr><td>Glycerin</td><td>Humectant</td></tr><tr><td>Niacinamide</td><td>Brightening</td></tr>
            <tr><td>Panthenol</td><td>Soothing</td></tr></table></div>
            """)
        let product = try #require(try PageFixtures.result(page).get().first)
        #expect(product.names == ["Water", "Glycerin", "Niacinamide", "Panthenol"])
    }

    // MARK: Disclaimers

    /// A Korean shop's note after the list, in parentheses after a `<br>` in the same cell
    /// (Fixtures/pages/kr-shop-lemon-fragrance-details.html): "the main ingredients may change" is a
    /// disclaimer wherever it starts in its line, not an item.
    @Test func disclaimerInParenthesesAfterTheList() throws {
        let cell =
            "레몬 오일,레몬 테르펜,라임 테르펜,매그롤란(태산목꽃추출물),다이프로필렌글라이콜,테트라메틸아세틸옥타하이드로나프탈렌,에틸리날룰\n(제품을 구성하는 주요 성분은 변경될 수 있습니다.)"
        #expect(BlockBoundaries.clean(cell) == String(cell.prefix(while: { $0 != "\n" })))
        let page = PageFixtures.html(
            """
            <table class="product_detail_table"><tr><th>전성분</th><td><span>정제수,글리세린,부틸렌글라이콜,나이아신아마이드,판테놀
            <br>(제품을 구성하는 주요 성분은 변경될 수 있습니다.)</span></td></tr></table>
            """)
        let product = try #require(try PageFixtures.result(page).get().first)
        #expect(product.analysis.ingredients.count == 5)
        #expect(product.analysis.unknown.isEmpty)
        // Short disclaimers in other languages the parser reads end the list too.
        for note in ["Skład może ulec zmianie.", "Состав может меняться.", "成分以实物包装为准。"] {
            #expect(
                BlockBoundaries.clean("Aqua, Glycerin, Niacinamide\n\(note)") == "Aqua, Glycerin, Niacinamide",
                "\(note)")
        }
    }

    // MARK: Lists only in the page's state

    /// `window.__INITIAL_STATE__ = {…}`: state written as code, read when the page shows no list.
    @Test func stateAssignedInCode() throws {
        let page = PageFixtures.html(
            """
            <div id="app"><h1>Serum</h1></div>
            <script>window.__INITIAL_STATE__ = {"product":{"id":12,"name":"Serum","ingredients":"\(Self.list)","price":19.9}};</script>
            """)
        let product = try #require(try PageFixtures.result(page).get().first)
        #expect(product.strategy == .scriptState)
        #expect(product.analysis.ingredients.count == 8)
    }

    /// Nuxt 2's state is a function call with unquoted keys; Next.js' app router streams its payload as
    /// strings, with the state's quotes escaped inside them.
    @Test func nuxtFunctionAndNextStream() throws {
        let nuxt = PageFixtures.html(
            """
            <div id="__nuxt"><h1>Serum</h1></div>
            <script>window.__NUXT__=(function(a,b){return {data:[{product:{name:"Serum",ingredients:"\(Self.list)",price:a}}],state:{cart:b}}}(19.9,null));</script>
            """)
        #expect(try PageFixtures.result(nuxt).get().first?.analysis.ingredients.count == 8)
        let escaped = Self.list.replacingOccurrences(of: "(", with: "\\\\u0028")
        let next = PageFixtures.html(
            """
            <main><h1>Serum</h1></main>
            <script>self.__next_f.push([1,"7:[\\"$\\",\\"div\\",null,{\\"product\\":{\\"name\\":\\"Serum\\",\\"ingredients\\":\\"\(escaped)\\"}}]\\n"])</script>
            """)
        let product = try #require(try PageFixtures.result(next).get().first)
        #expect(product.analysis.ingredients.count == 8)
        #expect(product.analysis.ingredients.first?.token.raw == "Aqua (Water)")
    }

    /// A category page's state holds its tiles' lists: no product. A page that shows a list keeps it,
    /// whatever its state holds.
    @Test func stateOfSeveralProductsIsNotAProduct() throws {
        let state = """
            <script>window.__INITIAL_STATE__={"products":[{"name":"A","ingredients":"Aqua, Glycerin, Niacinamide, Panthenol, Phenoxyethanol"},
            {"name":"B","ingredients":"Aqua, Butylene Glycol, Squalane, Tocopherol, Xanthan Gum, Citric Acid"}]};</script>
            """
        let category = PageFixtures.html("<main><h1>Serums</h1><ul><li><a href=\"/a\">A</a></li></ul></main>" + state)
        #expect(throws: PageError.noIngredientList) { try PageFixtures.result(category).get() }
        let product = PageFixtures.html("<main><h1>Serum</h1><h3>Ingredients</h3><p>\(Self.list)</p></main>" + state)
        let products = try PageFixtures.result(product).get()
        #expect(products.count == 1)
        #expect(products.first?.strategy == .heading)
    }

    /// Nuxt 3's `__NUXT_DATA__` is one flattened array whose objects hold the indices of their values.
    @Test func nuxtFlattenedPayload() throws {
        let page = PageFixtures.html(
            """
            <div id="__nuxt"><h1>Serum</h1></div><script type="application/json" id="__NUXT_DATA__" data-ssr="true">
            [["ShallowReactive",1],{"data":2},["ShallowReactive",3],{"product":4},{"name":5,"ingredients":6,"price":7},"Serum","\(Self.list)",19.9]
            </script>
            """)
        let product = try #require(try PageFixtures.result(page).get().first)
        #expect(product.strategy == .embeddedJSON)
        #expect(product.analysis.ingredients.count == 8)
    }

    /// JavaScript string escapes, one level at a time.
    @Test func scriptStringEscapes() {
        let raw = Array(#"Aqua\u002C Glycerin\nCI 77491 \ud83c\udf3f \"x\""#.utf8)
        #expect(
            String(decoding: ScriptStateCandidateFinder.unescaped(raw), as: UTF8.self)
                == "Aqua, Glycerin\nCI 77491 🌿 \"x\"")
    }
}
