/// What a product does for pores (the seed's concern) and what it risks for them.
public struct PoreProfile: Sendable, Hashable {
    public struct Contributor: Sendable, Hashable {
        public let name: String
        public let position: Int
        public let prominence: Double
        public let belowOnePercentLine: Bool
    }

    public struct MechanismStrength: Sendable, Hashable {
        public let mechanism: Mechanism
        /// 0…1: the prominence of the strongest ingredient serving it.
        public let strength: Double
        /// `strong` (≥ 0.6), `moderate` (≥ 0.3), `low`.
        public var level: String { strength >= 0.6 ? "strong" : strength >= 0.3 ? "moderate" : "low" }
        public let ingredients: [Contributor]
    }

    public struct Risk: Sendable, Hashable {
        /// `comedogenic`, `drying-alcohol`, `irritant`, …
        public let kind: String
        public let name: String
        public let position: Int
        public let prominence: Double
        /// The rating, for comedogenic and irritancy risks.
        public let rating: Rating?
        /// Why the figure is uncertain, when it is (e.g. a rabbit-ear grade).
        public let uncertainty: String?
    }

    public let mechanisms: [MechanismStrength]
    public let risks: [Risk]
}
