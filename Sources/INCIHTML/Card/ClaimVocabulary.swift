import Foundation

/// The words retailers use for the claims the catalog check compares with the analysis, in the
/// languages the tokenizer knows. Free-from claims map to one slug each, in a fixed order.
enum ClaimVocabulary {
    static let skinTypeLabels: Set<String> = [
        "skin type", "skin types", "skintype", "for skin type", "for skin types", "suitable for", "suitable for skin type",
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
    static let brandLabels: Set<String> = ["brand", "brand name", "marke", "marque", "marca", "브랜드", "品牌", "manufacturer"]
    static let priceLabels: Set<String> = ["price", "preis", "prix", "precio", "가격", "价格", "our price", "sale price"]

    /// Slug and the phrases that claim it.
    static let freeFrom: [(slug: String, phrases: [String])] = [
        ("fragrance-free", ["fragrance-free", "fragrance free", "free of fragrance", "free from fragrance", "without fragrance",
                            "no fragrance", "no added fragrance", "unscented", "ohne parfum", "ohne duftstoffe", "parfümfrei",
                            "parfumfrei", "duftstofffrei", "sans parfum", "sin perfume", "senza profumo", "무향", "무향료", "無香料"]),
        ("non-comedogenic", ["non-comedogenic", "non comedogenic", "noncomedogenic", "nicht komedogen", "non comédogène",
                             "non comedogène", "no comedogénico", "non comedogenico", "논코메도제닉", "ノンコメドジェニック"]),
        ("paraben-free", ["paraben-free", "paraben free", "parabens-free", "no parabens", "ohne parabene", "parabenfrei",
                          "sans parabène", "sans parabènes", "sin parabenos", "파라벤 프리", "파라벤프리"]),
        ("alcohol-free", ["alcohol-free", "alcohol free", "no alcohol", "ohne alkohol", "alkoholfrei", "sans alcool",
                          "sin alcohol", "무알코올", "알코올 프리"]),
        ("oil-free", ["oil-free", "oil free", "ölfrei", "sans huile", "libre de aceite", "오일 프리", "오일프리"]),
        ("sulfate-free", ["sulfate-free", "sulfate free", "sulphate-free", "sulphate free", "no sulfates", "ohne sulfate",
                          "sulfatfrei", "sans sulfate", "sans sulfates"]),
        ("silicone-free", ["silicone-free", "silicone free", "no silicones", "ohne silikone", "silikonfrei", "sans silicone"]),
        ("mineral-oil-free", ["mineral oil free", "mineral-oil-free", "mineral oil-free", "ohne paraffine", "ohne mineralöl",
                              "ohne mineralöle", "mineralölfrei", "sans huile minérale"]),
        ("essential-oil-free", ["essential oil free", "essential oil-free", "essential-oil-free", "ohne ätherische öle"]),
        ("dye-free", ["dye-free", "dye free", "colorant-free", "ohne farbstoffe", "farbstofffrei", "sans colorant"]),
        ("soap-free", ["soap-free", "soap free", "seifenfrei", "sans savon"]),
        ("phthalate-free", ["phthalate-free", "phthalate free", "phthalates-free", "no phthalates", "ohne phthalate"]),
    ]

    /// Words after "free of", "free from", "without", "ohne", "sans" that name a free-from claim.
    static let freeOfWords: [(slug: String, words: [String])] = [
        ("fragrance-free", ["fragrance", "fragrances", "parfum", "perfume", "duftstoffe"]),
        ("paraben-free", ["paraben", "parabens", "parabene"]),
        ("alcohol-free", ["alcohol", "alkohol", "drying alcohol"]),
        ("sulfate-free", ["sulfate", "sulfates", "sulphates", "sls", "sles"]),
        ("silicone-free", ["silicone", "silicones", "silikone"]),
        ("mineral-oil-free", ["mineral oil", "mineral oils", "mineralöl", "mineralöle", "paraffine", "paraffin"]),
        ("essential-oil-free", ["essential oil", "essential oils"]),
        ("phthalate-free", ["phthalate", "phthalates"]),
        ("dye-free", ["dyes", "dye", "artificial colors", "farbstoffe"]),
    ]

    /// The free-from slugs claimed in `text`, in vocabulary order.
    static func freeFromClaims(in text: String) -> Set<String> {
        let lower = ByteSearch.lowercasedUTF8(text)
        var found = phraseClaims(in: lower)
        for lead in leadNeedles {
            for start in ByteSearch.occurrences(of: lead, in: lower) {
                if start > 0, ByteSearch.isWordByte(lower[start - 1]) { continue }
                let tail = String(decoding: lower[(start + lead.count)...].prefix(200), as: UTF8.self)
                let clause = tail.prefix(while: { $0 != "." && $0 != "\n" && $0 != ";" && $0 != "!" })
                let items = clause.split(whereSeparator: { $0 == "," || $0 == "/" || $0 == "&" }).flatMap { $0.components(separatedBy: " and ") }
                    .flatMap { $0.components(separatedBy: " und ") }.map { $0.trimmed() }
                for (slug, words) in freeOfWords where items.contains(where: { item in words.contains(item) || words.contains(where: { item == "added " + $0 || item == "artificial " + $0 || item == "synthetic " + $0 }) }) {
                    found.insert(slug)
                }
            }
        }
        return found
    }

    /// Every phrase with its slug, bucketed by first byte: one pass over a page's text finds them all
    /// (a pass per phrase was most of the card's time on large pages).
    private static let phrasesByFirstByte: [[(slug: String, phrase: [UInt8])]] = {
        var table = [[(slug: String, phrase: [UInt8])]](repeating: [], count: 256)
        for (slug, phrases) in freeFrom {
            for phrase in phrases.map({ Array($0.utf8) }) { table[Int(phrase[0])].append((slug, phrase)) }
        }
        return table
    }()

    /// The slugs whose phrases occur in `text` (lower-cased UTF-8) as whole word runs.
    private static func phraseClaims(in text: [UInt8]) -> Set<String> {
        var found: Set<String> = []
        text.withUnsafeBufferPointer { hay in
            phrasesByFirstByte.withUnsafeBufferPointer { table in
                for start in 0..<hay.count {
                    let bucket = table[Int(hay[start])]
                    guard !bucket.isEmpty, start == 0 || !ByteSearch.isWordByte(hay[start - 1]) else { continue }
                    for (slug, phrase) in bucket where start + phrase.count <= hay.count && !found.contains(slug) {
                        guard phrase.withUnsafeBufferPointer({ memcmp($0.baseAddress!, hay.baseAddress! + start, phrase.count) == 0 }) else { continue }
                        if start + phrase.count < hay.count, ByteSearch.isWordByte(hay[start + phrase.count]) { continue }
                        // "oil-free" does not count inside "mineral oil-free".
                        if oilPhrases.contains(phrase), negators.contains(where: { start >= $0.count && Array(hay[(start - $0.count)..<start]) == $0 }) { continue }
                        found.insert(slug)
                    }
                }
            }
        }
        return found
    }

    private static let leadNeedles: [[UInt8]] = ["free of ", "free from ", "formulated without ", "made without ", "without ", "ohne ", "frei von ", "sans "]
        .map { Array($0.utf8) }
    private static let negators: [[UInt8]] = ["mineral ", "essential ", "mineral-"].map { Array($0.utf8) }
    private static let oilPhrases: Set<[UInt8]> = Set(["oil-free", "oil free", "ölfrei"].map { Array($0.utf8) })

    static func ordered(_ slugs: Set<String>) -> [String] {
        freeFrom.map(\.slug).filter { slugs.contains($0) }
    }
}
