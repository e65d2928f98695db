/// `missing-ingredients`: a product row without an ingredient list cannot be checked at all.
struct MissingIngredientsRule: CheckRule {
    let id = RuleID(rawValue: "missing-ingredients")
    let defaultSeverity = Severity.error
    let summary = "A product row has no ingredient list."

    func check(_ subject: RuleSubject, into findings: inout FindingCollector) {
        guard case .missing = subject.reading else { return }
        let column = subject.product.ingredientsColumn.map { " in column '\($0)'" } ?? " (no ingredients column found)"
        findings.add(self, "no ingredient list\(column)")
    }
}
