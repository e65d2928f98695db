/// The form of a product as its list shows it. Each form has its usual make-up (how much the first
/// ingredient holds, how many ingredients sit above 1 %), which the concentration model starts from.
public enum FormulaProfile: String, Sendable, Hashable, CaseIterable, Codable {
    case waterSerum = "water-serum"
    case emulsion
    case surfactantWash = "surfactant-wash"
    case anhydrous
    case powder

    /// Reads the form from the ordered ingredients (main and inactive sections, in printed order):
    /// water (or a water-like solvent, juice, hydrosol, extract or ferment) first makes a water-based
    /// form — a wash when a cleansing surfactant is among the first four, an emulsion when an emollient,
    /// butter, wax or fatty alcohol is among the first `emollientWindow`, else a serum; a mineral or clay
    /// first makes a powder; anything else first (oils, butters, waxes, silicones) an anhydrous form.
    /// An unrecognised first ingredient falls back on what the next two are.
    public static func detect(_ ordered: [MatchedIngredient], emollientWindow: Int = 6) -> FormulaProfile {
        guard let firstKnown = ordered.prefix(3).first(where: { $0.ingredient != nil }) else { return .emulsion }
        let aqueousFirst =
            ordered.first.map(isAqueous) ?? false
            || (ordered.first?.ingredient == nil && isAqueous(firstKnown))
        if aqueousFirst {
            if ordered.prefix(4).contains(where: isCleansingSurfactant) { return .surfactantWash }
            if ordered.prefix(emollientWindow).dropFirst().contains(where: isEmollient) { return .emulsion }
            return .waterSerum
        }
        if ordered.prefix(3).contains(where: { isAqueous($0) && $0.ingredient.map(isWater) == true }) {
            return ordered.prefix(emollientWindow).contains(where: isEmollient) ? .emulsion : .waterSerum
        }
        return isPowder(firstKnown) ? .powder : .anhydrous
    }

    static let aqueousWords = [
        "water", "aqua", "eau", "juice", "filtrate", "hydrosol", "extract", "ferment", "sap", "vinegar",
    ]

    static func isWater(_ ingredient: Ingredient) -> Bool {
        let key = NameKey.make(ingredient.name)
        return key == "water" || key.hasSuffix(" water") || key.hasPrefix("aqua")
    }

    /// Water, a water-like solvent (alcohol, glycols), or a plant water, juice, extract or ferment.
    static func isAqueous(_ item: MatchedIngredient) -> Bool {
        let key = NameKey.make(item.ingredient?.name ?? item.token.text)
        let words = key.split(separator: " ")
        if words.contains(where: { aqueousWords.contains(String($0)) }) && !words.contains("oil")
            && !words.contains("butter")
        {
            return true
        }
        guard let ingredient = item.ingredient else { return false }
        return ingredient.roles.first == "solvent" && !ingredient.roles.contains("emollient")
    }

    /// A detergent: a cleansing surfactant that is not mainly an emollient or an emulsifier of creams
    /// (stearic acid and ceteareth-20 carry "cleansing" among their CosIng functions too).
    static func isCleansingSurfactant(_ item: MatchedIngredient) -> Bool {
        guard let ingredient = item.ingredient else { return false }
        if ingredient.families.contains("harsh-sulfate") { return true }
        return ingredient.roles.contains("cleansing") && ingredient.roles.contains("surfactant")
            && !ingredient.roles.contains { ["refatting", "emollient", "emulsifier"].contains($0) }
    }

    static func isEmollient(_ item: MatchedIngredient) -> Bool {
        guard let ingredient = item.ingredient else { return false }
        if ingredient.roles.first == "solvent" || ingredient.roles.first == "humectant" { return false }
        return ingredient.roles.contains("emollient") || ingredient.roles.contains("occlusive")
            || ingredient.families.contains { ["occlusive", "fatty-alcohol", "emollient-lightweight"].contains($0) }
    }

    static func isPowder(_ item: MatchedIngredient) -> Bool {
        guard let ingredient = item.ingredient, !ingredient.roles.contains("emollient") else { return false }
        return ingredient.roles.contains {
            ["bulking", "absorbent", "anticaking", "abrasive", "opacifying", "opacifier"].contains($0)
        }
            || ingredient.families.contains("clay")
    }
}
