import Foundation
import INCIHTML
import Testing

/// Hostile and broken inputs each give a clear result — never a crash, a hang or a made-up list.
@Suite struct BadInputTests {
    static let list = "<h3>Ingredients</h3><p>Water, Glycerin, Niacinamide, Zinc PCA, Phenoxyethanol</p>"

    @Test func binaryIsNotHTML() {
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        png += (0..<4000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }
        #expect(throws: PageError.notHTML(offset: 8)) { try PageFixtures.result(png).get() }
        // Control bytes without a NUL (a compressed stream).
        let noise = (0..<4000).map { UInt8(1 + $0 % 8) }
        #expect(throws: PageError.notHTML(offset: 0)) { try PageFixtures.result(noise).get() }
    }

    @Test func emptyAndBlank() {
        #expect(throws: PageError.empty) { try PageFixtures.result([]).get() }
        #expect(throws: PageError.empty) { try PageFixtures.result(Array(" \n\t\r\n".utf8)).get() }
        #expect(throws: PageError.empty) { try PageFixtures.result([], kind: .json).get() }
    }

    /// A 100 MB page is refused by its size before parsing, with the size and the limit in the message.
    @Test func hundredMegabytePageIsRefused() {
        let size = 100 * 1024 * 1024
        var page = [UInt8](repeating: UInt8(ascii: "a"), count: size)
        page.replaceSubrange(0..<6, with: Array("<html>".utf8))
        let result = PageFixtures.result(page)
        #expect(throws: PageError.tooLarge(bytes: size, limit: 64 * 1024 * 1024)) { try result.get() }
        #expect(PageError.tooLarge(bytes: size, limit: 64 * 1024 * 1024).description.contains("104857600 bytes"))
    }

    /// 100,000 nested elements: libxml2 stops reading at 256 levels; our walks are iterative, so no
    /// stack overflow. A list before the nesting is still found; one below the limit is cut off, and the
    /// error says why instead of a bare "no list".
    @Test func hundredThousandNestedElements() {
        let depth = 100_000
        let nested =
            String(repeating: "<div>", count: depth) + "<p>deep</p>" + String(repeating: "</div>", count: depth)
        let before = PageFixtures.result(PageFixtures.html(Self.list + nested))
        #expect((try? before.get())?.first?.names.count == 5)
        let inside = PageFixtures.result(PageFixtures.html(String(repeating: "<div>", count: depth) + Self.list))
        #expect(throws: PageError.tooDeep(limit: 256)) { try inside.get() }
        let shallow = PageFixtures.result(PageFixtures.html(String(repeating: "<div>", count: 200) + Self.list))
        #expect((try? shallow.get())?.first?.names.count == 5)
        let spans = PageFixtures.result(PageFixtures.html(String(repeating: "<span><b>", count: depth / 2) + Self.list))
        #expect(throws: PageError.tooDeep(limit: 256)) { try spans.get() }
    }

    @Test func deeplyNestedJSONIsSkippedNotFatal() {
        let json = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let page = PageFixtures.html(Self.list + "<script type=\"application/json\">\(json)</script>")
        #expect((try? PageFixtures.result(page).get())?.first?.names.count == 5)
        #expect(throws: PageError.self) { try PageFixtures.result(Array(json.utf8), kind: .json).get() }
    }

    @Test func invalidUTF8IsRepairedNotFatal() {
        var page = PageFixtures.html("<h1>Caf</h1>" + Self.list)
        // A lone continuation byte and a truncated sequence inside the page.
        let index = page.firstIndex(of: UInt8(ascii: "f"))! + 1
        page.insert(contentsOf: [0xE9, 0x80, 0xFF], at: index)
        let products = try? PageFixtures.result(page).get()
        #expect(products?.first?.names == ["Water", "Glycerin", "Niacinamide", "Zinc PCA", "Phenoxyethanol"])
        #expect(products?.first?.card.name?.hasPrefix("Caf") == true)
    }

    @Test(arguments: [true, false])
    func utf16WithBOM(littleEndian: Bool) {
        let text =
            "<!DOCTYPE html><html><head><meta charset=\"utf-16\"></head><body><h1>Crème légère</h1>" + Self.list
            + "</body></html>"
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            bytes += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        let product = (try? PageFixtures.result(bytes).get())?.first
        #expect(product?.names.count == 5)
        #expect(product?.card.name == "Crème légère")
    }

    /// A page in ISO-8859-1 that says so in `<meta charset>` is decoded by that declaration.
    @Test func metaCharsetLatin1() {
        let text =
            "<!DOCTYPE html><html><head><meta charset=\"iso-8859-1\"></head><body><h1>Crème Légère</h1>"
            + "<h3>Ingrédients</h3><p>Aqua, Glycerin, Niacinamide, Parfum</p></body></html>"
        let bytes = text.unicodeScalars.map { UInt8($0.value) }
        let product = (try? PageFixtures.result(bytes).get())?.first
        #expect(product?.card.name == "Crème Légère")
        #expect(product?.names == ["Water", "Glycerin", "Niacinamide", "Parfum"])
    }

    /// An XHTML page in ISO-8859-1 says so in its XML declaration only.
    @Test func xmlDeclarationEncoding() {
        let text =
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html><body><h1>Sérum Éclat</h1>"
            + "<h3>Ingrédients</h3><p>Aqua, Glycerin, Niacinamide</p></body></html>"
        let product = (try? PageFixtures.result(text.unicodeScalars.map { UInt8($0.value) }).get())?.first
        #expect(product?.card.name == "Sérum Éclat")
    }

    /// External entities and DTDs are never loaded: the parser touches nothing but the input.
    @Test func externalEntitiesAreNotLoaded() throws {
        let secret = FileManager.default.temporaryDirectory.appending(path: "inci-secret-\(UUID().uuidString).txt")
        try Data("Water, Glycerin, Niacinamide, Panthenol".utf8).write(to: secret)
        defer { try? FileManager.default.removeItem(at: secret) }
        let page = """
            <!DOCTYPE html SYSTEM "\(secret.absoluteString)" [<!ENTITY list SYSTEM "\(secret.absoluteString)">]>
            <html><body><h3>Ingredients</h3><p>&list;</p><iframe src="\(secret.absoluteString)"></iframe></body></html>
            """
        #expect(throws: PageError.noIngredientList) { try PageFixtures.result(Array(page.utf8)).get() }
    }

    /// Billion laughs: ten levels of entities, each ten of the one below (10^10 "lol"s if expanded).
    /// libxml2's HTML parser does not expand entities declared in an internal subset, so the page stays
    /// its own size: the one-level entity in the heading stays a reference (expanded it would be ten
    /// "lol"s, a name the card would keep), and the list beside the bombs is found.
    @Test func billionLaughsIsNotExpanded() throws {
        var declarations = "<!ENTITY lol0 \"lol\">"
        for level in 1...10 {
            declarations += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        let page =
            "<!DOCTYPE html [\(declarations)]><html><body><h1>Serum &lol1;</h1><p>&lol10;</p>\(Self.list)<p>&lol10;</p></body></html>"
        let products = try PageFixtures.result(Array(page.utf8)).get()
        #expect(products.first?.names.count == 5)
        let name = try #require(products.first?.card.name)
        #expect(name.hasPrefix("Serum"))
        #expect(!name.contains("lollol"))
    }

    @Test func invalidJSONInputNamesTheProblem() {
        let result = PageFixtures.result(Array("{\"descriptionGroups\": [".utf8), kind: .json)
        guard case .failure(.invalidJSON(let reason)) = result else {
            Issue.record("expected invalidJSON, got \(result)")
            return
        }
        #expect(!reason.isEmpty)
    }

    /// Plain text saved as .html: parsed, but without a label it is not taken for a list.
    @Test func textWithoutMarkupOrLabel() {
        #expect(throws: PageError.noIngredientList) {
            try PageFixtures.result(Array("Water, Glycerin, Niacinamide".utf8)).get()
        }
    }
}
