import Foundation
import Testing

@testable import INCIHTML

/// The card fields added for issue 13: the price as a number with its currency, the scent and the
/// featured ingredients, from JSON-LD, microdata, Open Graph and printed "Label: value" pairs.
@Suite struct CardFieldTests {
    static let list = "<h3>Ingredients</h3><p>Water, Glycerin, Niacinamide, Zinc PCA, Phenoxyethanol</p>"

    static func card(_ body: String, head: String = "<meta charset=\"utf-8\">") throws -> ProductCard {
        try #require(try PageFixtures.result(PageFixtures.html(body + list, head: head)).get().first).card
    }

    @Test(
        arguments: [
            ("$18.99", 18.99, nil), ("2,45 €", 2.45, "EUR"), ("£1,299.00", 1299, "GBP"), ("₩25,000", 25000, "KRW"),
            ("1.299,00 €", 1299, "EUR"), ("US$ 15.40", 15.4, "USD"), ("34.00 USD", 34, "USD"), ("CHF 12.–", 12, "CHF"),
            ("12 500 ₩", 12500, "KRW"),
        ] as [(String, Double, String?)])
    func printedPrices(text: String, amount: Double, currency: String?) throws {
        let parsed = try #require(PriceText.parse(text))
        #expect(parsed.amount == amount)
        #expect(parsed.currency == currency)
    }

    @Test func noNumberNoPrice() {
        #expect(PriceText.parse("Sold out") == nil)
    }

    @Test func jsonLDOffersAndAdditionalProperties() throws {
        let head = """
            <script type="application/ld+json">{"@type":"Product","name":"Calm Balm","brand":{"@type":"Brand","name":"Hollow"},
            "offers":{"@type":"Offer","price":24.5,"priceCurrency":"EUR"},
            "additionalProperty":[{"@type":"PropertyValue","name":"Scent","value":"Lavender & Cedar"},
            {"@type":"PropertyValue","name":"Key Ingredients","value":"Niacinamide, Zinc PCA"}]}</script>
            """
        let card = try Self.card("<h1>Calm Balm</h1>", head: head)
        #expect(card.priceAmount == 24.5)
        #expect(card.priceCurrency == "EUR")
        #expect(card.scent == "Lavender & Cedar")
        #expect(card.keyIngredients == ["Niacinamide", "Zinc PCA"])
    }

    /// A price inside a link is another product's card ("Similar Products" carousels, hollandandbarrett.com):
    /// better no price than the wrong one.
    @Test func priceInsideAnotherProductsLinkIsNotThisOne() throws {
        let card = try Self.card(
            """
            <h1>Skin Food Glow Serum Drops 30ml</h1><p class="wasPrice">Was: £12.95</p>
            <div aria-roledescription="carousel"><a href="/shop/product/night-cream"><div class="ProductCard-title">Night Cream</div>
            <p class="MppProductCardPrice-module_price__bold">£11.96</p></a></div>
            """)
        #expect(card.price == nil)
        let own = try Self.card("<h1>Night Cream</h1><p class=\"product-price\">£11.96</p>")
        #expect(own.price == "£11.96")
    }

    @Test func microdataPrice() throws {
        let card = try Self.card(
            """
            <div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Calm Balm</h1>
            <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><span itemprop="priceCurrency" content="GBP">£</span>
            <span itemprop="price" content="12.00">12.00</span></div></div>
            """)
        #expect(card.priceAmount == 12)
        #expect(card.priceCurrency == "GBP")
    }

    @Test func openGraphPrice() throws {
        let card = try Self.card(
            "<h1>Calm Balm</h1>",
            head: """
                <meta property="product:price:amount" content="1.299,00"><meta property="product:price:currency" content="eur">
                """)
        #expect(card.priceAmount == 1299)
        #expect(card.priceCurrency == "EUR")
    }

    @Test func printedScentAndKeyIngredients() throws {
        let card = try Self.card(
            """
            <h1>Body Wash</h1><p class="price">$9.50</p><p>Scent: Coconut Milk</p>
            <h3>Key Ingredients</h3><ul><li>Niacinamide: evens the look of tone</li><li>Zinc PCA – balances oil</li></ul>
            """)
        #expect(card.price == "$9.50")
        #expect(card.priceAmount == 9.5)
        // A bare "$" does not say which dollar.
        #expect(card.priceCurrency == nil)
        #expect(card.scent == "Coconut Milk")
        #expect(card.keyIngredients == ["Niacinamide", "Zinc PCA"])
    }

    @Test func specialIngredientsInline() throws {
        let card = try Self.card(
            "<h1>Cica Cream</h1><p>Special Ingredients: Centella Asiatica Extract, Madecassoside</p>")
        #expect(card.keyIngredients == ["Centella Asiatica Extract", "Madecassoside"])
    }
}
