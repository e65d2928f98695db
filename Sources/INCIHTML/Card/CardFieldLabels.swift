/// Labels a page prints before the card fields that are not claims: the scent and the featured
/// ingredients ("Scent: Lavender", "Key Ingredients: Niacinamide, Zinc PCA"), lower-cased as
/// `LabelledValues.normalize` leaves them. The claims' labels (skin type, benefits, size, price) are
/// in `ClaimVocabulary`.
enum CardFieldLabels {
    static let scent: Set<String> = [
        "scent", "scents", "scent name", "fragrance", "fragrance notes", "fragrance family",
        "duft", "duftrichtung", "duftnote", "senteur", "parfum", "profumo", "fragancia", "aroma", "향", "香り",
    ]
    static let keyIngredients: Set<String> = [
        "key ingredients", "key ingredient", "special ingredients", "hero ingredients",
        "hero ingredient", "star ingredients", "featured ingredients", "key actives",
        "highlighted ingredients", "ingredient highlights", "wirkstoffe", "schlüsselinhaltsstoffe",
        "ingrédients clés", "actifs clés", "ingredienti chiave", "ingredientes clave", "핵심 성분", "주요 성분",
    ]
    /// Longer values are descriptions of the scent, not its name.
    static let maxScentLength = 60
}
