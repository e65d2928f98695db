/// One thing a routine check found: a rule, how serious it is, the products and ingredients involved,
/// why, and the sources behind it.
public struct RoutineFinding: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
        /// Recognised and described (the double cleanse), not a problem.
        case info
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// `retinoid-with-exfoliant`, `retinoid-with-benzoyl-peroxide`, `over-exfoliation`, `no-morning-sunscreen`,
    /// `double-cleanse`, `duplicate-active`, `fragrance-load`, `comedogenic-load`, `pregnancy-caution`.
    public let rule: String
    public let severity: Severity
    /// The session concerned; nil for the whole routine (a week's exfoliant load).
    public let session: RoutineSession?
    /// The steps' names, in routine order.
    public let products: [String]
    public let ingredients: [String]
    /// A sentence a user can read.
    public let message: String
    /// Source keys (`Dictionaries/sources.txt`) of the facts behind the rule.
    public let sources: [String]
    /// The skin types it concerns, empty for every type.
    public let skinTypes: [SkinType]

    public func concerns(_ type: SkinType) -> Bool { skinTypes.isEmpty || skinTypes.contains(type) }
}
