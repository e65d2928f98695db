import INCICore

/// The terminal report of `inci routine` (and, with `markdown`, its Markdown form): the steps, the
/// findings with their sources, and the routine's score per skin type with its largest reasons.
public struct RoutineTextReport: Sendable {
    public let skinTypes: [SkinType]
    public let markdown: Bool

    public init(skinTypes: [SkinType] = SkinType.allCases, markdown: Bool = false) {
        self.skinTypes = skinTypes
        self.markdown = markdown
    }

    public func render(_ routine: RoutineAnalysis) -> String {
        var out =
            markdown ? "### Routine\n\n| session | # | step | every | contact |\n|---|---|---|---|---|\n" : "Routine\n"
        for step in routine.steps {
            let contact = step.analysis.productType.contact.rawValue
            out +=
                markdown
                ? "| \(step.session.rawValue) | \(step.order) | \(cell(step.name)) | \(step.frequency.text) | \(contact) |\n"
                : "  \(step.session.rawValue) \(step.order)  \(step.name)  (\(step.frequency.text), \(contact))\n"
        }
        out += markdown ? "\n**Findings**\n\n" : "\nFindings\n"
        if routine.findings.isEmpty { out += markdown ? "none\n" : "  none\n" }
        for finding in routine.findings {
            let session = finding.session.map { " \($0.rawValue)" } ?? ""
            let types =
                finding.skinTypes.isEmpty ? "" : " (\(finding.skinTypes.map(\.rawValue).joined(separator: ", ")))"
            let sources = finding.sources.isEmpty ? "" : " [\(finding.sources.joined(separator: "; "))]"
            out +=
                markdown
                ? "- **\(finding.severity.rawValue)** `\(finding.rule)`\(session)\(types): \(cell(finding.message))\(sources)\n"
                : "  \(finding.severity.rawValue) [\(finding.rule)]\(session)\(types): \(finding.message)\(sources)\n"
        }
        out +=
            markdown ? "\n**Scores**\n\n| skin type | score | verdict | reasons |\n|---|---|---|---|\n" : "\nScores\n"
        let width = skinTypes.map(\.rawValue.count).max() ?? 0
        for score in routine.scores where skinTypes.contains(score.skinType) {
            let reasons = score.reasons.filter { $0.kind == "finding" }.prefix(3).map {
                "\(ProductTextReport.signed($0.points)) \($0.name)"
            }
            let steps = score.reasons.filter { $0.kind == "step" }.sorted { $0.points > $1.points }.prefix(2).map {
                "\($0.name) \(ProductTextReport.signed($0.points))"
            }
            let text = (steps + reasons).joined(separator: "; ")
            let label = score.skinType.rawValue
            out +=
                markdown
                ? "| \(label) | \(score.score) | \(score.verdict.rawValue) | \(cell(text)) |\n"
                : "  \(label)\(String(repeating: " ", count: width - label.count))  \(String(repeating: " ", count: max(0, 3 - String(score.score).count)))\(score.score)  \(score.verdict.rawValue)\(String(repeating: " ", count: 8 - score.verdict.rawValue.count))\(text)\n"
        }
        return out
    }

    private func cell(_ text: String) -> String { DiffMarkdownReport.cell(text) }
}
