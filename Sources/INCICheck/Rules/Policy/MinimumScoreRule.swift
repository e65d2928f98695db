/// `minimum-score`: a claimed skin type whose score is below the policy's minimum (but not "avoid", which
/// `claimed-skin-type-avoid` reports).
struct MinimumScoreRule: CheckRule {
    let id = RuleID(rawValue: "minimum-score")
    let defaultSeverity = Severity.warning
    let summary = "The score for a claimed skin type is below the policy's minimum."
    let options = [
        RuleOption(
            name: "minimum", bounds: 0...100, meaning: "a score between 0 and 100", keyPath: \CheckPolicy.minimumScore)
    ]

    func check(_ subject: RuleSubject, into findings: inout FindingCollector) {
        guard let analysis = subject.analysis else { return }
        let minimum = subject.policy.minimumScore
        for type in subject.claimedSkinTypes {
            guard let score = analysis.score(for: type), score.score < minimum, score.verdict != .avoid else {
                continue
            }
            findings.add(
                self,
                "claimed for \(type.rawValue) skin, but scores \(score.score)/100, below the policy's minimum of \(minimum)"
            )
        }
    }
}
