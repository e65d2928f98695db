import INCIJSON

/// `--format json`: every finding with its location, and a summary.
public struct JSONFormatter: CheckFormatter {
    public init() {}

    public func format(_ report: CheckReport) -> String {
        let findings: [JSONValue] = report.findings.map { finding in
            [
                "rule": .string(finding.rule.rawValue),
                "severity": .string(finding.severity.rawValue),
                "message": .string(finding.message),
                "file": .string(finding.location.file),
                "line": JSONValue(finding.location.line),
                "column": JSONValue(finding.location.column),
                "product": JSONValue(finding.location.product),
                "ingredient": JSONValue(finding.ingredient),
            ]
        }
        let summary: JSONValue = [
            "products": JSONValue(report.productsChecked),
            "inputs": JSONValue(report.inputs),
            "errors": JSONValue(report.count(.error)),
            "warnings": JSONValue(report.count(.warning)),
            "notes": JSONValue(report.count(.note)),
            "read_errors": JSONValue(report.readErrors),
            "suppressed_by_baseline": JSONValue(report.suppressedByBaseline),
            "fail_on": .string(report.failOn.rawValue),
            "by_rule": .object(
                Dictionary(uniqueKeysWithValues: report.countsByRule.map { ($0.rule.rawValue, JSONValue($0.count)) })),
            "score_histogram": .object(
                Dictionary(
                    uniqueKeysWithValues: report.scoreHistogram.bySkinType.map {
                        ($0.skinType.rawValue, .array($0.bands.map { JSONValue($0) }))
                    })),
        ]
        return
            (try? JSONOutput.render(
                JSONValue.object([
                    "findings": .array(findings), "summary": summary,
                    JSONOutput.schemaVersionKey: JSONValue(JSONOutput.schemaVersion),
                ]))) ?? "{}\n"
    }
}
