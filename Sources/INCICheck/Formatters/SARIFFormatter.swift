import Foundation
import INCIJSON

/// `--format sarif`: SARIF 2.1.0, which code-scanning services display. Each result points at the
/// catalog file and the line of the row (`physicalLocation.region.startLine`).
public struct SARIFFormatter: CheckFormatter {
    public let toolVersion: String

    public init(toolVersion: String) { self.toolVersion = toolVersion }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    public func format(_ report: CheckReport) -> String {
        let rules = RuleID.allCases
        let ruleObjects: [JSONValue] = CheckRules.all.map { rule in
            [
                "id": .string(rule.id.rawValue),
                "name": .string(rule.id.rawValue),
                "shortDescription": ["text": .string(rule.summary)],
                "defaultConfiguration": ["level": .string(Self.level(rule.defaultSeverity))],
            ]
        }
        let results: [JSONValue] = report.findings.map { finding in
            var physical: [String: JSONValue] = ["artifactLocation": ["uri": .string(Self.uri(finding.location.file))]]
            if let line = finding.location.line { physical["region"] = ["startLine": JSONValue(max(line, 1))] }
            var location: [String: JSONValue] = ["physicalLocation": .object(physical)]
            var logical: [JSONValue] = []
            if let product = finding.location.product { logical.append(["name": .string(product), "kind": "object"]) }
            if let column = finding.location.column { logical.append(["name": .string(column), "kind": "member"]) }
            if !logical.isEmpty { location["logicalLocations"] = .array(logical) }
            return [
                "ruleId": .string(finding.rule.rawValue),
                "ruleIndex": JSONValue(rules.firstIndex(of: finding.rule)!),
                "level": .string(Self.level(finding.severity)),
                "message": ["text": .string(finding.message)],
                "locations": [.object(location)],
                "partialFingerprints": ["inciFinding/v1": .string(Self.hash(finding.fingerprint))],
            ]
        }
        let driver: JSONValue = [
            "name": "inci", "version": .string(toolVersion), "informationUri": "https://github.com/inci-analyzer/inci",
            "rules": .array(ruleObjects),
        ]
        let sarif: JSONValue = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [["tool": ["driver": driver], "results": .array(results), "columnKind": "unicodeCodePoints"]],
        ]
        return (try? JSONOutput.render(sarif)) ?? "{}\n"
    }

    /// A relative path stays relative (resolved against the checkout by CI services); spaces and other
    /// reserved characters are percent-encoded.
    static func uri(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }

    /// FNV-1a, hex: a stable fingerprint without a crypto dependency.
    static func hash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        return String(hash, radix: 16)
    }
}
