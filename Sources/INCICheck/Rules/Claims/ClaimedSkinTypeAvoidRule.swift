/// `claimed-skin-type-avoid`: the catalog says a product suits a skin type that inci scores "avoid".
struct ClaimedSkinTypeAvoidRule: CheckRule {
    let id = RuleID(rawValue: "claimed-skin-type-avoid")
    let defaultSeverity = Severity.error
    let summary = "Claimed suitable for a skin type that inci scores as 'avoid'."

    func check(_ subject: RuleSubject, into findings: inout FindingCollector) {
        guard let analysis = subject.analysis else { return }
        for type in subject.claimedSkinTypes {
            guard let score = analysis.score(for: type), score.verdict == .avoid else { continue }
            let reasons = score.reasons.filter { $0.points < 0 }.prefix(2).map { "\($0.ingredient) (\($0.rule))" }
                .joined(separator: ", ")
            findings.add(
                self, "claimed for \(type.rawValue) skin, but inci scores it \(score.score)/100 (avoid): \(reasons)")
        }
    }
}
