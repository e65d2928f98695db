import Foundation

/// `--format json`: every finding with its location, and a summary.
public struct JSONFormatter: CheckFormatter {
    public init() {}

    public func format(_ report: CheckReport) -> String {
        let findings: [[String: Any]] = report.findings.map { finding in
            [
                "rule": finding.rule.rawValue,
                "severity": finding.severity.rawValue,
                "message": finding.message,
                "file": finding.location.file,
                "line": finding.location.line.map { $0 as Any } ?? NSNull(),
                "column": finding.location.column.map { $0 as Any } ?? NSNull(),
                "product": finding.location.product.map { $0 as Any } ?? NSNull(),
                "ingredient": finding.ingredient.map { $0 as Any } ?? NSNull(),
            ]
        }
        let summary: [String: Any] = [
            "products": report.productsChecked,
            "inputs": report.inputs,
            "errors": report.count(.error),
            "warnings": report.count(.warning),
            "notes": report.count(.note),
            "read_errors": report.readErrors,
            "suppressed_by_baseline": report.suppressedByBaseline,
            "fail_on": report.failOn.rawValue,
            "by_rule": Dictionary(uniqueKeysWithValues: report.countsByRule.map { ($0.rule.rawValue, $0.count) }),
        ]
        let object: [String: Any] = ["findings": findings, "summary": summary]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
