import INCICore

/// `oil-free-claim`: an oil above the 1 % line in a product that claims to be oil-free. What counts as an
/// oil is the list `oils` of `Dictionaries/scoring/flags.txt` (extracts in oil, essential oils and
/// PEG/PPG/polyglyceryl derivatives named after an oil are not).
struct OilFreeClaimRule: CheckRule {
    let id = RuleID(rawValue: "oil-free-claim")
    let defaultSeverity = Severity.warning
    let summary = "Claimed oil-free, but contains an oil above the 1% line."

    func check(_ subject: RuleSubject, into findings: inout FindingCollector) {
        guard subject.claims.contains(.oilFree), let oils = subject.dictionary.scoring.lists["oils"] else { return }
        let found = subject.ingredientsWithEstimates.compactMap { item, estimate -> MatchedIngredient? in
            guard let ingredient = item.ingredient, !estimate.belowOnePercentLine, oils.matches(ingredient) else {
                return nil
            }
            return item
        }
        guard let first = found.first else { return }
        findings.add(
            self, "claimed oil-free, but contains \(found.describedForFinding) above the 1% line",
            ingredient: first.name)
    }
}
