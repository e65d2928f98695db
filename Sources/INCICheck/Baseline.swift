import Foundation
import INCIJSON

/// Known findings a catalog has accepted, so CI fails only on new ones (as Periphery and SwiftLint do).
/// Stored as JSON: `{"version": 1, "findings": [fingerprint, …]}` — fingerprints leave out line
/// numbers, so inserting rows above a known finding does not make it new.
public struct Baseline: Sendable {
    public private(set) var fingerprints: Set<String>

    public init(findings: [Finding]) {
        fingerprints = Set(findings.map(\.fingerprint))
    }

    public init(contentsOf url: URL) throws(PolicyError) {
        guard let data = FileManager.default.contents(atPath: url.path),
              let value = try? JSONParser.parse(String(decoding: data, as: UTF8.self)),
              let list = value["findings"]?.array?.compactMap(\.string) else {
            throw PolicyError(file: url.path, line: nil, message: "not an inci baseline (expected {\"version\": 1, \"findings\": [...]})")
        }
        fingerprints = Set(list)
    }

    public func contains(_ finding: Finding) -> Bool { fingerprints.contains(finding.fingerprint) }

    public func data() -> Data {
        let document: JSONValue = ["version": 1, "findings": JSONValue(fingerprints.sorted())]
        return Data(((try? JSONOutput.render(document)) ?? "{}\n").utf8)
    }
}
