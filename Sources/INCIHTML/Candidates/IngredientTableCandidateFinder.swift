import Foundation

/// Finds ingredient tables: a header cell naming the ingredient column ("Ingredient name", "INCI",
/// "성분명") and one ingredient per row, as INCIDecoder's "skim through" table. The column is joined
/// one name per line.
struct IngredientTableCandidateFinder {
    let page: PageIndex

    func candidates() -> [IngredientCandidate] {
        let tree = page.tree
        var result: [IngredientCandidate] = []
        for table in tree.nodes.indices where tree[table].tag == .table && !page.isInvisible(table) {
            let rows = rows(of: table)
            guard let headerRow = rows.firstIndex(where: { row in cells(of: row).contains { isIngredientHeader($0) } })
            else { continue }
            let headerCells = cells(of: rows[headerRow])
            guard let column = headerCells.firstIndex(where: { isIngredientHeader($0) }) else { continue }
            var names: [String] = []
            for row in rows[(headerRow + 1)...] {
                let rowCells = cells(of: row)
                guard rowCells.count > column, rowCells.count >= min(2, headerCells.count) else { continue }
                let name = page.text(rowCells[column], maxLength: 400).replacingNewlines()
                if !name.isEmpty { names.append(name) }
            }
            guard names.count >= 2 else { continue }
            result.append(
                IngredientCandidate(
                    text: names.joined(separator: "\n"), strategy: .ingredientTable, variant: nil, order: table))
        }
        return result
    }

    /// The first column of a table of two or more columns without a header naming it, one name per line
    /// ("Aqua | Solvent", "Glycerin | Humectant" under an "Ingredients" heading): read whole, the table would
    /// put each ingredient's function among the names. Nil for a table of one column or one row.
    func firstColumn(of table: Int) -> String? {
        let rows = rows(of: table).map(cells(of:)).filter { !$0.isEmpty }
        guard rows.count >= 2, rows.filter({ $0.count >= 2 }).count * 2 > rows.count else { return nil }
        let names = rows.map { page.text($0[0], maxLength: 400).replacingNewlines() }.filter { !$0.isEmpty }
        return names.count >= 2 ? names.joined(separator: "\n") : nil
    }

    private func isIngredientHeader(_ cell: Int) -> Bool {
        let text = page.text(cell, maxLength: 80)
        guard text.count <= 40, page.tree[cell].tag == .th || text.count <= 30 else { return false }
        return IngredientLabel.match(text) != nil || text.lowercased().contains("ingredient")
    }

    /// The rows of this table, not of tables nested in it.
    private func rows(of table: Int) -> [Int] {
        let tree = page.tree
        var rows: [Int] = []
        var stack = tree.children(of: table).reversed() as [Int]
        while let node = stack.popLast() {
            switch tree[node].tag {
            case .tr: rows.append(node)
            case .thead, .tbody, .tfoot: stack.append(contentsOf: tree.children(of: node).reversed())
            default: break
            }
        }
        return rows
    }

    private func cells(of row: Int) -> [Int] {
        page.tree.children(of: row).filter { page.tree[$0].tag.isCell }
    }
}

extension String {
    func replacingNewlines() -> String {
        split(whereSeparator: \.isNewline).map { $0.trimmed() }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}

extension Substring {
    func trimmed() -> String { String(self).trimmed() }
}
