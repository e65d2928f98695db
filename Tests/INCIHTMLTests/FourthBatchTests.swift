import Foundation
import INCITestSupport
import Testing

@testable import INCIHTML

/// The fourth batch of real pages (issue 13), each case reduced from a page in `Fixtures/pages`.
@Suite struct FourthBatchTests {
    static let list =
        "Water, Glycerin, Niacinamide, Butylene Glycol, Sodium Hyaluronate, Ceramide NP, Ethylhexylglycerin"

    /// A Shopify theme's tabs (Fixtures/pages/skincupid-uk-dr-ceuracle-kombucha-tea-essence.html, reduced):
    /// the titles are `<div class="tab-title nav-link">` in a row, the panels sit in the container after the
    /// row, and nothing names which panel a title opens (a script switches them by number). The nth title
    /// opens the nth panel.
    @Test func tabTitleOpensThePanelAtItsPosition() throws {
        let page = PageFixtures.html(
            """
            <section class="product-tabs-section"><div class="tabs flex">
              <div class="tab-title nav-link active" @click="selected = 1">Description</div>
              <div class="tab-title nav-link" @click="selected = 2">Ingredients</div>
              <div class="tab-title nav-link" @click="selected = 3">How to use</div>
            </div>
            <div class="flex overflow-hidden" x-ref="tabContainer">
              <div class="tab-content show-tab"><div class="rte"><p>A multi-tasking essence for all skin types,
              with a cocktail of star ingredients such as green tea and kombucha.</p></div></div>
              <div class="tab-content"><div class="rte"><p><span>Green Tea Leaf Water: Antimicrobial Green Tea Leaf
              Water supports skin health by regulating oil production, hydrating, stimulating blood circulation, and
              soothing inflammation.<br><br>\(Self.list)<br><br>*Ingredients are subject to change at the
              manufacturer's discretion.</span></p></div></div>
              <div class="tab-content"><div class="rte"><p>Pat onto clean skin after toner.</p></div></div>
            </div></section>
            """)
        let products = try PageFixtures.result(page).get()
        #expect(products.count == 1)
        #expect(products.first?.analysis.ingredients.map(\.token.raw) == Self.list.components(separatedBy: ", "))
    }

    /// When the container after the row holds another number of blocks than there are titles, position
    /// pairs nothing: a row of short links over an unrelated grid is not a set of tabs.
    @Test func positionPairsOnlyEqualCounts() {
        let page = PageFixtures.html(
            """
            <div class="row"><div>Skincare</div><div>Ingredients</div><div>Brands</div></div>
            <div class="grid"><div>\(Self.list)</div><div>Offers</div></div>
            """)
        let finder = HeadingCandidateFinder(
            page: PageIndex(HTMLParser.parse(page, encoding: "UTF-8")), strategy: .heading)
        #expect(!finder.candidates().contains { $0.text == Self.list })
        #expect(finder.candidates().contains { $0.text.hasPrefix(Self.list) })
    }

    /// The real page itself: one product, its 23 names, neither the key-ingredient notes nor the shop's
    /// note after the list.
    @Test func savedShopifyPage() throws {
        let bytes = [UInt8](
            try Data(contentsOf: SharedData.fixture("pages/skincupid-uk-dr-ceuracle-kombucha-tea-essence.html")))
        let products = try PageFixtures.result(bytes).get()
        #expect(products.count == 1)
        let names = products.first?.analysis.ingredients.map(\.token.raw) ?? []
        #expect(names.count == 23)
        #expect(names.first == "Camellia Sinensis Leaf Water / Aqua")
        #expect(names.last == "Ethylhexylglycerin")
    }
}
