import INCICore

/// A rule of `inci check`: its id, default severity and meaning, the settings it takes in a policy, and
/// its logic. One rule per file under `Rules/` (the rule and its messages together), registered once in
/// `CheckRules.all`; adding a rule touches nothing else.
public protocol CheckRule: Sendable {
    var id: RuleID { get }
    var defaultSeverity: Severity { get }
    /// One sentence for `inci check --list-rules` and SARIF's rule descriptions.
    var summary: String { get }
    /// Numeric settings the rule reads from the policy (`unknown-ingredients: { threshold: 0.1 }`).
    var options: [RuleOption] { get }
    /// Adds this rule's findings about one product.
    func check(_ subject: RuleSubject, into findings: inout FindingCollector)
}

extension CheckRule {
    public var options: [RuleOption] { [] }
}

/// The rules `inci check` runs, in the order they run (and are listed in reports and SARIF).
public enum CheckRules {
    public static let all: [any CheckRule] = [
        // Data quality
        MissingIngredientsRule(),
        NotAnIngredientListRule(),
        UnknownIngredientsRule(),
        DuplicateIngredientRule(),
        ProbableTypoRule(),
        PercentOutOfRangeRule(),
        // Claims against ingredients
        FreeFromClaimRule.fragranceFree,
        FreeFromClaimRule.alcoholFree,
        FreeFromClaimRule.parabenFree,
        FreeFromClaimRule.sulfateFree,
        FreeFromClaimRule.siliconeFree,
        NonComedogenicClaimRule(),
        OilFreeClaimRule(),
        ClaimedSkinTypeAvoidRule(),
        PoreClaimWithoutActiveRule(),
        // Policy thresholds
        MinimumScoreRule(),
        ForbiddenFamilyRule(),
        EUProhibitedRule(),
        // Against an earlier catalog
        ReformulatedRule(),
    ]

    static let byID: [RuleID: any CheckRule] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
}
