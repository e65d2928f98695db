import INCICore

/// `reformulated`: the product's list differs from its version in the earlier catalog (`inci check
/// --against OLD`), with what changed as `inci diff` says it. A reprint (the same ingredients printed
/// otherwise) is not a reformulation.
struct ReformulatedRule: CheckRule {
    let id = RuleID(rawValue: "reformulated")
    let defaultSeverity = Severity.note
    let summary =
        "The product's ingredient list changed since the catalog given with --against (what inci diff reports)."

    func check(_ subject: RuleSubject, into findings: inout FindingCollector) {
        guard let previous = subject.previous, let analysis = subject.analysis else { return }
        let diff = ProductDiff(old: previous.analysis, new: analysis, dictionary: subject.dictionary)
        guard !diff.isUnchanged else { return }
        findings.add(self, "reformulated since \(previous.place): \(diff.summary)")
    }
}
