/// The form of a product as its list shows it. Each form has its usual make-up (how much the first
/// ingredient holds, how many ingredients sit above 1 %), which the concentration model starts from.
public enum FormulaProfile: String, Sendable, Hashable, CaseIterable, Codable {
    case waterSerum = "water-serum"
    case emulsion
    case surfactantWash = "surfactant-wash"
    case anhydrous
    case powder

    /// A list's form and, for a wash, the ingredient that makes it one (what a report names as the
    /// evidence), read in one pass so the two can never disagree.
    package struct Reading: Sendable, Hashable {
        package let profile: FormulaProfile
        package let washMaker: MatchedIngredient?
    }

    /// Reads the form from the ordered ingredients (main and inactive sections, in printed order), by
    /// `signals`: a wash when something makes it one (`FormSignals.washMaker`: a detergent first, a
    /// detergent among the first `washWindow` of a water-based list, or a soap made in the jar); else water
    /// (or a water-like solvent, juice, hydrosol, extract or ferment) first makes a water-based form — an
    /// emulsion when an emollient, butter, wax or fatty alcohol is among the first `emollientWindow`, else
    /// a serum; a mineral or clay first makes a powder; anything else first (oils, butters, waxes,
    /// silicones) an anhydrous form — a cleansing oil or balm, rinsed off, when an emulsifier makes it one
    /// (`FormSignals.oilWashMaker`). An unrecognised first ingredient falls back on what the next two are.
    package static func read(_ ordered: [MatchedIngredient], signals: FormSignals) -> Reading {
        guard let firstKnown = ordered.prefix(3).first(where: { $0.ingredient != nil }) else {
            return Reading(profile: .emulsion, washMaker: nil)
        }
        let aqueousFirst = isAqueousFirst(ordered, signals: signals)
        if let maker = signals.washMaker(ordered, aqueousFirst: aqueousFirst) {
            return Reading(profile: .surfactantWash, washMaker: ordered[maker])
        }
        let form = nonWashForm(ordered, firstKnown: firstKnown, aqueousFirst: aqueousFirst, signals: signals)
        if form == .anhydrous, let maker = signals.oilWashMaker(ordered) {
            return Reading(profile: .anhydrous, washMaker: ordered[maker])
        }
        return Reading(profile: form, washMaker: nil)
    }

    private static func nonWashForm(
        _ ordered: [MatchedIngredient], firstKnown: MatchedIngredient, aqueousFirst: Bool, signals: FormSignals
    ) -> FormulaProfile {
        let emollientWindow = signals.emollientWindow
        if aqueousFirst {
            if ordered.prefix(emollientWindow).dropFirst().contains(where: signals.isEmollient) { return .emulsion }
            return .waterSerum
        }
        if ordered.prefix(3).contains(where: { signals.isAqueous($0) && $0.ingredient.map(signals.isWater) == true }) {
            return ordered.prefix(emollientWindow).contains(where: signals.isEmollient) ? .emulsion : .waterSerum
        }
        return signals.isPowder(firstKnown) ? .powder : .anhydrous
    }

    private static func isAqueousFirst(_ ordered: [MatchedIngredient], signals: FormSignals) -> Bool {
        guard let firstKnown = ordered.prefix(3).first(where: { $0.ingredient != nil }) else { return false }
        return ordered.first.map(signals.isAqueous) ?? false
            || (ordered.first?.ingredient == nil && signals.isAqueous(firstKnown))
    }
}
