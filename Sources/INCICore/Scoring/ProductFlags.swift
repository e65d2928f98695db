/// Yes/no facts a shopper filters on, and the ingredients behind each.
public struct ProductFlags: Sendable, Hashable {
    public struct RatedIngredient: Sendable, Hashable {
        public let name: String
        public let position: Int
        public let rating: Rating
    }

    public let fragranceFree: Bool
    public let essentialOilFree: Bool
    public let dryingAlcoholFree: Bool
    public let fungalAcneSafe: Bool
    public let euAllergens: [String]
    public let pregnancyCaution: [String]
    public let exfoliatingAcids: [String]
    public let retinoids: [String]
    public let fungalAcneTriggers: [String]
    public let comedogenic: [RatedIngredient]
    /// Routine advice, e.g. not to stack acids and retinoids.
    public let advice: [String]
}
