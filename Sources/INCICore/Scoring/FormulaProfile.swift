/// The form of a product as its list shows it. Each form has its usual make-up (how much the first
/// ingredient holds, how many ingredients sit above 1 %), which the concentration model starts from.
public enum FormulaProfile: String, Sendable, Hashable, CaseIterable, Codable {
    case waterSerum = "water-serum"
    case emulsion
    case surfactantWash = "surfactant-wash"
    case anhydrous
    case powder

    /// Reads the form from the ordered ingredients (main and inactive sections, in printed order), by
    /// `signals`: water (or a water-like solvent, juice, hydrosol, extract or ferment) first makes a
    /// water-based form — a wash when a detergent is among the first `washWindow`, an emulsion when an
    /// emollient, butter, wax or fatty alcohol is among the first `emollientWindow`, else a serum; a
    /// mineral or clay first makes a powder; anything else first (oils, butters, waxes, silicones) an
    /// anhydrous form. An unrecognised first ingredient falls back on what the next two are.
    package static func detect(_ ordered: [MatchedIngredient], signals: FormSignals) -> FormulaProfile {
        guard let firstKnown = ordered.prefix(3).first(where: { $0.ingredient != nil }) else { return .emulsion }
        let aqueousFirst =
            ordered.first.map(signals.isAqueous) ?? false
            || (ordered.first?.ingredient == nil && signals.isAqueous(firstKnown))
        let emollientWindow = signals.emollientWindow
        if aqueousFirst {
            if ordered.prefix(signals.washWindow).contains(where: signals.isDetergent) { return .surfactantWash }
            if ordered.prefix(emollientWindow).dropFirst().contains(where: signals.isEmollient) { return .emulsion }
            return .waterSerum
        }
        if ordered.prefix(3).contains(where: { signals.isAqueous($0) && $0.ingredient.map(signals.isWater) == true }) {
            return ordered.prefix(emollientWindow).contains(where: signals.isEmollient) ? .emulsion : .waterSerum
        }
        return signals.isPowder(firstKnown) ? .powder : .anhydrous
    }
}
