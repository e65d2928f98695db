/// `eu-prohibited`: a substance of EU Regulation 1223/2009 Annex II; runs only when the policy names the
/// CosIng Annex II export (`eu-annex-ii`).
struct EUProhibitedRule: CheckRule {
    let id = RuleID(rawValue: "eu-prohibited")
    let defaultSeverity = Severity.error
    let summary = "Contains a substance of EU Regulation 1223/2009 Annex II (prohibited in cosmetics)."

    func check(_ subject: RuleSubject, into findings: inout FindingCollector) {
        guard let annexII = subject.annexII, let items = subject.analysis?.list.ingredients else { return }
        for item in items {
            guard let entry = annexII.entry(for: item) else { continue }
            findings.add(
                self,
                "\(item.name) (#\(item.token.position)) is prohibited in EU cosmetics: Annex II entry \(entry.reference) (\(entry.name))",
                ingredient: item.name)
        }
    }
}
