import INCICore

/// `oil-free-claim`: an oil above the 1 % line in a product that claims to be oil-free. Extracts in oil,
/// essential oils and PEG/PPG/polyglyceryl derivatives named after an oil are not oils in that sense.
struct OilFreeClaimRule: CheckRule {
    let id = RuleID(rawValue: "oil-free-claim")
    let defaultSeverity = Severity.warning
    let summary = "Claimed oil-free, but contains an oil above the 1% line."

    func check(_ subject: RuleSubject, into findings: inout FindingCollector) {
        guard subject.claims.contains(.oilFree) else { return }
        let found = subject.ingredientsWithEstimates.compactMap { item, estimate -> MatchedIngredient? in
            guard let ingredient = item.ingredient, !estimate.belowOnePercentLine, Self.isOil(ingredient) else {
                return nil
            }
            return item
        }
        guard let first = found.first else { return }
        findings.add(
            self, "claimed oil-free, but contains \(found.describedForFinding) above the 1% line",
            ingredient: first.name)
    }

    static func isOil(_ ingredient: Ingredient) -> Bool {
        let key = NameKey.make(ingredient.name)
        let words = key.split(separator: " ")
        let isOil =
            words.contains("oil") && !words.contains("extract") && !ingredient.families.contains("essential-oil")
            && !["peg", "ppg", "polyglyceryl"].contains(String(words.first ?? ""))
        return isOil || ["paraffinum liquidum", "mineral oil"].contains(key)
    }
}
