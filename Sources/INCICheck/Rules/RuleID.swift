/// The id of a rule of `inci check`, as policies (`.inci.yml`), reports and baselines spell it
/// (`fragrance-free-claim`). Each rule declares its own id in its file under `Rules/`; `CheckRules.all`
/// is the one list of them.
public struct RuleID: RawRepresentable, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    /// Every rule's id, in the order the rules run and are listed.
    public static var allCases: [RuleID] { CheckRules.all.map(\.id) }

    /// The registered rule with this id (nil for an id no rule has, such as a typo in a policy).
    public var rule: (any CheckRule)? { CheckRules.byID[self] }
}
