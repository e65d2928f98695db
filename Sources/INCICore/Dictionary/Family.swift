/// A group of ingredients that share what they do (`serves`, for actives) or what they risk (`risks`).
public struct Family: Sendable, Hashable, Identifiable {
    public enum Kind: String, Sendable, Hashable, CaseIterable { case active, risk, role }

    public let id: String
    public let label: String
    public let kind: Kind
    /// Mechanisms served (for `active` families).
    public let serves: [Mechanism]
    /// Risk ids (for `risk` families), e.g. `fragrance`, `drying-alcohol`.
    public let risks: [String]
    public let sources: [String]

    public init(
        id: String, label: String, kind: Kind, serves: [Mechanism] = [], risks: [String] = [], sources: [String] = []
    ) {
        self.id = id
        self.label = label
        self.kind = kind
        self.serves = serves
        self.risks = risks
        self.sources = sources
    }
}

/// What an active does for skin and pores, in the terms of the seed's routine.
public enum Mechanism: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case unclog
    case sebumControl = "sebum-control"
    case firming
    case hydration
    case barrier
    case oilAbsorption = "oil-absorption"
    case soothing
    case sunProtection = "sun-protection"
    /// Holds water in the skin under a film (petrolatum, waxes, lanolin, butters): what dry skin needs most.
    case occlusion
    /// Softens and fills the gaps between skin cells (oils, esters, fatty alcohols).
    case emollience

    public static func < (lhs: Mechanism, rhs: Mechanism) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
