/// Decodes character references left in text that was escaped twice (`&amp;amp;` in an `og:title`
/// or a JSON string), so the card reads "Baking & Setting", not "Baking &amp; Setting".
enum EntityDecoding {
    static let named: [String: String] = [
        "amp": "&", "quot": "\"", "apos": "'", "lt": "<", "gt": ">", "nbsp": " ", "#39": "'",
    ]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = text[...]
        while let ampersand = rest.firstIndex(of: "&") {
            out += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            guard let semicolon = after.prefix(10).firstIndex(of: ";") else {
                out.append("&")
                rest = after
                continue
            }
            let name = String(after[..<semicolon])
            if let value = named[name] {
                out += value
            } else if name.hasPrefix("#"),
                let code = name.hasPrefix("#x") || name.hasPrefix("#X")
                    ? UInt32(name.dropFirst(2), radix: 16) : UInt32(name.dropFirst()),
                let scalar = Unicode.Scalar(code)
            {
                out.unicodeScalars.append(scalar)
            } else {
                out += "&" + name + ";"
            }
            rest = after[after.index(after: semicolon)...]
        }
        return out + rest
    }
}

extension ProductCard {
    /// Every text field decoded and trimmed.
    func decodingEntities() -> ProductCard {
        func clean(_ text: String?) -> String? {
            guard let text else { return nil }
            let decoded = EntityDecoding.decode(text).replacingNewlines()
            return decoded.isEmpty ? nil : decoded
        }
        return ProductCard(
            name: clean(name), brand: clean(brand), size: clean(size), price: clean(price),
            skinTypes: skinTypes.compactMap(clean), benefits: benefits.compactMap(clean), freeFrom: freeFrom,
            priceAmount: priceAmount, priceCurrency: priceCurrency, scent: clean(scent),
            keyIngredients: keyIngredients.compactMap(clean))
    }
}
