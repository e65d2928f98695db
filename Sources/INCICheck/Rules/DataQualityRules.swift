import INCICore

extension CatalogChecker {
    /// Unknown share, duplicates, typos, printed percentages.
    func checkDataQuality(_ analysis: ProductAnalysis, product: CatalogProduct, into findings: inout FindingCollector) {
        let items = analysis.list.ingredients
        let unknown = items.filter { $0.match == .unknown }
        let share = Double(unknown.count) / Double(max(items.count, 1))
        if share > policy.unknownThreshold {
            let names = unknown.prefix(5).map(\.name).joined(separator: ", ")
            findings.add(.unknownIngredients, String(format: "%d of %d ingredients (%.0f%%) are not recognized, above the %.0f%% threshold: %@%@",
                                                     unknown.count, items.count, share * 100, policy.unknownThreshold * 100, names, unknown.count > 5 ? ", …" : ""))
        }
        // A kit's cell holds several products' lists one after the other (a second Water, 70+ names, or a
        // kit-like product name): repeats are expected there.
        let waterCount = items.filter { $0.ingredient.map { NameKey.make($0.name) == "water" } ?? false }.count
        let isKit = waterCount > 1 || items.count > 70 || (product.name ?? "").lowercased().contains(/\b(kit|set|collection|duo|trio|minis?|littles|system|bundle|regimen)\b/)
        var seen: [Int: Int] = [:]
        for item in items where item.token.section != .mayContain && !isKit {
            guard let ingredient = item.ingredient else { continue }
            if let first = seen[ingredient.id] {
                findings.add(.duplicateIngredient, "\(ingredient.name) is listed twice (#\(first) and #\(item.token.position))", ingredient: ingredient.name)
            } else {
                seen[ingredient.id] = item.token.position
            }
        }
        for item in items where item.match == .fuzzy {
            findings.add(.probableTypo, "\"\(item.token.text)\" (#\(item.token.position)) looks misspelt: did you mean \"\(item.name)\"?", ingredient: item.name)
        }
        var total = 0.0
        for item in items {
            guard let percent = item.token.percent else { continue }
            if percent <= 0 || percent > 100 {
                findings.add(.percentOutOfRange, "\(item.name) is printed at \(percent)%, outside 0-100%", ingredient: item.name)
            } else if item.token.section != .mayContain {
                total += percent
            }
        }
        if total > 100.0001 {
            findings.add(.percentOutOfRange, String(format: "the printed percentages add up to %.1f%%, more than 100%%", total))
        }
    }
}
