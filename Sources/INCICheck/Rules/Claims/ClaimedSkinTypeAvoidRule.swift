import INCICore

/// `claimed-skin-type-avoid`: the catalog says a product suits a skin type that inci scores "avoid".
struct ClaimedSkinTypeAvoidRule: CheckRule {
    let id = RuleID(rawValue: "claimed-skin-type-avoid")
    let defaultSeverity = Severity.error
    let summary = "Claimed suitable for a skin type that inci scores as 'avoid'."

    func check(_ subject: RuleSubject, into findings: inout FindingCollector) {
        guard let analysis = subject.analysis else { return }
        for type in subject.claimedSkinTypes {
            guard let score = analysis.score(for: type), score.verdict == .avoid else { continue }
            let reasons = Self.strongestCosts(score.reasons).map { "\($0.ingredient) (\($0.rule))" }
                .joined(separator: ", ")
            findings.add(
                self, "claimed for \(type.rawValue) skin, but inci scores it \(score.score)/100 (avoid): \(reasons)")
        }
    }

    /// The two ingredients that cost the most in all (ties in printed order), each once and named with its own
    /// largest cost's rule (a risk, not the deal-breaker that model adds on top of it): what the "avoid"
    /// rests on. Model corrections that name no ingredient (diminishing returns) are not a cause.
    static func strongestCosts(_ reasons: [ScoreReason]) -> [ScoreReason] {
        var total: [String: Double] = [:]
        var largest: [String: ScoreReason] = [:]
        var order: [String] = []
        for reason in reasons where reason.points < 0 && !reason.ingredient.isEmpty {
            if total[reason.ingredient] == nil { order.append(reason.ingredient) }
            total[reason.ingredient, default: 0] += reason.points
            let ownRule = !reason.rule.hasPrefix("model.")
            if let kept = largest[reason.ingredient] {
                let keptOwn = !kept.rule.hasPrefix("model.")
                if (ownRule && !keptOwn) || (ownRule == keptOwn && reason.points < kept.points) {
                    largest[reason.ingredient] = reason
                }
            } else {
                largest[reason.ingredient] = reason
            }
        }
        return order.enumerated().sorted { (total[$0.element]!, $0.offset) < (total[$1.element]!, $1.offset) }
            .prefix(2).compactMap { largest[$0.element] }
    }
}
