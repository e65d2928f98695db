/// A numeric setting of one rule in a policy, such as `minimum-score: { minimum: 50 }`: its name, the values
/// it accepts, and where the policy keeps it. The policy loader validates it from this declaration, so a
/// rule's settings live in the rule's file.
public struct RuleOption: Sendable {
    public let name: String
    public let bounds: ClosedRange<Double>
    /// Whole numbers only (a score, a rating), not shares.
    public let isInteger: Bool
    /// What the value is, for the error a wrong value gets: "'threshold' is a share between 0 and 1".
    public let meaning: String
    let apply: @Sendable (inout CheckPolicy, Double) -> Void

    public init(
        name: String, bounds: ClosedRange<Double>, isInteger: Bool, meaning: String,
        apply: @escaping @Sendable (inout CheckPolicy, Double) -> Void
    ) {
        self.name = name
        self.bounds = bounds
        self.isInteger = isInteger
        self.meaning = meaning
        self.apply = apply
    }
}
