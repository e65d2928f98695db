import Foundation
import INCICore
import INCIJSON

/// Reads the product card — name, brand, size, price, claimed skin types, benefits, free-from claims —
/// from the structured data first (JSON-LD, embedded product JSON, meta tags), then from what the page
/// prints (the `<h1>`, "Skin Type: …" rows, "fragrance-free" in the description). Navigation, reviews
/// and other products' carousels are not read.
struct ProductCardExtractor {
    let page: PageIndex?
    let blobs: [EmbeddedJSON]

    func extract() -> ProductCard {
        var card = ProductCard()
        var claimTexts: [String] = []
        for blob in blobs {
            for (_, object) in JSONWalk.objects(in: blob.value) where Self.isProduct(object) {
                card.merge(Self.card(fromProduct: object))
                claimTexts += Self.claimStrings(in: object)
            }
        }
        if let page {
            card.merge(metaCard(page))
            let visible = TextRenderer.text(
                of: 0, in: page.tree, maxLength: 4_000_000, skipping: page.isChromeOrAsideElement)
            let pairs = LabelledValues.pairs(in: page, visibleText: visible)
            card.merge(Self.card(fromPairs: pairs))
            card.merge(printedCard(page))
            claimTexts.append(visible)
        }
        // Free-from claims in the one claims vocabulary (INCICore's `Claim`), in its order.
        var claims = Set<Claim>()
        for text in claimTexts { claims.formUnion(Claim.claims(in: text)) }
        card.freeFrom = Claim.allCases.filter {
            $0.isFreeFrom && (claims.contains($0) || card.freeFrom.contains($0.rawValue))
        }.map(\.rawValue)
        if card.size == nil, let name = card.name { card.size = Self.size(in: name) }
        if let price = card.price, let parsed = PriceText.parse(price) {
            if card.priceAmount == nil { card.priceAmount = parsed.amount }
            if card.priceCurrency == nil { card.priceCurrency = parsed.currency }
        }
        if card.keyIngredients.isEmpty, let page { card.keyIngredients = KeyIngredientSection.items(in: page) }
        return card.decodingEntities()
    }

    // MARK: - Structured data

    static func isProduct(_ object: [String: JSONValue]) -> Bool {
        let type = object["@type"]
        let types = (type?.string.map { [$0] } ?? type?.array?.compactMap(\.string) ?? []).map { $0.lowercased() }
        if types.contains(where: {
            $0 == "product" || $0.hasSuffix("/product") || $0 == "individualproduct" || $0 == "productgroup"
        }) {
            return true
        }
        let hasName = object["title"] != nil || object["name"] != nil
        return hasName
            && (object["vendor"] != nil
                || (object["brand"] != nil
                    && (object["price"] != nil || object["offers"] != nil || object["gtin"] != nil)))
    }

    static func card(fromProduct object: [String: JSONValue]) -> ProductCard {
        var card = ProductCard()
        card.name = JSONWalk.text(object["name"]) ?? JSONWalk.text(object["title"])
        card.brand =
            JSONWalk.text(object["brand"]) ?? JSONWalk.text(object["vendor"]) ?? JSONWalk.text(object["manufacturer"])
        card.price = price(object)
        (card.priceAmount, card.priceCurrency) = priceAmount(object)
        for key in ["scent", "fragrance", "scentName", "scent_name"] where card.scent == nil {
            if let text = JSONWalk.text(object[key]), text.count <= CardFieldLabels.maxScentLength { card.scent = text }
        }
        for key in [
            "keyIngredients", "key_ingredients", "heroIngredients", "hero_ingredients", "highlightedIngredients",
        ] where card.keyIngredients.isEmpty {
            if let value = object[key] {
                card.keyIngredients = JSONWalk.strings(in: value).flatMap(LabelledValues.items)
            }
        }
        for key in ["size", "weight", "volume", "netContent", "content"] {
            if let text = JSONWalk.text(object[key]), let size = size(in: text) ?? (text.count <= 20 ? text : nil) {
                card.size = size
                break
            }
        }
        // schema.org additionalProperty: [{name, value}], dm's descriptionList: [{title, description}].
        var pairs: [(String, String)] = []
        for (_, child) in JSONWalk.objects(in: .object(object)) {
            if let label = (child["name"] ?? child["title"] ?? child["label"])?.string,
                let value = JSONWalk.text(child["value"]) ?? JSONWalk.text(child["description"])
                    ?? JSONWalk.text(child["values"])
            {
                pairs.append((LabelledValues.normalize(label), value))
            }
        }
        // "Skin type: Dry" lines inside a description (Shopify's body_html).
        for key in ["body_html", "description", "descriptionHtml"] {
            guard let text = object[key]?.string else { continue }
            for line in JSONCandidateFinder.plainText(text).split(whereSeparator: \.isNewline) {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let label = line[..<colon].trimmed()
                if label.count <= 40 {
                    pairs.append((LabelledValues.normalize(label), line[line.index(after: colon)...].trimmed()))
                }
            }
        }
        if card.size == nil, let variant = object["variants"]?.array?.first?.object {
            card.size = variant["title"]?.string.flatMap(size(in:)) ?? variant["option1"]?.string.flatMap(size(in:))
        }
        for key in ["skinType", "skin_type", "skinTypes", "skin_types"] {
            if let value = object[key] {
                pairs.append(("skin type", JSONWalk.strings(in: value).joined(separator: ", ")))
            }
        }
        for key in ["benefits", "concerns", "skinConcerns"] {
            if let value = object[key] {
                pairs.append(("benefits", JSONWalk.strings(in: value).joined(separator: ", ")))
            }
        }
        card.merge(Self.card(fromPairs: pairs))
        return card
    }

    /// Price as printed, or amount and currency: `offers.price` + `priceCurrency`, Shopify's cents,
    /// dm's `price.price.current.value`.
    static func price(_ object: [String: JSONValue]) -> String? {
        if let offers = object["offers"] {
            let offer = offers.array?.first ?? offers
            if let offer = offer.object {
                let amount = JSONWalk.text(offer["price"]) ?? JSONWalk.text(offer["lowPrice"])
                if let amount {
                    let currency = offer["priceCurrency"]?.string.map { " " + $0 } ?? ""
                    return amount + currency
                }
            }
        }
        if object["vendor"] != nil {
            // Shopify product JSON: prices in cents.
            let variant = object["variants"]?.array?.first
            if let cents = object["price"]?.number ?? variant?["price"]?.number {
                return String(format: "%.2f", cents / 100)
            }
            if let text = variant?["price"]?.string { return text }
        }
        if let price = object["price"] {
            // The deepest "value"/"current" text, as printed ("2,45 €").
            for (_, child) in JSONWalk.objects(in: price) {
                if let current = child["current"]?.object, let value = JSONWalk.text(current["value"]) {
                    return value.replacingOccurrences(of: "\u{A0}", with: " ")
                }
            }
            if let object = price.object {
                for key in ["sellingPrice", "salePrice", "current", "amount", "value", "formatted", "price"] {
                    if let text = JSONWalk.text(object[key]) {
                        return text.replacingOccurrences(of: "\u{A0}", with: " ")
                    }
                }
            }
            if let text = JSONWalk.text(price) { return text.replacingOccurrences(of: "\u{A0}", with: " ") }
        }
        return nil
    }

    /// schema.org `offers.price` (a number or a string) with `priceCurrency`; Shopify's cents.
    static func priceAmount(_ object: [String: JSONValue]) -> (Double?, String?) {
        if let offers = object["offers"], let offer = (offers.array?.first ?? offers).object {
            let value = offer["price"] ?? offer["lowPrice"]
            let amount = value?.number ?? value?.string.flatMap(PriceText.amount)
            if let amount { return (amount, offer["priceCurrency"]?.string?.uppercased()) }
        }
        if object["vendor"] != nil,
            let cents = object["price"]?.number ?? object["variants"]?.array?.first?["price"]?.number
        {
            return (cents / 100, nil)
        }
        return (nil, nil)
    }

    static func claimStrings(in object: [String: JSONValue]) -> [String] {
        var texts: [String] = []
        for key in [
            "pills", "eyecatchers", "claims", "tags", "badges", "descriptionGroups", "additionalProperty",
            "description", "body_html",
        ] {
            if let value = object[key] { texts.append(JSONWalk.strings(in: value).joined(separator: "\n")) }
        }
        return texts
    }

    // MARK: - Printed data

    static func card(fromPairs pairs: [(label: String, value: String)]) -> ProductCard {
        var card = ProductCard()
        for (label, value) in pairs {
            if card.skinTypes.isEmpty, CardFieldLabels.skinType.contains(label) {
                card.skinTypes = LabelledValues.items(value)
            }
            if card.benefits.isEmpty, CardFieldLabels.benefits.contains(label) {
                card.benefits = LabelledValues.items(value)
            }
            if card.size == nil, CardFieldLabels.size.contains(label), value.count <= 40 {
                card.size = size(in: value) ?? value.trimmed()
            }
            if card.brand == nil, CardFieldLabels.brand.contains(label), value.count <= 60 {
                card.brand = value.trimmed()
            }
            if card.price == nil, CardFieldLabels.price.contains(label), value.count <= 30,
                value.contains(where: \.isNumber)
            {
                card.price = value.trimmed()
            }
            if card.scent == nil, CardFieldLabels.scent.contains(label), value.count <= CardFieldLabels.maxScentLength {
                card.scent = value.trimmed()
            }
            if card.keyIngredients.isEmpty, CardFieldLabels.keyIngredients.contains(label) {
                card.keyIngredients = KeyIngredientSection.names(in: value)
            }
        }
        return card
    }

    func metaCard(_ page: PageIndex) -> ProductCard {
        var meta: [String: String] = [:]
        let tree = page.tree
        for index in tree.nodes.indices where !tree[index].isText {
            if tree[index].tag == .meta,
                let key = tree.attribute(.property, of: index) ?? tree.attribute(.name, of: index)
                    ?? tree.attribute(.itemprop, of: index).map({ "itemprop:" + $0 }),
                let content = tree.attribute(.content, of: index)
            {
                if meta[key.lowercased()] == nil { meta[key.lowercased()] = content.trimmed() }
            } else if let itemprop = tree.attribute(.itemprop, of: index),
                ["brand", "price", "pricecurrency"].contains(itemprop.lowercased())
            {
                let value = tree.attribute(.content, of: index) ?? page.text(index, maxLength: 100)
                if meta["itemprop:" + itemprop.lowercased()] == nil, !value.isEmpty {
                    meta["itemprop:" + itemprop.lowercased()] = value.trimmed()
                }
            }
        }
        var card = ProductCard()
        card.brand = meta["product:brand"] ?? meta["og:brand"] ?? meta["itemprop:brand"]
        if let amount = meta["product:price:amount"] ?? meta["og:price:amount"] ?? meta["itemprop:price"] {
            let currency = meta["product:price:currency"] ?? meta["og:price:currency"] ?? meta["itemprop:pricecurrency"]
            card.price = amount + (currency.map { " " + $0 } ?? "")
            card.priceAmount = PriceText.amount(in: amount)
            card.priceCurrency = currency?.uppercased()
        }
        card.name = meta["og:title"].map(Self.stripSiteSuffix)
        return card
    }

    /// The `<h1>`, a brand/byline element, the price element, and the `<title>` as a last resort.
    func printedCard(_ page: PageIndex) -> ProductCard {
        let tree = page.tree
        var card = ProductCard()
        for index in tree.nodes.indices where !tree[index].isText && !page.isChrome(index) {
            // Most elements name nothing the card needs; split their classes only when they might.
            let hinted =
                tree.attribute(.class, of: index, containsAny: Self.cardHints)
                || tree.attribute(.id, of: index, containsAny: Self.cardHints)
            let names =
                hinted ? (tree.attribute(.class, of: index) ?? "") + " " + (tree.attribute(.id, of: index) ?? "") : ""
            let tokens =
                hinted
                ? names.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init) : []
            if card.name == nil, tree[index].tag == .h1 {
                let text = page.text(index, maxLength: 300)
                if !text.isEmpty && text.count <= 200 { card.name = text.replacingNewlines() }
            }
            if card.brand == nil,
                tokens.contains(where: {
                    $0 == "brand" || $0 == "byline" || $0 == "bylineinfo" || $0.hasSuffix("brand") || $0 == "vendor"
                })
            {
                var text = page.text(index, maxLength: 120).replacingNewlines()
                for prefix in ["Visit the ", "Brand: ", "by ", "Marke: "] where text.hasPrefix(prefix) {
                    text = String(text.dropFirst(prefix.count))
                }
                if text.hasSuffix(" Store") { text = String(text.dropLast(6)) }
                if !text.isEmpty && text.count <= 60 { card.brand = text }
            }
            // A price inside a link or button is another product's card or an offer, not this product's.
            if card.price == nil, !page.isControlLabel(index),
                tokens.contains(where: {
                    $0 == "price" || $0 == "offscreen" || $0.hasPrefix("price") || $0.hasSuffix("price")
                })
            {
                let text = page.text(index, maxLength: 60).replacingNewlines()
                if Self.isOnePrice(text) { card.price = text }
            }
            if card.size == nil,
                tokens.contains(where: { ["units", "size", "volume", "capacity", "netcontent"].contains($0) })
            {
                card.size = Self.size(in: page.text(index, maxLength: 80))
            }
        }
        if card.name == nil, let title = tree.nodes.indices.first(where: { tree[$0].tag == .title }) {
            let text = tree.rawText(of: title).replacingNewlines()
            if !text.isEmpty { card.name = Self.stripSiteSuffix(text) }
        }
        return card
    }

    static let cardHints = ByteSearch.NeedleSet([
        "brand", "byline", "vendor", "price", "offscreen", "units", "size", "volume", "capacity", "netcontent",
    ])

    // Compiled once: a page has many price-like and size-like elements, and compiling a pattern costs
    // far more than matching it (it was most of the card's time on a category-heavy page).
    private static let onePrice = try! NSRegularExpression(
        pattern:
            #"^(?:[A-Z]{0,3}\s?[$€£¥₩]|[A-Z]{3})?\s?\d{1,6}(?:[.,]\d{3})*(?:[.,]\d{1,2})?\s?(?:[$€£¥₩]|[A-Z]{3})?$"#)
    private static let currencyCode = try! NSRegularExpression(pattern: #"\b[A-Z]{3}\b"#)
    private static let sizePattern = try! NSRegularExpression(
        pattern: #"(?<![\w.,])(\d+(?:[.,]\d+)?)\s?(ml|mL|ML|g|kg|l|L|fl\.?\s?oz\.?|oz\.?|St|pcs|Stück)(?![\w])"#)

    private static func matches(_ regex: NSRegularExpression, _ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// "$18.99", "US$ 15.40", "3,95 €", "EUR 12.00" — one amount with a currency, nothing else.
    static func isOnePrice(_ text: String) -> Bool {
        guard text.count <= 24, text.contains(where: { "$€£¥₩".contains($0) }) || matches(currencyCode, text) else {
            return false
        }
        return matches(onePrice, text)
    }

    /// "Gentle Cleanser | Shop" → "Gentle Cleanser"; "X online kaufen | rossmann.de" → "X".
    static func stripSiteSuffix(_ title: String) -> String {
        var text = title
        for separator in [" | ", " – ", " — "] {
            if let range = text.range(of: separator, options: .backwards),
                text.distance(from: text.startIndex, to: range.lowerBound) >= 8
            {
                text = String(text[..<range.lowerBound])
                break
            }
        }
        for suffix in [" online kaufen", " kaufen", " online bestellen"] where text.lowercased().hasSuffix(suffix) {
            text = String(text.dropLast(suffix.count))
        }
        return text.trimmed()
    }

    /// "50 ml", "1.7 fl oz", "2,5 ml", "30g" in a text.
    static func size(in text: String) -> String? {
        guard let match = sizePattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let range = Range(match.range, in: text)
        else { return nil }
        return String(text[range])
    }
}
