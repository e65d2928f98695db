import Foundation

/// The labels retailers print before a card's skin types, benefits, size, brand and price, in the
/// languages the tokenizer knows. The claims themselves ("fragrance-free", "ohne Parfum") are INCICore's
/// `Claim`, the one vocabulary that `inci check` and `inci analyze` read too.
enum ClaimVocabulary {
    static let skinTypeLabels: Set<String> = [
        "skin type", "skin types", "skintype", "for skin type", "for skin types", "suitable for",
        "suitable for skin type",
        "best for", "hauttyp", "hauttypen", "type de peau", "types de peau", "tipo de piel", "tipo di pelle",
        "피부타입", "피부 타입", "肌質", "肌质", "适合肤质",
    ]
    static let benefitLabels: Set<String> = [
        "benefits", "benefit", "product benefits", "key benefits", "skincare concerns", "skin concerns", "skin concern",
        "concerns", "concern", "good for", "wirkung", "pflegewirkung", "bienfaits", "beneficios", "효과", "효능", "功效",
    ]
    static let sizeLabels: Set<String> = [
        "size", "sizes", "volume", "item volume", "net wt", "net weight", "net contents", "contents", "content",
        "inhalt", "füllmenge", "capacity", "net vol", "größe", "contenance", "contenido", "용량", "容量", "size/volume",
    ]
    static let brandLabels: Set<String> = [
        "brand", "brand name", "marke", "marque", "marca", "브랜드", "品牌", "manufacturer",
    ]
    static let priceLabels: Set<String> = ["price", "preis", "prix", "precio", "가격", "价格", "our price", "sale price"]
}
