/// Every rule `inci check` runs, with its default severity and what it means.
public enum RuleID: String, Sendable, Hashable, CaseIterable, Codable {
    // Data quality
    case missingIngredients = "missing-ingredients"
    case notAnIngredientList = "not-an-ingredient-list"
    case unknownIngredients = "unknown-ingredients"
    case duplicateIngredient = "duplicate-ingredient"
    case probableTypo = "probable-typo"
    case percentOutOfRange = "percent-out-of-range"
    // Claims vs ingredients
    case fragranceFreeClaim = "fragrance-free-claim"
    case alcoholFreeClaim = "alcohol-free-claim"
    case nonComedogenicClaim = "non-comedogenic-claim"
    case oilFreeClaim = "oil-free-claim"
    case parabenFreeClaim = "paraben-free-claim"
    case sulfateFreeClaim = "sulfate-free-claim"
    case siliconeFreeClaim = "silicone-free-claim"
    case claimedSkinTypeAvoid = "claimed-skin-type-avoid"
    case poreClaimWithoutActive = "pore-claim-without-active"
    // Policy thresholds
    case minimumScore = "minimum-score"
    case forbiddenFamily = "forbidden-family"
    case euProhibited = "eu-prohibited"

    public var defaultSeverity: Severity {
        switch self {
        case .missingIngredients, .notAnIngredientList, .percentOutOfRange, .fragranceFreeClaim, .alcoholFreeClaim,
             .parabenFreeClaim, .sulfateFreeClaim, .siliconeFreeClaim, .claimedSkinTypeAvoid, .forbiddenFamily, .euProhibited:
            .error
        case .unknownIngredients, .duplicateIngredient, .probableTypo, .nonComedogenicClaim, .oilFreeClaim,
             .poreClaimWithoutActive, .minimumScore:
            .warning
        }
    }

    public var summary: String {
        switch self {
        case .missingIngredients: "A product row has no ingredient list."
        case .notAnIngredientList: "The ingredient cell does not read as an ingredient list (prose, a placeholder)."
        case .unknownIngredients: "Too many ingredients are not recognized (above the policy's threshold)."
        case .duplicateIngredient: "The same ingredient is listed twice (kits, whose cells hold several lists, are skipped)."
        case .probableTypo: "An ingredient name looks misspelt; the suggested name is given."
        case .percentOutOfRange: "A printed percentage is 0, above 100, or the percentages add up to more than 100."
        case .fragranceFreeClaim: "Claimed fragrance-free, but contains fragrance, essential oils or fragrance allergens."
        case .alcoholFreeClaim: "Claimed alcohol-free, but contains a drying alcohol (fatty alcohols such as cetearyl alcohol are fine)."
        case .nonComedogenicClaim: "Claimed non-comedogenic, but contains an ingredient rated comedogenic above the 1% line."
        case .oilFreeClaim: "Claimed oil-free, but contains an oil above the 1% line."
        case .parabenFreeClaim: "Claimed paraben-free, but contains a paraben."
        case .sulfateFreeClaim: "Claimed sulfate-free, but contains a sulfate surfactant."
        case .siliconeFreeClaim: "Claimed silicone-free, but contains a silicone."
        case .claimedSkinTypeAvoid: "Claimed suitable for a skin type that inci scores as 'avoid'."
        case .poreClaimWithoutActive: "Claims to minimize pores, but no pore-relevant active is above the 1% line."
        case .minimumScore: "The score for a claimed skin type is below the policy's minimum."
        case .forbiddenFamily: "Contains an ingredient of a family the policy forbids."
        case .euProhibited: "Contains a substance of EU Regulation 1223/2009 Annex II (prohibited in cosmetics)."
        }
    }
}
