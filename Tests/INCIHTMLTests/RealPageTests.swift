import Foundation
import INCIHTML
import INCITestSupport
import Testing

/// Real saved pages from `../shared/data/html` (skipped when that folder is absent).
@Suite(.enabled(if: SharedData.isAvailable, "../shared/data is absent"))
struct RealPageTests {
    static func extract(_ name: String) throws -> Result<[ExtractedProduct], PageError> {
        let bytes = [UInt8](try Data(contentsOf: SharedData.url("html/\(name)")))
        return PageFixtures.extractor.extract(bytes, kind: PageExtractor.kind(forPath: name))
    }

    /// purish.com (Shopify): the list sits in the "Ingredients" tab, four shades in one text.
    @Test func purishEssenceShades() throws {
        let products = try Self.extract("essence-baby-got-blush-liquid-blush.html").get()
        #expect(products.map(\.variant) == ["Coral Crush", "Pinkalicious", "Blushin Berry", "Dusty Rose"])
        for product in products {
            #expect(product.names.first == "Water")
            #expect(product.names.contains("Titanium Dioxide"))
            #expect(product.analysis.coverage >= 0.95)
            #expect(product.card.name == "BABY GOT BLUSH liquid blush")
            #expect(product.card.brand == "Essence")
        }
        #expect(products.map { $0.names.count } == [24, 23, 25, 25])
    }

    @Test func purishNabla() throws {
        let products = try Self.extract("nabla-cosmetics-close-up-baking-and-setting-powder-translucent.html").get()
        #expect(products.count == 1)
        let product = try #require(products.first)
        #expect(product.names.count == 12)
        #expect(product.names.first == "Aluminum Starch Octenylsuccinate")
        #expect(product.analysis.coverage == 1)
        #expect(product.card.brand == "NABLA Cosmetics")
        #expect(product.card.name == "Close-Up Baking & Setting Powder Translucent")
    }

    /// shop-apotheke.com: "Inhaltsstoffe" appears only as a UI string; there is no list.
    @Test func shopApothekeHasNoList() throws {
        #expect(throws: PageError.noIngredientList) {
            try Self.extract("catrice-sonnen-glow-matt-bronzing-puder.html").get()
        }
    }

    /// rossmann.de: the data README calls it a page without a list, but its closed "Inhaltsstoffe"
    /// accordion does hold one (Aqua, Sodium Hyaluronate, … Biotin). Hidden accordions count, so it is
    /// found; this test pins what the page really contains.
    @Test func rossmannAccordion() throws {
        let products = try Self.extract("sample-rossmann.html").get()
        #expect(products.count == 1)
        let product = try #require(products.first)
        #expect(product.names.first == "Water")
        #expect(product.names.last == "Biotin")
        #expect(product.names.count == 13)
        #expect(product.card.brand == "CALISI BEAUTY")
    }

    @Test func dmProductAPIWithInhaltsstoffe() throws {
        let product = try #require(try Self.extract("4059729518507.product-api.json").get().first)
        #expect(product.strategy == .productJSON)
        #expect(product.names.first == "Water")
        #expect(product.names.count == 23)
        #expect(product.card.brand == "essence")
        #expect(product.card.price == "2,45 €")
        #expect(product.card.size == "2,5 ml")
        #expect(product.card.freeFrom.contains("fragrance-free"))
    }

    /// A baby plate: a dm.de product without ingredients.
    @Test func dmProductAPIWithoutIngredients() throws {
        #expect(throws: PageError.noIngredientList) { try Self.extract("4066447240092.product-api.json").get() }
    }

    @Test func inciDecoderFragmentTable() throws {
        let products = try Self.extract("incidecoder-skim-table-fragment.html").get()
        #expect(products.count == 1)
        let product = try #require(products.first)
        #expect(product.strategy == .ingredientTable)
        #expect(product.names.prefix(2) == ["Water", "Niacinamide"])
        #expect(product.names.count == 22)
        #expect(product.analysis.coverage == 1)
    }
}
