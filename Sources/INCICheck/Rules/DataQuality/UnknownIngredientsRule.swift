import Foundation

/// `unknown-ingredients`: when many names are not recognized, every other answer about the product is
/// uncertain, so the catalog row is worth fixing first. A fuzzy guess below the scorer's minimum
/// confidence counts as not recognized, as it does for `inci analyze`'s coverage.
struct UnknownIngredientsRule: CheckRule {
    let id = RuleID(rawValue: "unknown-ingredients")
    let defaultSeverity = Severity.warning
    let summary = "Too many ingredients are not recognized (above the policy's threshold)."
    let options = [
        RuleOption(
            name: "threshold", bounds: 0...1, meaning: "a share between 0 and 1",
            keyPath: \CheckPolicy.unknownThreshold)
    ]

    func check(_ subject: RuleSubject, into findings: inout FindingCollector) {
        guard let analysis = subject.analysis else { return }
        let items = analysis.list.ingredients
        let unknown = analysis.unrecognised
        let share = Double(unknown.count) / Double(max(items.count, 1))
        let threshold = subject.policy.unknownThreshold
        guard share > threshold else { return }
        let names = unknown.prefix(5).map { $0.match == .unknown ? $0.name : $0.token.text }.joined(separator: ", ")
        findings.add(
            self,
            String(
                format: "%d of %d ingredients (%.0f%%) are not recognized, above the %.0f%% threshold: %@%@",
                unknown.count, items.count, share * 100, threshold * 100, names, unknown.count > 5 ? ", …" : ""))
    }
}
