import Foundation
import Testing

@testable import INCIHTML

/// Structures of real retailer pages that once lost the list or invented one (issue 13), each reduced
/// to the markup that decides it: navigation is told by structure, not by class names; filter facets
/// and control labels are not lists; kits give one product per component.
@Suite struct RetailerStructureTests {
    static let listA =
        "Water, Squalane, Glycerin, Caprylic/Capric Triglyceride, Cetearyl Alcohol, Niacinamide, Phenoxyethanol"
    static let listB = "Water, Butylene Glycol, Sodium Hyaluronate, Panthenol, Allantoin, Ethylhexylglycerin"

    static let menu = """
        <header><nav class="site-nav"><ul><li><a href="/skincare">Skincare</a></li>
        <li><a href="/ingredients">Ingredients</a><ul><li><a href="/i/niacinamide">Niacinamide</a></li>
        <li><a href="/i/retinol">Retinol</a></li><li><a href="/i/squalane">Squalane</a></li></ul></li></ul></nav></header>
        """

    // MARK: Class 1: lists inside navigation-looking markup

    /// A brand store keeps the full list in an `<aside class="…-flyout">` opened by a button.
    @Test func listInAFlyoutAside() throws {
        let page = PageFixtures.html(
            Self.menu + """
                <main><h1>Barrier Cream</h1><button aria-controls="ingredients-flyout">Full ingredient list</button>
                <aside class="pdp-ingredients-flyout drawer" id="ingredients-flyout"><div class="flyout__inner">
                <h3 class="flyout__title">Ingredients</h3><p>\(Self.listA)</p></div></aside></main>
                """)
        let products = try PageFixtures.result(page).get()
        #expect(products.count == 1)
        #expect(products.first?.names.first == "Water")
        #expect(products.first?.names.count == 7)
    }

    /// A Shopify theme titles its tabs `<div class="tab-title nav-link">`.
    @Test func tabTitleWithANavClass() throws {
        let page = PageFixtures.html(
            """
            <div class="product-tabs"><div class="tab-title nav-link" data-target="#tab-1">Description</div>
            <div class="tab-title nav-link" data-target="#tab-2">Ingredients</div>
            <div class="tab-content" id="tab-1"><p>A rich cream for dry skin.</p></div>
            <div class="tab-content" id="tab-2"><p>\(Self.listB)</p></div></div>
            """)
        let products = try PageFixtures.result(page).get()
        #expect(products.count == 1)
        #expect(products.first?.names.count == 6)
    }

    /// WooCommerce tabs are links to fragments of the page: labels of content, not navigation.
    @Test func wooCommerceTabLinks() throws {
        let page = PageFixtures.html(
            """
            <div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs" role="tablist">
            <li class="description_tab" id="tab-title-description"><a href="#tab-description">Description</a></li>
            <li class="ingredients_tab" id="tab-title-ingredients"><a href="#tab-ingredients">Ingredients</a></li>
            <li class="reviews_tab" id="tab-title-reviews"><a href="#tab-reviews">Reviews (0)</a></li></ul>
            <div class="woocommerce-Tabs-panel" id="tab-description" role="tabpanel" aria-labelledby="tab-title-description"><p>Soft.</p></div>
            <div class="woocommerce-Tabs-panel" id="tab-ingredients" role="tabpanel" aria-labelledby="tab-title-ingredients"><p>\(Self.listA)</p></div></div>
            """)
        let products = try PageFixtures.result(page).get()
        #expect(products.count == 1)
        #expect(products.first?.names.count == 7)
    }

    /// A menu without any telling class: a run of links, each its own item, is navigation.
    @Test func runOfLinksIsNavigationWhateverItsClass() {
        let page = PageFixtures.html(
            """
            <div class="c-7f2"><div class="c-81a">Ingredients</div><ul class="c-9d0">
            <li><a href="/i/niacinamide">Niacinamide</a></li><li><a href="/i/glycerin">Glycerin</a></li>
            <li><a href="/i/squalane">Squalane</a></li><li><a href="/i/retinol">Retinol</a></li>
            <li><a href="/i/ceramides">Ceramide NP</a></li></ul></div><h1>Gift card</h1>
            """)
        #expect(throws: PageError.noIngredientList) { try PageFixtures.result(page).get() }
    }

    // MARK: Class 2: false lists

    /// A category page's "Ingredients" facet: checkbox labels with counts.
    @Test func filterFacetIsNotAList() {
        let options = [
            "Niacinamide (153)", "Vitamin C (196)", "Hyaluronic Acid (210)", "Retinol (88)", "Salicylic Acid (64)",
        ]
        .enumerated().map { "<li><label><input type=\"checkbox\" id=\"f\($0.offset)\"> \($0.element)</label></li>" }
        .joined()
        let page = PageFixtures.html(
            """
            <h1>Moisturizers</h1><div class="refinements"><h3 class="refinement-title">Ingredients</h3>
            <ul class="refinement-values">\(options)<li><a href="/c/moisturizers/all">View all</a></li></ul></div>
            """)
        #expect(throws: PageError.noIngredientList) { try PageFixtures.result(page).get() }
    }

    /// The same facet printed as plain lines with counts (no inputs) is not a list either.
    @Test func namesWithCountsAreNotAList() {
        let page = PageFixtures.html(
            """
            <h1>Serums</h1><h4>Ingredients</h4><div>Niacinamide (153)<br>Vitamin C (196)<br>Squalane (41)<br>View all</div>
            """)
        #expect(throws: PageError.noIngredientList) { try PageFixtures.result(page).get() }
    }

    /// Screen-reader labels of facet links ("Refine by Active Ingredient: Hyaluronic Acid").
    @Test func refineByLabelsAreNotProducts() {
        let links = ["Hyaluronic Acid", "Niacinamide", "Squalane"].map {
            "<li><a href=\"/c/skincare?ingredient=\($0)\"><span class=\"sr-only\">Refine by Active Ingredient: \($0)</span><span aria-hidden=\"true\">\($0)</span></a></li>"
        }.joined()
        let page = PageFixtures.html("<h1>Skincare</h1><div class=\"filters\"><ul>\(links)</ul></div>")
        #expect(throws: PageError.noIngredientList) { try PageFixtures.result(page).get() }
    }

    // MARK: Class 3: kits and sets

    /// `<strong>Product A - 50ml<br></strong>LIST A.<br><br><strong>Product B</strong>LIST B`: two products.
    @Test func namedComponentsInOneParagraph() throws {
        let page = PageFixtures.html(
            """
            <h3>Ingredients</h3><p><strong>Hydra Cleanser - 50ml<br></strong>\(Self.listA).<br><br>
            <strong>Night Serum</strong>\(Self.listB).</p>
            """)
        let products = try PageFixtures.result(page).get()
        #expect(products.map(\.variant) == ["Hydra Cleanser - 50ml", "Night Serum"])
        #expect(products.map { $0.names.count } == [7, 6])
        #expect(products.first?.names.first == "Water")
    }

    /// A single product whose panel has bold section names is not a kit.
    @Test func boldSectionsOfOneProductAreNotAKit() throws {
        let page = PageFixtures.html(
            """
            <h3>Ingredients</h3><div><b>Key Ingredients:</b><br>-Niacinamide: evens tone, refines pores, calms.<br>
            <b>Full Ingredients:</b><br>\(Self.listA)</div>
            """)
        let products = try PageFixtures.result(page).get()
        #expect(products.count == 1)
        #expect(products.first?.names.count == 7)
        #expect(products.first?.variant == nil)
    }

    // MARK: Class 4: blocks that run into each other

    /// `<span>…, Tin Oxide</span><p>Ingredients subject to change…</p>`: the disclaimer is not an item.
    @Test func disclaimerParagraphAfterTheList() throws {
        let page = PageFixtures.html(
            """
            <h3>Ingredients</h3><div><span>Talc, Mica, Zinc Stearate, Dimethicone, Silica, Tin Oxide</span>
            <p>Ingredients subject to change. Please refer to the product packaging for the most up to date list of ingredients.</p></div>
            """)
        let product = try #require(try PageFixtures.result(page).get().first)
        #expect(product.names.count == 6)
        #expect(product.analysis.ingredients.last?.token.raw == "Tin Oxide")
    }

    /// A German disclaimer after the list adds no items.
    @Test func germanDisclaimerAfterTheList() throws {
        let page = PageFixtures.html(
            """
            <h3>Inhaltsstoffe</h3><div><p>\(Self.listB)</p><p>Für die Zusammensetzung des Produkts ist allein der Hersteller
            verantwortlich. Aufgrund von Produktionsänderungen kann die Liste auf der Verpackung abweichen.</p></div>
            """)
        let product = try #require(try PageFixtures.result(page).get().first)
        #expect(product.names.count == 6)
    }

    /// `…, Isoamyl</p><p>Laurate, Mica, …`: one name broken across paragraphs joins again.
    @Test func nameBrokenAcrossParagraphs() throws {
        let page = PageFixtures.html(
            """
            <h3>Ingredients</h3><div><p>Water, Glycerin, Squalane, Isoamyl</p><p>Laurate, Mica, Tocopherol, Phenoxyethanol</p></div>
            """)
        let product = try #require(try PageFixtures.result(page).get().first)
        #expect(product.names.count == 7)
        #expect(product.names.contains("Isoamyl Laurate"))
    }
    /// A footnote's legend after the list is not more items, even with commas in it (sephora.com:
    /// `…, Benzyl Benzoate.<br><br>*100% Natural Fragrance Comprised of Essential Oils, Botanicals, and
    /// Aromatic Isolates.<br><br>.`), while a short legend line stays for the list parser.
    @Test func footnoteLegendAfterTheList() throws {
        let page = PageFixtures.html(
            """
            <h3>Ingredients</h3><div>-Aloe: soothes.<br>-Argan Oil: softens.<br><br>Helianthus Annuus (Sunflower) Seed Oil, Glycerin,
            Fragrance*, Limonene, Linalool, Benzyl Benzoate.<br><br>*100% Natural Fragrance Comprised of Essential Oils, Botanicals,
            and Aromatic Isolates.<br><br>.</div>
            """)
        let product = try #require(try PageFixtures.result(page).get().first)
        #expect(product.names.count == 6)
        #expect(product.analysis.ingredients.last?.token.raw.hasPrefix("Benzyl Benzoate") == true)
        #expect(
            BlockBoundaries.isLegend(
                "*100% Natural Fragrance Comprised of Essential Oils, Botanicals, and Aromatic Isolates."))
        #expect(
            !BlockBoundaries.isLegend("*Organic Aloe Leaf Juice, Glycerin, Squalane, Tocopherol"),
            "a list line with a marked first item")
    }

    /// A panel heading after the list in the same block ends it, although the panel below looks like a
    /// list ("Apply morning, evening, and after cleansing."): the list parser's terminators are the page's.
    @Test func panelHeadingAfterTheListInOneBlock() throws {
        let page = PageFixtures.html(
            """
            <h3>Ingredients</h3><div><p>\(Self.listB)</p><p>How to use</p><p>Apply morning, evening, and after cleansing, on the face.</p>
            <p>Made in France</p></div>
            """)
        let product = try #require(try PageFixtures.result(page).get().first)
        #expect(product.names.count == 6)
        #expect(product.analysis.ingredients.last?.token.raw == "Ethylhexylglycerin")
    }

    /// "Key Ingredients: A, B" before "Other Ingredients: <full list>" in one accordion body (a brand
    /// store's Bootstrap accordion): the highlight is not the start of the list.
    @Test func keyIngredientsLineBeforeTheFullList() throws {
        let page = PageFixtures.html(
            """
            <div class="accordion-body"><strong>Key Ingredients:</strong> Niacinamide, Squalane<br><br>
            <strong>Other Ingredients:</strong> \(Self.listA).</div>
            """)
        let product = try #require(try PageFixtures.result(page).get().first)
        #expect(product.names.count == 7)
        #expect(product.names.first == "Water")
    }
}
