import Foundation
import INCICore
import INCIHTML
import Testing

/// One test per retailer layout in `Fixtures/html`: the list is found by the expected finder, chosen
/// over decoys, and the card reads what the page claims.
@Suite struct LayoutTests {
    @Test func amazonImportantInformation() throws {
        let products = try PageFixtures.products("amazon-like.html")
        #expect(products.count == 1)
        let product = try #require(products.first)
        #expect(product.strategy == .heading)
        #expect(product.names.prefix(4) == ["Water", "Niacinamide", "Glycerin", "Propanediol"])
        #expect(product.names.count == 13)
        #expect(product.analysis.coverage == 1)
        #expect(product.card.name == "Dermova Clear Pore Gel Moisturizer, Oil-Free, 1.7 fl oz")
        #expect(product.card.brand == "Dermova")
        #expect(product.card.price == "$18.99")
        #expect(product.card.skinTypes == ["Oily", "Acne Prone"])
        #expect(product.card.benefits == ["Pore Minimizing", "Oil Control", "Hydrating"])
        // From the bullets; "paraben-free" appears only in a review and must not be claimed.
        #expect(product.card.freeFrom == ["fragrance-free", "non-comedogenic", "oil-free"])
    }

    @Test func sephoraAccordionWithHighlightsBeforeTheList() throws {
        let products = try PageFixtures.products("sephora-like.html")
        let product = try #require(products.first)
        #expect(products.count == 1)
        #expect(product.strategy == .heading)
        // The highlighted-ingredient bullets are not part of the list.
        #expect(product.names.first == "Water")
        #expect(product.names.count == 13)
        #expect(product.names.contains("Salicylic Acid"))
        #expect(!product.analysis.ingredients.contains { $0.token.raw.contains("Clears pores") })
        #expect(product.card.name == "Pore Refining BHA Serum")
        #expect(product.card.brand == "Northcliff Labs")
        #expect(product.card.price == "34.00 USD")
        #expect(product.card.skinTypes == ["Normal", "Combination", "Oily"])
        #expect(product.card.benefits == ["Pores", "Acne and Blemishes", "Oiliness"])
        #expect(product.card.freeFrom.contains("paraben-free"))
        #expect(product.card.freeFrom.contains("phthalate-free"))
    }

    @Test func oliveYoungHiddenTabWithEnglishAndKoreanLists() throws {
        let products = try PageFixtures.products("oliveyoung-like.html")
        // The Korean 전성분 is the same list: one product, not two.
        #expect(products.count == 1)
        let product = try #require(products.first)
        #expect(product.names.count == 14)
        #expect(product.names.first == "Water")
        #expect(product.names.contains("Madecassoside"))
        #expect(product.card.brand == "Hanbit")
        #expect(product.card.price == "US$ 15.40")
        #expect(product.card.size == "200ml")
        #expect(product.card.skinTypes == ["All skin types", "Sensitive"])
        #expect(product.card.freeFrom == ["fragrance-free", "non-comedogenic"])
    }

    @Test func koreanListAloneIsRead() throws {
        let page = PageFixtures.html("<dl><dt>전성분</dt><dd>정제수, 부틸렌글라이콜, 글리세린, 나이아신아마이드, 판테놀</dd></dl>")
        let product = try #require(try PageFixtures.result(page).get().first)
        #expect(product.names == ["Water", "Butylene Glycol", "Glycerin", "Niacinamide", "Panthenol"])
    }

    @Test func yesStyleEmbeddedState() throws {
        let products = try PageFixtures.products("yesstyle-like.html")
        let product = try #require(products.first)
        #expect(products.count == 1)
        #expect(product.strategy == .embeddedJSON)
        #expect(product.names.count == 16)
        #expect(product.names.contains("Ceramide NP"))
        #expect(product.card.name == "Rice Bran Barrier Cream")
        #expect(product.card.brand == "MIRAEDAM")
        #expect(product.card.price == "US$ 16.80")
        #expect(product.card.size == "50ml")
        #expect(product.card.skinTypes == ["Dry", "Sensitive"])
        #expect(product.card.benefits == ["Dryness", "Redness"])
        #expect(product.card.freeFrom == ["fragrance-free", "paraben-free", "mineral-oil-free"])
    }

    @Test func shopifyBodyHTML() throws {
        let products = try PageFixtures.products("shopify-store.html")
        let product = try #require(products.first)
        #expect(products.count == 1)
        #expect(product.strategy == .shopify)
        #expect(product.names.count == 17)
        #expect(product.names.last == "Ethylhexylglycerin")
        #expect(product.card.brand == "Lumen & Moss")
        #expect(product.card.price == "24.00")
        #expect(product.card.size == "50 ml")
        #expect(product.card.skinTypes == ["Dry", "Very dry"])
        #expect(product.card.freeFrom == ["fragrance-free", "essential-oil-free"])
    }

    @Test func inciDecoderOverviewAndTableAreOneList() throws {
        let products = try PageFixtures.products("incidecoder-like.html")
        #expect(products.count == 1)
        let product = try #require(products.first)
        #expect(
            product.names == [
                "Zinc Oxide", "Water", "Caprylic/Capric Triglyceride", "Glycerin", "Polyglyceryl-4 Isostearate",
                "Tocopherol", "Phenoxyethanol",
            ])
        #expect(product.card.name == "Daily Mineral Sunscreen SPF 30")
        #expect(product.card.brand == "Velvetine")
    }

    @Test func inciDecoderTableAlone() throws {
        let page = PageFixtures.html(
            """
            <table class="product-skim"><thead><tr><th>Ingredient name</th><th>what-it-does</th></tr></thead>
            <tbody><tr><td><a>Aqua</a></td><td>solvent</td></tr><tr><td><a>Niacinamide</a></td><td>cell-communicating</td></tr>
            <tr><td><a>Zinc PCA</a></td><td>anti-acne</td></tr></tbody></table>
            """)
        let product = try #require(try PageFixtures.result(page).get().first)
        #expect(product.strategy == .ingredientTable)
        #expect(product.names == ["Water", "Niacinamide", "Zinc PCA"])
    }

    @Test func iHerbSectionsAndJSONLDCard() throws {
        let product = try #require(try PageFixtures.products("iherb-like.html").first)
        #expect(product.names.count == 11)
        #expect(product.names.first == "Water")
        #expect(!product.analysis.ingredients.contains { $0.token.raw.contains("external") })
        #expect(product.card.name == "Gentle Foaming Cleanser, 6 fl oz (177 ml)")
        #expect(product.card.brand == "Solvana")
        #expect(product.card.price == "11.42 USD")
        #expect(product.card.size == "6 fl oz")
        #expect(product.card.freeFrom == ["paraben-free", "soap-free"])
    }

    @Test func germanDrugstoreAccordion() throws {
        let product = try #require(try PageFixtures.products("german-drugstore.html").first)
        #expect(product.strategy == .heading)
        #expect(product.names.count == 14)
        #expect(product.names.prefix(2) == ["Water", "Glycerin"])
        #expect(product.card.name == "Hautfreund Sensitiv Gesichtscreme")
        #expect(product.card.brand == "Hautfreund")
        #expect(product.card.price == "3.95 EUR")
        #expect(product.card.size == "50 ml")
        #expect(product.card.skinTypes == ["empfindliche Haut", "trockene Haut"])
        #expect(product.card.freeFrom == ["fragrance-free", "non-comedogenic", "mineral-oil-free"])
    }

    @Test func dmProductAPIJSON() throws {
        let product = try #require(try PageFixtures.products("dm-product-api.json").first)
        #expect(product.strategy == .productJSON)
        #expect(product.names.count == 10)
        #expect(product.names.contains("Salicylic Acid"))
        #expect(product.card.name == "Reinigungsgel Klar & Frisch, 150 ml")
        #expect(product.card.brand == "Beispielmarke")
        #expect(product.card.price == "3,45 €")
        #expect(product.card.size == "150 ml")
        #expect(product.card.skinTypes == ["ölige Haut", "Mischhaut"])
        #expect(product.card.freeFrom == ["fragrance-free", "paraben-free"])
    }

    @Test func kitPageYieldsOneProductPerList() throws {
        let products = try PageFixtures.products("kit-page.html")
        #expect(products.count == 2)
        #expect(products.map(\.variant) == ["Cleanser", "Moisturizer"])
        #expect(products.first?.names.contains("Sodium Cocoyl Glycinate") == true)
        #expect(products.last?.names.contains("Dimethicone") == true)
        #expect(products.allSatisfy { $0.card.name == "Daily Duo Set" && $0.card.price == "$39.00" })
    }

    @Test func shadesInOneTextBecomeProducts() throws {
        let page = PageFixtures.html(
            """
            <h3>Ingredients</h3><p>Rose: Talc, Mica, Zinc Stearate, Dimethicone, CI 77491 (Iron Oxides). | \
            Peach: Talc, Mica, Zinc Stearate, Dimethicone, CI 77492 (Iron Oxides), CI 77891 (Titanium Dioxide).</p>
            """)
        let products = try PageFixtures.result(page).get()
        #expect(products.map(\.variant) == ["Rose", "Peach"])
        #expect(products.map { $0.names.count } == [5, 6])
    }

    @Test func shadesUnderTheirOwnHeadingsBecomeProducts() throws {
        let page = PageFixtures.html(
            """
            <h4>Rose Ingredients</h4><p>Talc, Mica, Zinc Stearate, Dimethicone, CI 77491 (Iron Oxides)</p>
            <h4>Peach Ingredients</h4><p>Talc, Mica, Zinc Stearate, Dimethicone, CI 77491 (Iron Oxides), CI 77891 (Titanium Dioxide)</p>
            <h4>Full ingredients</h4><p>Talc, Mica, Zinc Stearate, Dimethicone, CI 77491 (Iron Oxides)</p>
            """)
        let products = try PageFixtures.result(page).get()
        #expect(products.map(\.variant) == ["Rose", "Peach"])
    }

    @Test func inlineDescription() throws {
        let product = try #require(try PageFixtures.products("description-inline.html").first)
        #expect(product.strategy == .inlineLabel)
        #expect(product.names.count == 9)
        #expect(product.names.first == "Aloe Barbadensis (Aloe Vera) Leaf Juice")
        #expect(product.card.brand == "Maison Verte")
        #expect(product.card.price == "14.5 EUR")
        #expect(product.card.size == "100 ml")
        #expect(product.card.skinTypes == ["Peaux grasses", "Peaux mixtes"])
        #expect(product.card.freeFrom == ["fragrance-free", "non-comedogenic"])
    }

    /// An inline label may carry its word for "list" or "labelling" before the colon: "Ingredients list:",
    /// Japan's "全成分表示：", Korea's "전성분 표기 :".
    @Test(arguments: [
        (
            "<p>A light serum for dry skin. Ingredients list: Water, Glycerin, Niacinamide, Butylene Glycol.</p>",
            "Water"
        ),
        ("<p>しっとり保湿する美容液です。全成分表示：水、グリセリン、ナイアシンアミド、ＢＧ</p>", "水"),
        ("<div><p>피부를 촉촉하게. 전성분 표기 : 정제수, 글리세린, 나이아신아마이드, 부틸렌글라이콜</p></div>", "정제수"),
    ])
    func inlineLabelWithItsListWord(body: String, first: String) throws {
        let product = try #require(try PageFixtures.result(PageFixtures.html(body)).get().first)
        #expect(product.strategy == .inlineLabel)
        #expect(product.analysis.ingredients.map(\.token.raw).first == first)
        #expect(product.names == ["Water", "Glycerin", "Niacinamide", "Butylene Glycol"])
    }

    /// A heading in any language the list parser knows is a label: French and Swedish pharmacies, Polish,
    /// Czech and Russian drugstores print "Composition", "Ingredienser", "Skład", "Složení", "Состав".
    @Test(arguments: [
        "Composition", "Zusammensetzung", "Skład", "SKŁAD", "Složení", "Ingredienser", "Состав", "СОСТАВ",
        "Összetevők", "Thành phần", "ส่วนประกอบ",
    ])
    func headingInALanguageTheListParserKnows(heading: String) throws {
        let page = PageFixtures.html(
            "<h1>Crème</h1><h3>Description</h3><p>Une crème légère.</p><h3>\(heading)</h3><p>Aqua, Glycerin, Niacinamide, Butylene Glycol</p>"
        )
        let product = try #require(try PageFixtures.result(page).get().first)
        #expect(product.names == ["Water", "Glycerin", "Niacinamide", "Butylene Glycol"])
    }

    /// Under such a heading a perfume's notes are no list.
    @Test func perfumeNotesUnderCompositionAreNoList() {
        let page = PageFixtures.html(
            "<h1>Eau de Parfum</h1><h3>Composition</h3><p>Notes de tête : Bergamote, Citron, Poivre rose. Notes de cœur : Jasmin, Rose, Iris. Notes de fond : Musc, Ambre, Vanille.</p>"
        )
        #expect(throws: PageError.noIngredientList) { try PageFixtures.result(page).get() }
    }

    /// A label in brackets inside a paragraph ("【全成分】 …", as Rakuten shops print it), in a page saved
    /// in UTF-8 and in EUC-JP (the charset Rakuten's pages declare; libxml2 decodes it).
    @Test(arguments: ["utf-8", "EUC-JP"])
    func bracketedInlineLabel(charset: String) throws {
        let paragraph = "【全成分】 ジメチコン、水、酸化亜鉛、エタノール、グリセリン ※パッケージ変更あり"
        // The same paragraph in EUC-JP (iconv -f UTF-8 -t EUC-JP); Foundation on Linux has no EUC-JP encoder.
        let eucJP: [UInt8] = [
            0xa1, 0xda, 0xc1, 0xb4, 0xc0, 0xae, 0xca, 0xac, 0xa1, 0xdb, 0x20, 0xa5, 0xb8, 0xa5, 0xe1, 0xa5,
            0xc1, 0xa5, 0xb3, 0xa5, 0xf3, 0xa1, 0xa2, 0xbf, 0xe5, 0xa1, 0xa2, 0xbb, 0xc0, 0xb2, 0xbd, 0xb0,
            0xa1, 0xb1, 0xf4, 0xa1, 0xa2, 0xa5, 0xa8, 0xa5, 0xbf, 0xa5, 0xce, 0xa1, 0xbc, 0xa5, 0xeb, 0xa1,
            0xa2, 0xa5, 0xb0, 0xa5, 0xea, 0xa5, 0xbb, 0xa5, 0xea, 0xa5, 0xf3, 0x20, 0xa2, 0xa8, 0xa5, 0xd1,
            0xa5, 0xc3, 0xa5, 0xb1, 0xa1, 0xbc, 0xa5, 0xb8, 0xca, 0xd1, 0xb9, 0xb9, 0xa4, 0xa2, 0xa4, 0xea,
        ]
        let head = Array(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=\(charset)\"></head><body><div class=\"spec\"><p>"
                .utf8)
        let bytes = head + (charset == "utf-8" ? Array(paragraph.utf8) : eucJP) + Array("</p></div></body></html>".utf8)
        let product = try #require(try PageFixtures.result(bytes).get().first)
        #expect(product.strategy == .inlineLabel)
        #expect(product.names == ["Dimethicone", "Water", "Zinc Oxide", "Alcohol", "Glycerin"])
    }

    @Test func jsonLDDescriptionOnly() throws {
        let product = try #require(try PageFixtures.products("jsonld-only.html").first)
        #expect(product.strategy == .jsonLD)
        #expect(product.names.count == 13)
        #expect(product.names.contains("Retinal"))
        #expect(product.card.name == "Retinal Night Serum 0.05%")
        #expect(product.card.brand == "Oakline")
        #expect(product.card.size == "30 ml")
        #expect(product.card.price == "42.00 GBP")
    }

    /// Menus, prose, plain JavaScript, CSS and templates mention ingredients; none is a list.
    @Test func pageWithoutAListSaysSo() throws {
        let result = PageFixtures.result(try PageFixtures.bytes("no-list.html"))
        #expect(throws: PageError.noIngredientList) { try result.get() }
    }

    /// The full list wins over a shorter "key ingredients" teaser placed first on the page.
    @Test func bestRecognizedCandidateWinsNotTheFirst() throws {
        let page = PageFixtures.html(
            """
            <div><h3>Ingredients</h3><p>Niacinamide, Zinc</p></div>
            <div><h3>Full Ingredients</h3><p>Water, Niacinamide, Glycerin, Zinc PCA, Pentylene Glycol, Carbomer, Phenoxyethanol</p></div>
            """)
        let products = try PageFixtures.result(page).get()
        #expect(products.count == 1)
        #expect(products.first?.names.count == 7)
    }

    /// Text under an "Ingredients" heading that the matcher does not recognize is not a list.
    @Test func unrecognizedTextUnderAHeadingIsNotAList() {
        let page = PageFixtures.html("<h3>Ingredients</h3><p>Love, sunshine, good vibes and a little magic</p>")
        #expect(throws: PageError.noIngredientList) { try PageFixtures.result(page).get() }
    }

    /// Smaller structures retailers use: `<details>`, ARIA tabs, `<br>` lines, a `<th>` row, a French
    /// inline label with a space before the colon.
    @Test(arguments: [
        "<details><summary>Ingredients</summary><ul><li>Water</li><li>Glycerin</li><li>Niacinamide</li><li>Zinc PCA</li></ul></details>",
        "<div role=\"tablist\"><button role=\"tab\" id=\"t1\" aria-controls=\"p1\">Details</button><button role=\"tab\" id=\"t2\" aria-controls=\"p2\">INGREDIENTS</button></div>"
            + "<div role=\"tabpanel\" id=\"p1\">A serum.</div><div role=\"tabpanel\" id=\"p2\" hidden>Water<br>Glycerin<br>Niacinamide<br>Zinc PCA</div>",
        "<table><tr><th>Marke</th><td>Beispiel</td></tr><tr><th>Inhaltsstoffe</th><td>Aqua, Glycerin, Niacinamide, Zinc PCA</td></tr></table>",
        "<p>Un sérum léger. <strong>Ingrédients :</strong> Aqua, Glycerin, Niacinamide, Zinc PCA.</p>",
        "<p>Un sérum léger pour les peaux mixtes. Composition : Aqua, Glycerin, Niacinamide, Zinc PCA.</p>",
        "<div class=\"accordion\"><div class=\"accordion-title\">Full ingredient list</div><div class=\"accordion-body\" style=\"display:none\"><p>Water, Glycerin, <span>Niacinamide</span>, Zinc PCA</p></div></div>",
    ])
    func smallStructures(body: String) throws {
        let product = try #require(try PageFixtures.result(PageFixtures.html(body)).get().first)
        #expect(product.names == ["Water", "Glycerin", "Niacinamide", "Zinc PCA"])
    }
}
