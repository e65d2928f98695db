/// `forbidden-family`: an ingredient of a family the policy bans (`forbidden-families`), such as a
/// retailer's "clean" standard banning parabens.
struct ForbiddenFamilyRule: CheckRule {
    let id = RuleID(rawValue: "forbidden-family")
    let defaultSeverity = Severity.error
    let summary = "Contains an ingredient of a family the policy forbids."

    func check(_ subject: RuleSubject, into findings: inout FindingCollector) {
        let forbidden = subject.policy.forbiddenFamilies
        guard !forbidden.isEmpty, let items = subject.analysis?.list.ingredients else { return }
        for item in items {
            guard let ingredient = item.ingredient else { continue }
            for family in ingredient.families where forbidden.contains(family) {
                let label = subject.dictionary.families[family]?.label ?? family
                findings.add(
                    self,
                    "\(ingredient.name) (#\(item.token.position)) belongs to '\(family)' (\(label)), which the policy forbids",
                    ingredient: ingredient.name)
            }
        }
    }
}
