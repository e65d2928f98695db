/// `not-an-ingredient-list`: real catalogs hold prose, "N/A" or "See packaging" in the ingredients column.
struct NotAnIngredientListRule: CheckRule {
    let id = RuleID(rawValue: "not-an-ingredient-list")
    let defaultSeverity = Severity.error
    let summary = "The ingredient cell does not read as an ingredient list (prose, a placeholder)."

    func check(_ subject: RuleSubject, into findings: inout FindingCollector) {
        guard case .notAList(let error) = subject.reading else { return }
        findings.add(self, "the ingredient cell is not an ingredient list: \(error.description)")
    }
}
