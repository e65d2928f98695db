import INCICore

/// How bad a finding is. A check fails when a finding is at or above the policy's `fail-on` severity.
public enum Severity: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case note, warning, error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Where a finding is: a catalog file and 1-based line (the row's first line), the column, the product.
public struct FindingLocation: Sendable, Hashable, Codable {
    public let file: String
    public let line: Int?
    public let column: String?
    public let product: String?

    public init(file: String, line: Int?, column: String?, product: String?) {
        self.file = file
        self.line = line
        self.column = column
        self.product = product
    }
}

/// One problem in a catalog, as data; formatters turn findings into text, JSON, SARIF, JUnit, … .
public struct Finding: Sendable, Hashable, Codable {
    public let rule: RuleID
    public let severity: Severity
    /// A sentence a catalog editor understands.
    public let message: String
    public let location: FindingLocation
    /// The ingredient concerned, when one is.
    public let ingredient: String?

    public init(rule: RuleID, severity: Severity, message: String, location: FindingLocation, ingredient: String? = nil)
    {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.location = location
        self.ingredient = ingredient
    }

    /// Identifies a finding across runs for services that track results (SARIF's partialFingerprints):
    /// rule, product (or line, when the catalog names none) and ingredient, never the message, whose
    /// scores change when weights are tuned. The file is left to the result's location.
    public var fingerprint: String {
        [rule.rawValue, location.product ?? "line \(location.line ?? 0)", ingredient ?? ""].joined(separator: "\u{1F}")
    }
}
