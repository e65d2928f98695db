extension SkinType {
    /// The five types retailers filter by, which "All" and "All skin types" claim: acne-prone and mature
    /// are concerns on those filters, not types, so "All" does not claim them.
    public static let claimedByAll: [SkinType] = [.oily, .dry, .combination, .normal, .sensitive]

    /// The skin types claimed by labels as a page card or catalog prints them ("Oily", "Acne Prone", "All",
    /// "All skin types"), each once, in `SkinType` order. Labels that name no skin type are ignored.
    /// The one reading of claimed skin types: pages and catalog columns both go through it.
    public static func claimed<Labels: Sequence>(by labels: Labels) -> [SkinType] where Labels.Element: StringProtocol {
        var claimed: Set<SkinType> = []
        for label in labels {
            let key = NameKey.make(String(label))
            if key == "all" || key == "all skin types" || key == "all skin type" {
                claimed.formUnion(claimedByAll)
            } else if let type = SkinType(label: String(label)) {
                claimed.insert(type)
            }
        }
        return claimed.sorted()
    }
}
