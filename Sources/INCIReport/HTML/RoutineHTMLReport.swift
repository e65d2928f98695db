import INCICore

/// `inci routine --format html`: the routine's findings by severity (each with its products, ingredients and
/// sources), its score per skin type as bars with the reasons folded under them, and the steps with each
/// step's scores. It reads the `RoutineDocument` that `--format json` encodes.
public struct RoutineHTMLReport: Sendable {
    public init() {}

    public func render(_ document: RoutineDocument) -> String {
        HTMLPage(title: "inci routine").render { page in
            page.element("h1", text: "inci routine")
            HTMLFacts.write(
                [
                    ("Steps", String(document.steps.count)), ("Errors", String(document.errors)),
                    ("Warnings", String(document.warnings)),
                ], into: &page)
            page.element("h2", text: "Findings")
            findings(document.findings, &page)
            if !document.scores.isEmpty {
                page.element("h2", text: "Suitability by skin type")
                let rows = SkinType.allCases.compactMap { type in
                    document.scores[type.rawValue].map {
                        HTMLScoreList.Row(skinType: type, score: $0.score, verdict: $0.verdict)
                    }
                }
                HTMLScoreList.write(rows, into: &page) { type, details in
                    reasons(document.scores[type.rawValue]?.reasons ?? [], &details)
                }
            }
            page.element("h2", text: "Steps")
            steps(document.steps, &page)
            HTMLFooter.write(into: &page)
        }
    }

    func findings(_ findings: [RoutineDocument.FindingValue], _ writer: inout HTMLWriter) {
        guard !findings.isEmpty else {
            writer.element("p", text: "No findings.")
            return
        }
        for severity in RoutineFinding.Severity.allCases.reversed() {
            let group = findings.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            writer.element(
                "h3", [.class("severity-" + severity.rawValue)], text: "\(severity.rawValue) (\(group.count))")
            HTMLTable.write(
                headers: ["Rule", "When", "Products", "Ingredients", "Finding", "Sources"], into: &writer, rows: group,
                rowAttributes: { _ in [HTMLAttribute("data-severity", severity.rawValue)] },
                cells: { finding, row in
                    row.element("td") { $0.element("code", text: finding.rule) }
                    row.element("td", text: finding.session?.rawValue.uppercased() ?? "day")
                    row.element("td", text: finding.products.joined(separator: ", "))
                    row.element("td", text: finding.ingredients.joined(separator: ", "))
                    row.element("td") { cell in
                        cell.text(finding.message)
                        if !finding.skinTypes.isEmpty {
                            cell.element(
                                "div", [.class("muted")],
                                text: "for " + finding.skinTypes.map(\.rawValue).joined(separator: ", "))
                        }
                    }
                    row.element("td", text: finding.sources.joined(separator: ", "))
                })
        }
    }

    func reasons(_ reasons: [RoutineDocument.ReasonValue], _ writer: inout HTMLWriter) {
        guard !reasons.isEmpty else {
            writer.element("p", [.class("muted")], text: "Nothing moved this score.")
            return
        }
        HTMLTable.write(headers: ["Points", "What", "Name", "Why"], numeric: [0], into: &writer, rows: reasons) {
            reason, row in
            row.element(
                "td", [.class(reason.points >= 0 ? "num points-plus" : "num points-minus")],
                text: ProductHTMLReport.signed(reason.points))
            row.element("td", text: reason.kind)
            row.element("td", text: reason.name)
            row.element("td", text: reason.detail)
        }
    }

    func steps(_ steps: [RoutineDocument.StepValue], _ writer: inout HTMLWriter) {
        let types = SkinType.allCases.filter { type in steps.contains { $0.scores[type.rawValue] != nil } }
        HTMLTable.write(
            headers: ["When", "#", "Product", "How often", "Contact"] + types.map(\.rawValue),
            numeric: Set([1] + types.indices.map { $0 + 5 }), into: &writer, rows: steps
        ) { step, row in
            row.element("td", text: step.session.rawValue.uppercased())
            row.element("td", [.class("num")], text: String(step.order))
            row.element("td", text: step.name)
            row.element("td", text: step.every)
            row.element("td", text: step.contact)
            for type in types {
                row.element("td", [.class("num")], text: step.scores[type.rawValue].map(String.init) ?? "—")
            }
        }
    }
}
