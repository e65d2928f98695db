import ArgumentParser
import INCICore
import INCIReport

/// The output formats of `inci scan`. Every format is written record by record, in input order, so
/// output can stream and is byte-identical whatever `--jobs` is.
enum ScanFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, json, jsonl, csv

    func header() -> String {
        switch self {
        case .table: return TableRow.line(["source", "product", "found by", "items", "known", "status"])
        case .json: return "["
        case .jsonl: return ""
        case .csv: return CSVRow.line(CSVRow.columns)
        }
    }

    /// `first`: no separator before it (JSON array).
    func render(_ record: ScanRecord, first: Bool) throws -> String {
        switch self {
        case .jsonl:
            return try JSONOutput.render(record, pretty: false)
        case .json:
            let line = try JSONOutput.render(record, pretty: false)
            return (first ? "\n" : ",\n") + line.dropLast()
        case .csv:
            return CSVRow.line(CSVRow.cells(record))
        case .table:
            return TableRow.line(TableRow.cells(record))
        }
    }

    func footer(empty: Bool) -> String {
        switch self {
        case .json: return empty ? "]\n" : "\n]\n"
        default: return ""
        }
    }
}

/// RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled; CRLF line ends.
enum CSVRow {
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

/// The terminal table: one line per record, long cells cut with "…".
enum TableRow {
    static let widths = [44, 40, 16, 5, 5]

    static func cells(_ record: ScanRecord) -> [String] {
        guard let product = record.product, let document = record.document else {
            var message = record.error ?? ""
            if message.hasPrefix(record.source + ": ") { message.removeFirst(record.source.count + 2) }
            return [record.source, "", "", "", "", message]
        }
        var name = product.card.name ?? ""
        if let variant = product.variant { name += name.isEmpty ? variant : " — \(variant)" }
        let known = document.counts.total - document.counts.unknown
        return [record.source, name, product.strategy.rawValue, String(document.counts.total), String(known),
                "ok (\(Int((document.coverage * 100).rounded()))% recognized)"]
    }

    static func line(_ cells: [String]) -> String {
        var out = ""
        for (index, cell) in cells.enumerated() {
            if index == cells.count - 1 { out += cell; break }
            let width = widths[index]
            let cut = cell.count > width ? String(cell.prefix(width - 1)) + "…" : cell
            let pad = String(repeating: " ", count: width - cut.count)
            out += index >= 3 ? pad + cut + "  " : cut + pad + "  "
        }
        while out.hasSuffix(" ") { out.removeLast() }
        return out + "\n"
    }
}
