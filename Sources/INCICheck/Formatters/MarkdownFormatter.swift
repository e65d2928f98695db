import Foundation

/// `--format markdown`: a summary table for a pull-request comment, then the first findings.
public struct MarkdownFormatter: CheckFormatter {
    public let limit: Int

    public init(limit: Int = 50) { self.limit = limit }

    public func format(_ report: CheckReport) -> String {
        var out = "### inci check\n\n"
        let status =
            report.failing.isEmpty
            ? "✅ passed" : "❌ \(report.failing.count) finding(s) at or above \(report.failOn.rawValue)"
        out +=
            "\(status) — \(report.productsChecked) products, \(report.count(.error)) errors, \(report.count(.warning)) warnings, \(report.count(.note)) notes"
        if report.suppressedByBaseline > 0 { out += ", \(report.suppressedByBaseline) in the baseline" }
        out += "\n\n"
        if !report.countsByRule.isEmpty {
            out += "| rule | severity | findings |\n|---|---|---:|\n"
            for (rule, count) in report.countsByRule {
                let severities = Set(report.findings.filter { $0.rule == rule }.map(\.severity.rawValue)).sorted()
                    .joined(separator: ", ")
                out += "| `\(rule.rawValue)` | \(severities) | \(count) |\n"
            }
            out += "\n| where | product | rule | message |\n|---|---|---|---|\n"
            for finding in report.findings.prefix(limit) {
                let place = "\(finding.location.file)\(finding.location.line.map { ":\($0)" } ?? "")"
                out +=
                    "| \(Self.cell(place)) | \(Self.cell(finding.location.product ?? "")) | `\(finding.rule.rawValue)` | \(Self.cell(finding.message)) |\n"
            }
            if report.findings.count > limit { out += "\n… and \(report.findings.count - limit) more.\n" }
        }
        for error in report.readErrors { out += "\n> could not read: \(Self.cell(error))\n" }
        return out
    }

    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
