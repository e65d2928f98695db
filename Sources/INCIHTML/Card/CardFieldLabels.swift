/// The labels a page prints before a product card's fields ("Skin type: Oily", "Size: 50 ml", "Scent:
/// Lavender", "Key Ingredients: Niacinamide, Zinc PCA"), in the languages the tokenizer knows, lower-cased as
/// `LabelledValues.normalize` leaves them. The claims themselves ("fragrance-free", "ohne Parfum") are
/// INCICore's `Claim`, the one vocabulary that `inci check` and `inci analyze` read too.
enum CardFieldLabels {
    static let skinType: Set<String> = [
        "skin type", "skin types", "skintype", "for skin type", "for skin types", "suitable for",
        "suitable for skin type",
        "best for", "hauttyp", "hauttypen", "type de peau", "types de peau", "tipo de piel", "tipo di pelle",
        "피부타입", "피부 타입", "肌質", "肌质", "适合肤质",
    ]
    static let benefits: Set<String> = [
        "benefits", "benefit", "product benefits", "key benefits", "skincare concerns", "skin concerns", "skin concern",
        "concerns", "concern", "good for", "wirkung", "pflegewirkung", "bienfaits", "beneficios", "효과", "효능", "功效",
    ]
    static let size: Set<String> = [
        "size", "sizes", "volume", "item volume", "net wt", "net weight", "net contents", "contents", "content",
        "inhalt", "füllmenge", "capacity", "net vol", "größe", "contenance", "contenido", "용량", "容量", "size/volume",
    ]
    static let brand: Set<String> = [
        "brand", "brand name", "marke", "marque", "marca", "브랜드", "品牌", "manufacturer",
    ]
    static let price: Set<String> = ["price", "preis", "prix", "precio", "가격", "价格", "our price", "sale price"]

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
    /// Words that make "… ingredients" a selection of the list rather than the list ("Power Ingredients",
    /// "Notable Ingredients", "Wichtige Inhaltsstoffe", "주요성분"): the key-ingredient labels' qualifiers.
    static let keyIngredientQualifiers: Set<String> = [
        "key", "hero", "star", "superstar", "featured", "highlighted", "highlight", "highlights", "main", "power",
        "powerhouse", "notable", "signature", "special", "core", "spotlight", "top", "callout", "callouts", "actives",
        "wichtige", "wichtigsten", "clés", "clé", "chiave", "clave", "principaux", "principales", "principali",
        "主要", "핵심", "주요", "основные",
    ]
    /// Longer values are descriptions of the scent, not its name.
    static let maxScentLength = 60
}
