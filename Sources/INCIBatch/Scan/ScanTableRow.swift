import INCICore
import INCIReport

/// The terminal table: one line per record, a score column per chosen skin type, long cells cut with
/// "…". Widths count terminal columns (a Korean name's syllables take two); on a terminal the source and
/// product columns shrink so a line fits its width.
enum ScanTableRow {
    /// source, product, found by, items, known; then the skin types; the status is last and not cut.
    static let fixedWidths = [44, 40, 16, 5, 5]
    /// Columns never narrower than this, however small the terminal.
    static let minimumNameWidth = 12
    /// Room kept for the status column ("ok (93% recognized)").
    static let statusWidth = 20

    static func header(_ columns: ScanColumns) -> String {
        line(
            ["source", "product", "found by", "items", "known"] + columns.skinTypes.map(\.rawValue) + ["status"],
            columns)
    }

    static func cells(_ record: ScanRecord, _ columns: ScanColumns) -> [String] {
        guard let product = record.product, let document = record.document else {
            var message = record.error ?? ""
            if message.hasPrefix(record.source + ": ") { message.removeFirst(record.source.count + 2) }
            return [record.source, "", "", "", ""] + columns.skinTypes.map { _ in "" } + [message]
        }
        var name = product.card.name ?? ""
        if let variant = product.variant { name += name.isEmpty ? variant : " — \(variant)" }
        let known = document.counts.total - document.counts.unknown
        let scores = columns.skinTypes.map { type in document.scoring?.score(for: type).map { String($0.score) } ?? "" }
        return [record.source, name, product.strategy.rawValue, String(document.counts.total), String(known)] + scores
            + ["ok (\(Int((document.coverage * 100).rounded()))% recognized)"]
    }

    /// The widths of every column but the last: the fixed ones, then one per skin type (its name's).
    static func widths(_ columns: ScanColumns) -> [Int] {
        var widths = fixedWidths + columns.skinTypes.map { max(3, $0.rawValue.count) }
        if let terminal = columns.terminalWidth {
            let used = widths.reduce(0, +) + 2 * widths.count + statusWidth
            var excess = used - terminal
            // Shrink the product name first, then the source, down to their minimum.
            for index in [1, 0] where excess > 0 {
                let cut = min(excess, widths[index] - minimumNameWidth)
                widths[index] -= max(0, cut)
                excess -= max(0, cut)
            }
        }
        return widths
    }

    static func line(_ cells: [String], _ columns: ScanColumns) -> String {
        let widths = widths(columns)
        var out = ""
        for (index, cell) in cells.enumerated() {
            if index == cells.count - 1 {
                out += cell
                break
            }
            out += DisplayWidth.pad(cell, to: widths[index], right: index >= 3) + "  "
        }
        while out.hasSuffix(" ") { out.removeLast() }
        return out + "\n"
    }
}
