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

    /// The two ingredients that cost the most in all (ties in printed order), each once and named by its
    /// largest cost of its own (a risk, not the deal-breaker the model adds on top of it): what the "avoid"
    /// rests on. Adjustments that name no ingredient (diminishing returns) are not a cause. `reasons` come
    /// largest effects first, so an ingredient's first reason of its own is its largest.
    static func strongestCosts(_ reasons: [ScoreReason]) -> [ScoreReason] {
        let costs = reasons.filter { $0.points < 0 && !$0.ingredient.isEmpty }
        var ingredients: [String] = []
        for cost in costs where !ingredients.contains(cost.ingredient) { ingredients.append(cost.ingredient) }
        let total = { (name: String) in costs.filter { $0.ingredient == name }.map(\.points).reduce(0, +) }
        return ingredients.enumerated().sorted { (total($0.element), $0.offset) < (total($1.element), $1.offset) }
            .prefix(2).compactMap { named in
                let own = costs.filter { $0.ingredient == named.element }
                return own.first { !$0.isModelAdjustment } ?? own.first
            }
    }
}
