import INCICore

/// The terminal table: one line per record, long cells cut with "…".
enum ScanTableRow {
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
