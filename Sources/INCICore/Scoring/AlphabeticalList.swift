import Foundation

/// An ingredient list printed A to Z, not by weight.
///
/// A US Drug Facts label may print its inactive ingredients in alphabetical order instead of descending
/// order (21 CFR 201.66(c)(8)), and catalog rows copy them so: "Allantoin, BHT, Butyl
/// Methoxydibenzoylmethane, …, Water". Read as descending, the first name would be the bulk (beeswax at
/// 42 % of a zinc oxide lotion) and water a trace. The order tells nothing there, so the estimates come
/// from what each ingredient usually is: water first, the rest by their usual use levels, each with a
/// wide range and said to be uncertain (`ConcentrationEstimate.Basis.unordered`).
package enum AlphabeticalList {
    /// Names needed before an A-to-Z run is taken for alphabetical printing rather than chance (six names
    /// fall in order by chance about once in 720 lists): fewer under an "Inactive ingredients" heading,
    /// where the rule allows it.
    static let minimumCount = 8
    static let minimumCountUnderInactiveHeading = 6

    /// How many leading US OTC actives (`drug-facts` use levels) come before an alphabetical list in
    /// `ordered` (the indexes of the main and inactive sections, in printed order); nil when the list
    /// is not printed alphabetically. At most one adjacent pair in ten may be out of order (a misspelt
    /// name, one split at a stray comma).
    package static func leadingActives(_ items: [MatchedIngredient], ordered: [Int], priors: ConcentrationPriors)
        -> Int?
    {
        var lead = 0
        while lead < ordered.count,
            items[ordered[lead]].ingredient.flatMap(priors.useLevel(for:))?.drugFacts == true
        {
            lead += 1
        }
        let rest = ordered.dropFirst(lead).map { items[$0] }
        let minimum =
            rest.allSatisfy { $0.token.section == .inactive } ? minimumCountUnderInactiveHeading : minimumCount
        guard rest.count >= minimum else { return nil }
        let keys = rest.map { key($0.token.text) }
        guard keys.allSatisfy({ !$0.isEmpty }), keys.first! < keys.last! else { return nil }
        let outOfOrder = zip(keys, keys.dropFirst()).filter { $0.0 > $0.1 }.count
        return outOfOrder * 10 <= keys.count - 1 ? lead : nil
    }

    /// The order to estimate in: water-like solvents first, then by usual use level (the geometric middle
    /// of the usual range, else the usual maximum, else 1 %), ties in printed order.
    package static func likelyOrder(_ ordered: [Int], items: [MatchedIngredient], priors: ConcentrationPriors)
        -> [Int]
    {
        func level(_ index: Int) -> Double {
            guard let ingredient = items[index].ingredient else { return 1 }
            if priors.signals.isWater(ingredient) { return 100 }
            guard let use = priors.useLevel(for: ingredient) else { return 1 }
            if let low = use.typicalLow, let high = use.typicalHigh { return (max(low, 1e-3) * high).squareRoot() }
            return use.typicalHigh ?? use.max ?? 1
        }
        return ordered.enumerated().sorted {
            let (a, b) = (level($0.element), level($1.element))
            return a != b ? a > b : $0.offset < $1.offset
        }.map(\.element)
    }

    /// The range of an estimate made from usual levels: a factor of `spread` either way, within the
    /// ingredient's usual maximum and what the rest of the list leaves.
    static func widened(share: Double, maximum: Double?, room: Double, spread: Double = 3) -> (
        low: Double, high: Double
    ) {
        let high = max(share, min(share * spread, maximum ?? room, room))
        return (share / spread, high)
    }

    /// Lower-case letters and digits of a printed name, from its first letter.
    static func key(_ text: String) -> String {
        let lowered = text.lowercased()
        guard let start = lowered.firstIndex(where: \.isLetter) else { return "" }
        return String(lowered[start...].filter { $0.isLetter || $0.isNumber })
    }
}
