import Foundation
import INCICore
import INCIJSON

/// `--format sarif`: SARIF 2.1.0, which code-scanning services display. Each result points at the
/// catalog file and the line of the row (`physicalLocation.region.startLine`).
///
/// Files under `root` (the directory inci ran in: a CI checkout) are written as URIs relative to the
/// `%SRCROOT%` base, declared in `originalUriBaseIds`, so `cat.csv`, `./cat.csv` and an absolute path
/// give the same location and code-scanning services resolve it against the repository; files outside
/// `root` get an absolute `file://` URI.
public struct SARIFFormatter: CheckFormatter {
    public let toolVersion: String
    public let root: String

    public static let rootBaseID = "%SRCROOT%"

    public init(toolVersion: String, root: String = FileManager.default.currentDirectoryPath) {
        self.toolVersion = toolVersion
        self.root = CatalogPath.absolute(root)
    }

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
            var physical: [String: JSONValue] = ["artifactLocation": artifactLocation(finding.location.file)]
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
                "partialFingerprints": ["inciFinding/v2": .string(Self.hash(finding.fingerprint))],
            ]
        }
        let driver: JSONValue = [
            "name": "inci", "version": .string(toolVersion), "informationUri": "https://github.com/inci-analyzer/inci",
            "rules": .array(ruleObjects),
        ]
        let sarif: JSONValue = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [
                [
                    "tool": ["driver": driver], "results": .array(results), "columnKind": "unicodeCodePoints",
                    "originalUriBaseIds": [
                        Self.rootBaseID: ["uri": .string(Self.fileURI(root.hasSuffix("/") ? root : root + "/"))]
                    ],
                ]
            ],
        ]
        return (try? JSONOutput.render(sarif)) ?? "{}\n"
    }

    /// Relative to `%SRCROOT%` when the file is under `root`, else an absolute `file://` URI.
    func artifactLocation(_ file: String) -> JSONValue {
        let relative = CatalogPath.relative(file, to: root)
        if relative.hasPrefix("../") || relative == ".." {
            return ["uri": .string(Self.fileURI(CatalogPath.absolute(file)))]
        }
        return ["uri": .string(Self.uri(relative)), "uriBaseId": .string(Self.rootBaseID)]
    }

    /// Spaces and other reserved characters percent-encoded.
    static func uri(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }

    static func fileURI(_ absolutePath: String) -> String { "file://" + uri(absolutePath) }

    /// A stable fingerprint without a crypto dependency.
    static func hash(_ text: String) -> String { FNV1a.hex(text) }
}
