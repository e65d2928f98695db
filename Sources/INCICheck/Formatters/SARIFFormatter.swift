import Foundation

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
        let ruleObjects: [[String: Any]] = rules.map { rule in
            [
                "id": rule.rawValue,
                "name": rule.rawValue,
                "shortDescription": ["text": rule.summary],
                "defaultConfiguration": ["level": Self.level(rule.defaultSeverity)],
            ]
        }
        let results: [[String: Any]] = report.findings.map { finding in
            var region: [String: Any] = [:]
            if let line = finding.location.line { region["startLine"] = max(line, 1) }
            var physical: [String: Any] = ["artifactLocation": ["uri": Self.uri(finding.location.file)]]
            if !region.isEmpty { physical["region"] = region }
            var location: [String: Any] = ["physicalLocation": physical]
            var logical: [[String: Any]] = []
            if let product = finding.location.product { logical.append(["name": product, "kind": "object"]) }
            if let column = finding.location.column { logical.append(["name": column, "kind": "member"]) }
            if !logical.isEmpty { location["logicalLocations"] = logical }
            return [
                "ruleId": finding.rule.rawValue,
                "ruleIndex": rules.firstIndex(of: finding.rule)!,
                "level": Self.level(finding.severity),
                "message": ["text": finding.message],
                "locations": [location],
                "partialFingerprints": ["inciFinding/v1": Self.hash(finding.fingerprint)],
            ]
        }
        let sarif: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": ["name": "inci", "version": toolVersion, "informationUri": "https://github.com/inci-analyzer/inci", "rules": ruleObjects]],
                "results": results,
                "columnKind": "unicodeCodePoints",
            ]],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: sarif, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
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
