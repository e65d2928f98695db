import INCICore

/// `non-comedogenic-claim`: an ingredient rated comedogenic, above the 1 % line, in a product that claims
/// it will not clog pores. A warning by default: the ratings disagree and were measured on neat materials.
struct NonComedogenicClaimRule: CheckRule {
    let id = RuleID(rawValue: "non-comedogenic-claim")
    let defaultSeverity = Severity.warning
    let summary = "Claimed non-comedogenic, but contains an ingredient rated comedogenic above the 1% line."
    let options = [
        RuleOption(name: "rating", bounds: 0...5, meaning: "between 0 and 5", keyPath: \CheckPolicy.comedogenicRating)
    ]

    func check(_ subject: RuleSubject, into findings: inout FindingCollector) {
        guard subject.claims.contains(.nonComedogenic) else { return }
        let rated = subject.ingredientsWithEstimates.compactMap { item, estimate -> (MatchedIngredient, Rating)? in
            guard let rating = item.ingredient?.comedogenic.first, rating.value >= subject.policy.comedogenicRating,
                !estimate.belowOnePercentLine
            else { return nil }
            return (item, rating)
        }
        guard let first = rated.first else { return }
        let described = rated.prefix(4).map { item, rating in
            "\(item.name) (#\(item.token.position), rated \(rating.printed)/5 by \(rating.source))"
        }
        findings.add(
            self, "claimed non-comedogenic, but contains " + described.joined(separator: ", ") + " above the 1% line",
            ingredient: first.0.name)
    }
}
