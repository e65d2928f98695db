import INCICore
import INCIReport

/// `--format html`: a page for catalog reviewers — the outcome and counts, the scores per skin type as
/// histograms, findings per rule as a chart, then one section per rule (its catalog line: what the rule finds)
/// with its findings grouped by severity, each with the catalog file and line, product, ingredient and
/// message. Every cell comes from the catalog, so everything goes through `HTMLWriter`.
public struct HTMLFormatter: CheckFormatter {
    public init() {}

    public func format(_ report: CheckReport) -> String {
        HTMLPage(title: "inci check").render { page in
            page.element("h1", [.id(HTMLAnchor("overview"))], text: "inci check")
            Self.outcome(report, &page)
            HTMLCharts.scoreHistograms(&page, report.scoreHistogram, skinTypes: SkinType.allCases)
            Self.findingsPerRule(report, &page)
            Self.ruleSections(report, &page)
            if !report.readErrors.isEmpty {
                page.element("h2", text: "Could not be read")
                page.element("ul") { list in
                    for error in report.readErrors { list.element("li", text: error) }
                }
            }
            HTMLFooter.write(into: &page)
        }
    }

    /// Passed or failed, the counts, and the inputs.
    static func outcome(_ report: CheckReport, _ page: inout HTMLWriter) {
        let passed = report.failing.isEmpty
        page.element("p", [.class(passed ? "verdict verdict-good" : "verdict verdict-avoid")]) {
            $0.text(
                passed
                    ? "Passed: no finding at or above \(report.failOn.rawValue)"
                    : "Failed: \(report.failing.count) finding(s) at or above \(report.failOn.rawValue)")
        }
        var facts = [
            ("Products checked", String(report.productsChecked)), ("Inputs", String(report.inputs.count)),
            ("Errors", String(report.count(.error))), ("Warnings", String(report.count(.warning))),
            ("Notes", String(report.count(.note))),
        ]
        if report.suppressedByBaseline > 0 {
            facts.append(("In the baseline", String(report.suppressedByBaseline)))
        }
        if !report.readErrors.isEmpty { facts.append(("Could not be read", String(report.readErrors.count))) }
        HTMLFacts.write(facts, into: &page)
        if !report.inputs.isEmpty {
            page.element("p", [.class("muted")], text: "Inputs: " + report.inputs.joined(separator: ", "))
        }
    }

    /// The chart and table of findings per rule, each rule linking to its section.
    static func findingsPerRule(_ report: CheckReport, _ page: inout HTMLWriter) {
        let byRule = report.countsByRule
        guard !byRule.isEmpty else {
            page.element("p", text: "No findings.")
            return
        }
        page.element("h2", text: "Findings per rule")
        HTMLCharts.barChart(
            &page,
            rows: byRule.map {
                HTMLCharts.Row(label: $0.rule.rawValue, value: Double($0.count), note: String($0.count))
            },
            scale: Double(byRule.map(\.count).max() ?? 1), title: "Findings per rule")
        HTMLTable.write(
            headers: ["Rule", "Severity", "Findings", "What it finds"], numeric: [2], into: &page, rows: byRule
        ) { entry, row in
            row.element("td") { cell in
                cell.anchorLink(HTMLAnchor("rule-", slug: entry.rule.rawValue)) {
                    $0.element("code", text: entry.rule.rawValue)
                }
            }
            row.element(
                "td", text: Self.severities(of: entry.rule, in: report).map(\.rawValue).joined(separator: ", "))
            row.element("td", [.class("num")], text: String(entry.count))
            row.element("td", text: entry.rule.rule?.summary ?? "")
        }
    }

    /// One section per rule: what it finds, then its findings by severity, numbered across the page.
    static func ruleSections(_ report: CheckReport, _ page: inout HTMLWriter) {
        var number = 0
        for (rule, _) in report.countsByRule {
            page.element(
                "section",
                [
                    .class("finding"), .id(HTMLAnchor("rule-", slug: rule.rawValue)),
                    HTMLAttribute("data-rule", rule.rawValue),
                ]
            ) { section in
                section.element("h2") {
                    $0.element("code", text: rule.rawValue)
                    $0.text(" ")
                    $0.anchorLink(HTMLAnchor("overview")) { $0.element("small", text: "↑ overview") }
                }
                if let summary = rule.rule?.summary { section.element("p", text: summary) }
                for severity in Self.severities(of: rule, in: report) {
                    let findings = report.findings.filter { $0.rule == rule && $0.severity == severity }
                    section.element(
                        "h3", [.class("severity-" + severity.rawValue)],
                        text: "\(severity.rawValue) (\(findings.count))")
                    let numbered = findings.map { finding in
                        number += 1
                        return (number: number, finding: finding)
                    }
                    findingTable(numbered, severity: severity, &section)
                }
            }
        }
    }

    static func findingTable(
        _ numbered: [(number: Int, finding: Finding)], severity: Severity, _ section: inout HTMLWriter
    ) {
        HTMLTable.write(
            headers: ["#", "Where", "Product", "Ingredient", "Message"], numeric: [0], into: &section, rows: numbered,
            rowAttributes: { [.id(HTMLAnchor("f", $0.number)), HTMLAttribute("data-severity", severity.rawValue)] },
            cells: { entry, row in
                let finding = entry.finding
                row.element("td", [.class("num")], text: String(entry.number))
                row.element("td") { cell in
                    cell.element("code", text: Self.place(finding.location))
                    if let column = finding.location.column {
                        cell.element("div", [.class("muted")], text: column)
                    }
                }
                row.element("td", text: finding.location.product ?? "")
                row.element("td", text: finding.ingredient ?? "")
                row.element("td", text: finding.message)
            })
    }

    /// The severities the rule's findings have, worst first.
    static func severities(of rule: RuleID, in report: CheckReport) -> [Severity] {
        let present = Set(report.findings.filter { $0.rule == rule }.map(\.severity))
        return Severity.allCases.reversed().filter(present.contains)
    }

    /// `catalog.csv:12`: the catalog file and the row's first line.
    static func place(_ location: FindingLocation) -> String {
        location.file + (location.line.map { ":\($0)" } ?? "")
    }
}
