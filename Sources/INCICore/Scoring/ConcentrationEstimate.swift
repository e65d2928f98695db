/// How much of an ingredient a product probably contains: a point estimate inside a range, and how much
/// that should count.
public struct ConcentrationEstimate: Sendable, Hashable {
    public enum Basis: String, Sendable, Hashable, Codable {
        /// The label printed a percentage.
        case printed
        /// The product's name states it ("Lactic Acid 10% + HA"), the list does not print it.
        case stated
        /// Estimated from the position in a descending list.
        case position
        /// Estimated from usual use levels: the list is printed alphabetically (a Drug Facts inactive list),
        /// so its order tells nothing and the range is wide (`AlphabeticalList`).
        case unordered
        /// A "may contain" colourant: present in some shades, in traces.
        case trace
    }

    /// Estimated share of the product, in percent (the point estimate).
    public let share: Double
    /// The lowest share the list and the usual use levels allow, in percent.
    public let low: Double
    /// The highest share the list and the usual use levels allow, in percent.
    public let high: Double
    /// 0.05…1: how much the ingredient counts in the pore profile (≈0.4 at 1 %, 1 at 50 %).
    public let prominence: Double
    public let basis: Basis
    /// After the "1% line": present at a low level, not a selling point.
    public let belowOnePercentLine: Bool

    public init(share: Double, low: Double, high: Double, prominence: Double, basis: Basis, belowOnePercentLine: Bool) {
        self.share = share
        self.low = min(low, share)
        self.high = max(high, share)
        self.prominence = prominence
        self.basis = basis
        self.belowOnePercentLine = belowOnePercentLine
    }

    /// The expected value of `response` over the estimate's range: the point estimate weighs twice, each
    /// end once. A dose-response read at the point alone would treat a guess as a measurement; this
    /// lets an uncertain estimate count less than a printed one of the same size when its low end is
    /// far below what works.
    public func expected(_ response: (Double) -> Double) -> Double {
        if basis.isFact || low == high { return response(share) }
        return (response(low) + 2 * response(share) + response(high)) / 4
    }
}

extension ConcentrationEstimate {
    /// The estimate pinned to its low end: the least the list allows (a printed share is its own low end).
    public var atLowEnd: ConcentrationEstimate {
        ConcentrationEstimate(
            share: low, low: low, high: low, prominence: prominence, basis: basis,
            belowOnePercentLine: belowOnePercentLine)
    }
}

extension ConcentrationEstimate.Basis {
    /// A percentage the brand gives (printed with the list or stated in the name): kept, not estimated.
    public var isFact: Bool { self == .printed || self == .stated }
}
