import INCICore

/// RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled; CRLF line ends.
enum ScanCSVRow {
    static let columns = ["source", "name", "brand", "variant", "size", "price", "skin_types", "benefits", "free_from",
                          "strategy", "ingredients", "count", "unknown", "coverage", "error", "error_kind",
                          // Added later, so at the end: scripts reading columns by position keep working.
                          "price_amount", "price_currency", "scent", "key_ingredients"]

    static func cells(_ record: ScanRecord) -> [String] {
        let card = record.product?.card
        let list = record.product?.analysis
        return [
            record.source, card?.name ?? "", card?.brand ?? "", record.product?.variant ?? "", card?.size ?? "", card?.price ?? "",
            card?.skinTypes.joined(separator: "; ") ?? "", card?.benefits.joined(separator: "; ") ?? "",
            card?.freeFrom.joined(separator: "; ") ?? "", record.product?.strategy.rawValue ?? "",
            list?.ingredients.map(\.name).joined(separator: "; ") ?? "",
            list.map { String($0.ingredients.count) } ?? "", list.map { String($0.unknown.count) } ?? "",
            record.document.map { String($0.coverage) } ?? "", record.error ?? "", record.errorKind ?? "",
            card?.priceAmount.map { String($0) } ?? "", card?.priceCurrency ?? "", card?.scent ?? "",
            card?.keyIngredients.joined(separator: "; ") ?? "",
        ]
    }

    static func line(_ cells: [String]) -> String {
        cells.map(quote).joined(separator: ",") + "\r\n"
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        var quoted = "\""
        for character in field {
            if character == "\"" { quoted += "\"\"" } else { quoted.append(character) }
        }
        return quoted + "\""
    }
}
