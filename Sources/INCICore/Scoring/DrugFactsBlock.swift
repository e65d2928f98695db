import Foundation

/// The actives of a US Drug Facts label, read as a chemist reads them.
///
/// A Drug Facts label prints the active ingredients first, then the inactive ones (21 CFR 201.66); a
/// catalog row or a pack that flattens the panel into one list puts the actives before the water
/// ("Avobenzone, Homosalate, Octisalate, Octocrylene, Water, …", "Colloidal Oatmeal, Water, …"). Their
/// place is a convention, not a weight: a sunscreen filter or an acne active at most a few percent
/// cannot be first by weight, and a skin protectant printed before the water is not the bulk of the cream.
/// So a leading run of US OTC monograph actives (`drug-facts: yes` use levels) followed by the base the
/// inactive list starts with (water, a solvent or an emollient) stands outside the descending order, and
/// the order starts after it.
package enum DrugFactsBlock {
    /// The indexes of `items` that form a flattened Drug Facts block: the first of `ordered` (the indexes
    /// of the main and inactive sections, in printed order), none when no block starts the list.
    package static func members(_ items: [MatchedIngredient], ordered: [Int], priors: ConcentrationPriors)
        -> ArraySlice<Int>
    {
        let ranked = ordered.map { items[$0] }
        let levels = ranked.map { $0.ingredient.flatMap(priors.useLevel(for:)) }
        return ordered.prefix(length(ranked, levels: levels, signals: priors.signals))
    }

    /// How many of `ranked`'s first ingredients form a flattened Drug Facts block (0 when none does).
    static func length(
        _ ranked: [MatchedIngredient], levels: [ConcentrationPriors.UseLevel?], signals: FormSignals
    ) -> Int {
        var count = 0
        while count < ranked.count, levels[count]?.drugFacts == true { count += 1 }
        guard count > 0, count < ranked.count else { return 0 }
        let next = ranked[count]
        return signals.isAqueous(next) || signals.isEmollient(next) ? count : 0
    }

    /// The share of an active outside the descending order, with its range: the printed strength when
    /// there is one; else the geometric middle of its usual range (the dose scale is logarithmic),
    /// anywhere from its usual minimum to its maximum; else `fallback` up to 25 %.
    static func share(printed: Double?, level: ConcentrationPriors.UseLevel?, fallback: Double) -> (
        share: Double, low: Double, high: Double
    ) {
        if let printed { return (printed, printed, printed) }
        guard let level, let typicalLow = level.typicalLow, let typicalHigh = level.typicalHigh else {
            let high = level?.max ?? 25
            return (min(fallback, high), min(0.1, high), high)
        }
        let high = level.max ?? typicalHigh
        let middle = min((Swift.max(typicalLow, 1e-6) * typicalHigh).squareRoot(), high)
        return (middle, min(typicalLow, middle), high)
    }
}
