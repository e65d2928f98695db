import INCICore

/// RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled; CRLF line ends.
enum ScanCSVRow {
    static let columns = [
        "source", "name", "brand", "variant", "size", "price", "skin_types", "benefits", "free_from",
        "strategy", "ingredients", "count", "unknown", "coverage", "error", "error_kind",
        // Added later, so at the end: scripts reading columns by position keep working.
        "price_amount", "price_currency", "scent", "key_ingredients",
    ]

    /// The fixed columns, then a score and a verdict per chosen skin type (`score_oily`, `verdict_oily`, …),
    /// last so that columns read by position keep their place.
    static func header(_ columns: ScanColumns) -> [String] {
        self.columns + columns.skinTypes.flatMap { ["score_\($0.rawValue)", "verdict_\($0.rawValue)"] }
    }

    static func cells(_ record: ScanRecord, _ columns: ScanColumns) -> [String] {
        let card = record.product?.card
        let list = record.product?.analysis
        let scores = columns.skinTypes.flatMap { type -> [String] in
            guard let score = record.document?.scoring?.score(for: type) else { return ["", ""] }
            return [String(score.score), score.verdict.rawValue]
        }
        return [
            record.source, card?.name ?? "", card?.brand ?? "", record.product?.variant ?? "", card?.size ?? "",
            card?.price ?? "",
            card?.skinTypes.joined(separator: "; ") ?? "", card?.benefits.joined(separator: "; ") ?? "",
            card?.freeFrom.joined(separator: "; ") ?? "", record.product?.strategy.rawValue ?? "",
            list?.ingredients.map(\.name).joined(separator: "; ") ?? "",
            list.map { String($0.ingredients.count) } ?? "", list.map { String($0.unknown.count) } ?? "",
            record.document.map { String($0.coverage) } ?? "", record.error ?? "", record.errorKind ?? "",
            card?.priceAmount.map { String($0) } ?? "", card?.priceCurrency ?? "", card?.scent ?? "",
            card?.keyIngredients.joined(separator: "; ") ?? "",
        ] + scores
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
