import INCICore

/// What `inci check` enforces: which rules run and how severe they are, thresholds, column mapping.
/// Read from `.inci.yml` (see `PolicyLoader`); the defaults are what runs without a policy file.
public struct CheckPolicy: Sendable {
    public struct RuleSetting: Sendable, Hashable {
        public var enabled: Bool
        public var severity: Severity
    }

    /// Findings at or above this severity fail the check (exit 1).
    public var failOn: Severity = .error
    public var columns = ColumnMapping()
    public var rules: [RuleID: RuleSetting] = Dictionary(
        uniqueKeysWithValues: CheckRules.all.map { ($0.id, RuleSetting(enabled: true, severity: $0.defaultSeverity)) })
    /// `unknown-ingredients`: the share of unknown ingredients above which a row is flagged.
    public var unknownThreshold: Double = 0.25
    /// `minimum-score`: the lowest acceptable score for a claimed skin type.
    public var minimumScore: Int = 40
    /// `non-comedogenic-claim`: the rating from which an ingredient above the 1% line contradicts the claim.
    public var comedogenicRating: Int = 3
    /// `forbidden-family`: family ids (`Dictionaries/families.txt`) the catalog bans.
    public var forbiddenFamilies: [String] = []
    /// `eu-prohibited`: the CosIng Annex II CSV export; the rule runs only when it is given.
    public var annexII: String?
    /// Where the policy came from, for messages.
    public var origin: String = "built-in defaults"

    public init() {}

    public func setting(_ rule: RuleID) -> RuleSetting {
        rules[rule] ?? RuleSetting(enabled: true, severity: rule.rule?.defaultSeverity ?? .warning)
    }
}
