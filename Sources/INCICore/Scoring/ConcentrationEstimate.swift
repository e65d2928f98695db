import Foundation

/// How much of an ingredient a product probably contains, and how much that should count.
public struct ConcentrationEstimate: Sendable, Hashable {
    public enum Basis: String, Sendable, Hashable, Codable {
        /// The label printed a percentage.
        case printed
        /// Estimated from the position in a descending list.
        case position
        /// A "may contain" colourant: present in some shades, in traces.
        case trace
    }

    /// Estimated share of the product, in percent.
    public let share: Double
    /// 0.05…1: how much the ingredient counts in scores (≈0.37 at 1 %, 1 at 50 %).
    public let prominence: Double
    public let basis: Basis
    /// After the "1% line": present at a low level, not a selling point.
    public let belowOnePercentLine: Bool
}

/// Estimates concentrations from a label. INCI lists are in descending order down to 1 %; below that,
/// any order. The first ingredient that is usually used at 1 % or less (a preservative, a chelator,
/// fragrance — `model` in `scoring/weights.txt`) marks the "1% line"; shares decay geometrically from
/// the first ingredient to the line, and slowly below it. Printed percentages win over estimates.
public enum ConcentrationModel {
    public static func estimate(_ list: IngredientList, weights: ScoringWeights) -> (estimates: [ConcentrationEstimate], linePosition: Int?) {
        let items = list.ingredients
        // Ordered (descending) part of the list: main and inactive sections, in printed order.
        let ordered = items.indices.filter { items[$0].token.section == .main || items[$0].token.section == .inactive }
        let lineNames = Set(weights.lineNames.map(NameKey.make))
        var line: Int?
        for (rank, index) in ordered.enumerated() where rank > 0 {
            if isLineMarker(items[index], weights: weights, lineNames: lineNames) { line = rank; break }
        }
        let assumedLine = line ?? min(ordered.count, 12)
        let ratio = pow(weights.lineShare / weights.firstShare, 1 / Double(max(assumedLine, 1)))
        var shares = [Double](repeating: weights.floorShare, count: items.count)
        var bases = [ConcentrationEstimate.Basis](repeating: .position, count: items.count)
        var below = [Bool](repeating: false, count: items.count)
        for (rank, index) in ordered.enumerated() {
            if rank < assumedLine {
                shares[index] = weights.firstShare * pow(ratio, Double(rank))
            } else {
                shares[index] = max(weights.belowLineShare * pow(weights.belowLineDecay, Double(rank - assumedLine)), weights.floorShare / 2)
                below[index] = true
            }
        }
        for index in items.indices {
            switch items[index].token.section {
            case .mayContain:
                shares[index] = weights.floorShare
                bases[index] = .trace
                below[index] = true
            case .active:
                // Drug Facts actives print their strength; without one, assume a typical few percent.
                shares[index] = 2
            case .main, .inactive:
                break
            }
            if let printed = items[index].token.percent, printed > 0, printed <= 100 {
                shares[index] = printed
                bases[index] = .printed
                below[index] = printed < 1
            }
        }
        let estimates = items.indices.map { index in
            ConcentrationEstimate(share: shares[index], prominence: prominence(ofShare: shares[index], weights: weights),
                                  basis: bases[index], belowOnePercentLine: below[index])
        }
        let linePosition = line.map { items[ordered[$0]].token.position }
        return (estimates, linePosition)
    }

    /// log-linear from `floor-share` (0.05) to `full-share` (1).
    public static func prominence(ofShare share: Double, weights: ScoringWeights) -> Double {
        let low = log10(weights.floorShare), high = log10(weights.fullShare)
        let scaled = 0.05 + 0.95 * (log10(max(share, 1e-6)) - low) / (high - low)
        return min(max(scaled, 0.05), 1)
    }

    /// How strongly an active of `family` works at this estimate: its share on a log scale up to the
    /// family's effective share; capped when it sits after the 1% line without a printed percentage.
    public static func strength(of estimate: ConcentrationEstimate, family: String, weights: ScoringWeights) -> Double {
        guard let effective = weights.effectiveShares[family] else { return estimate.prominence }
        let low = log10(effective / 100), high = log10(effective)
        var strength = 0.05 + 0.95 * (log10(max(estimate.share, 1e-6)) - low) / (high - low)
        strength = min(max(strength, 0.05), 1)
        if estimate.belowOnePercentLine && estimate.basis != .printed { strength = min(strength, weights.lowLevelStrength) }
        if estimate.basis == .trace { strength = 0.05 }
        return strength
    }

    static func isLineMarker(_ item: MatchedIngredient, weights: ScoringWeights, lineNames: Set<String>) -> Bool {
        guard let ingredient = item.ingredient else { return false }
        if lineNames.contains(NameKey.make(ingredient.name)) { return true }
        // Only the first (most relevant) role: citric acid is "chelating" too, but first a pH adjuster.
        if let role = ingredient.roles.first, weights.lineRoles.contains(role) { return true }
        return ingredient.families.contains(where: weights.lineFamilies.contains)
    }
}
