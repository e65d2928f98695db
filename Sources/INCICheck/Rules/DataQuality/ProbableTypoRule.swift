/// `probable-typo`: a name recognized only by fuzzy matching is most likely misspelt in the catalog.
struct ProbableTypoRule: CheckRule {
    let id = RuleID(rawValue: "probable-typo")
    let defaultSeverity = Severity.warning
    let summary = "An ingredient name looks misspelt; the suggested name is given."

    func check(_ subject: RuleSubject, into findings: inout FindingCollector) {
        for item in subject.analysis?.list.ingredients ?? [] where item.match == .fuzzy {
            findings.add(
                self, "\"\(item.token.text)\" (#\(item.token.position)) looks misspelt: did you mean \"\(item.name)\"?",
                ingredient: item.name)
        }
    }
}
