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
    /// The value in a policy, for `inci check --print-policy` and `inci init`.
    public let value: @Sendable (CheckPolicy) -> Double

    /// A whole-number setting kept at `keyPath` (a score, a rating).
    public init(
        name: String, bounds: ClosedRange<Double>, meaning: String,
        keyPath: WritableKeyPath<CheckPolicy, Int> & Sendable
    ) {
        self.name = name
        self.bounds = bounds
        self.isInteger = true
        self.meaning = meaning
        self.apply = { $0[keyPath: keyPath] = Int($1) }
        self.value = { Double($0[keyPath: keyPath]) }
    }

    /// A fractional setting kept at `keyPath` (a share).
    public init(
        name: String, bounds: ClosedRange<Double>, meaning: String,
        keyPath: WritableKeyPath<CheckPolicy, Double> & Sendable
    ) {
        self.name = name
        self.bounds = bounds
        self.isInteger = false
        self.meaning = meaning
        self.apply = { $0[keyPath: keyPath] = $1 }
        self.value = { $0[keyPath: keyPath] }
    }

    /// The value as a policy file writes it (`50`, `0.25`).
    public func printed(in policy: CheckPolicy) -> String {
        let number = value(policy)
        return isInteger ? String(Int(number)) : String(number)
    }
}
