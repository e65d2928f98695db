import INCICore

/// The terminal report of `inci analyze`: one line per ingredient, then coverage.
public struct AnalysisTextReport: Sendable {
    public init() {}

    /// `fuzzyMinimum`: the confidence a fuzzy match needs to count as recognised (a scored analysis passes
    /// its `fuzzyMinimumConfidence`; without scoring every match counts).
    public func render(_ list: IngredientList, fuzzyMinimum: Double = 0) -> String {
        let rows = list.ingredients.map { item -> [String] in
            var name = item.name
            if item.match == .fuzzy {
                name +=
                    item.confidence < fuzzyMinimum
                    ? "  (read as \"\(item.token.text)\"; not counted)" : "  (read as \"\(item.token.text)\")"
            }
            let percent = item.token.percent.map { Self.format(percent: $0) } ?? ""
            var facts: [String] = []
            if let ingredient = item.ingredient {
                if !ingredient.roles.isEmpty { facts.append(ingredient.roles.prefix(2).joined(separator: ", ")) }
                if !ingredient.families.isEmpty {
                    facts.append("[" + ingredient.families.joined(separator: ", ") + "]")
                }
                if let comedogenic = ingredient.comedogenic.first { facts.append("comedogenic \(comedogenic.printed)") }
            }
            if item.token.section != .main { facts.append(item.token.section.rawValue) }
            if !item.token.annotations.isEmpty { facts.append(item.token.annotations.joined(separator: " ")) }
            return ["\(item.token.position)", name, item.match.rawValue, percent, facts.joined(separator: "  ")]
        }
        let headers = ["#", "Ingredient", "Match", "%", "Role and facts"]
        var widths = headers.map { DisplayWidth.of($0) }
        for row in rows {
            for (index, cell) in row.enumerated() where index < 4 {
                widths[index] = max(widths[index], DisplayWidth.of(cell))
            }
        }
        widths[1] = min(widths[1], 48)
        func line(_ cells: [String]) -> String {
            var out = ""
            for (index, cell) in cells.enumerated() {
                if index == cells.count - 1 {
                    out += cell
                    break
                }
                let spaces = String(repeating: " ", count: max(0, widths[index] - DisplayWidth.of(cell)))
                out += (index == 0 || index == 3 ? spaces + cell : cell + spaces) + "  "
            }
            while out.hasSuffix(" ") { out.removeLast() }
            return out + "\n"
        }
        var out = line(headers)
        for row in rows { out += line(row) }
        let unrecognised = list.unrecognised(fuzzyMinimum: fuzzyMinimum)
        let known = list.ingredients.count - unrecognised.count
        out +=
            "\n\(known) of \(list.ingredients.count) ingredients recognized (\(Self.format(percent: list.coverage(fuzzyMinimum: fuzzyMinimum) * 100))%)"
        if !unrecognised.isEmpty {
            out +=
                "; unknown: "
                + unrecognised.map { LabelCase.titleCaseIfShouting($0.token.text) }.joined(separator: ", ")
        }
        out += "\n"
        for (mark, definition) in list.footnotes.sorted(by: { $0.key < $1.key }) {
            out += "\(mark) \(definition)\n"
        }
        return out
    }

    static func format(percent: Double) -> String {
        // Traces keep their digits: 0.025 % tretinoin or 300 ppm (0.03 %) is not "0".
        if percent > 0, percent < 0.1 {
            let rounded = (percent * 1000).rounded() / 1000
            return rounded > 0 ? String(format: "%g", rounded) : "<0.001"
        }
        let rounded = (percent * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
