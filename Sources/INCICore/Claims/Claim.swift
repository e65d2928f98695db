/// A claim printed on a label or a product page ("fragrance-free", "ohne Parfum", "non-comedogenic",
/// "dermatologically tested"), as one slug whatever the language.
///
/// The one vocabulary of claims: the page card (INCIHTML), `inci check` (INCICheck) and `inci analyze`
/// (claims printed before or inside a list) all read claims with it, so they agree on what "sans parfum"
/// claims. Whether a product keeps a claim is the checker's business, not this type's.
public enum Claim: String, Sendable, Hashable, CaseIterable, Codable {
    case fragranceFree = "fragrance-free"
    case nonComedogenic = "non-comedogenic"
    case parabenFree = "paraben-free"
    case alcoholFree = "alcohol-free"
    case oilFree = "oil-free"
    case sulfateFree = "sulfate-free"
    case siliconeFree = "silicone-free"
    case mineralOilFree = "mineral-oil-free"
    case essentialOilFree = "essential-oil-free"
    case dyeFree = "dye-free"
    case soapFree = "soap-free"
    case phthalateFree = "phthalate-free"
    case glutenFree = "gluten-free"
    case poreMinimizing = "pore-minimizing"
    case sensitiveSkin = "for-sensitive-skin"
    case hypoallergenic
    case dermatologicallyTested = "dermatologically-tested"
    case ophthalmologicallyTested = "ophthalmologically-tested"
    case vegan
    case crueltyFree = "cruelty-free"

    /// Claims that something is absent ("free-from"): the card's `freeFrom`.
    public var isFreeFrom: Bool {
        switch self {
        case .fragranceFree, .parabenFree, .alcoholFree, .oilFree, .sulfateFree, .siliconeFree, .mineralOilFree,
            .essentialOilFree, .dyeFree, .soapFree, .phthalateFree, .glutenFree, .nonComedogenic:
            true
        default:
            false
        }
    }

    /// The phrases that make the claim, lower case, in the languages labels are printed in.
    public var phrases: [String] {
        switch self {
        case .fragranceFree:
            [
                "fragrance-free", "fragrance free", "free of fragrance", "free from fragrance", "without fragrance",
                "no fragrance",
                "no added fragrance", "unscented", "parfum-free", "parfum free", "perfume-free", "perfume free",
                "ohne parfum",
                "ohne duftstoffe", "ohne duftstoff", "parfümfrei", "parfumfrei", "duftstofffrei", "sans parfum",
                "non parfumé",
                "sin perfume", "sin fragancia", "senza profumo", "non profumato", "zonder parfum", "parfumvrij",
                "sem perfume",
                "utan parfym", "parfymfri", "uten parfyme", "parfymefri", "uden parfume", "parfumefri", "hajusteeton",
                "bez zapachu", "bezzapachowy", "без отдушек", "без запаха", "무향", "무향료", "無香料", "无香料", "無香精", "无香精",
                "香料フリー",
            ]
        case .nonComedogenic:
            [
                "non-comedogenic", "non comedogenic", "noncomedogenic", "won't clog pores", "will not clog pores",
                "doesn't clog pores", "does not clog pores", "nicht komedogen", "non comédogène", "non-comédogène",
                "non comedogène", "no comedogénico", "no comedogénica", "non comedogenico", "non comedogenica",
                "niet-comedogeen",
                "niet comedogeen", "não comedogênico", "icke-komedogen", "niekomedogenny", "некомедогенный", "논코메도제닉",
                "ノンコメドジェニック", "不致粉刺",
            ]
        case .parabenFree:
            [
                "paraben-free", "paraben free", "parabens-free", "parabens free", "no parabens", "without parabens",
                "free of parabens", "formulated without parabens", "ohne parabene", "parabenfrei", "sans paraben",
                "sans parabène",
                "sans parabènes", "sin parabenos", "senza parabeni", "zonder parabenen", "parabenvrij", "sem parabenos",
                "parabenfri", "utan parabener", "bez parabenów", "без парабенов", "파라벤 프리", "파라벤프리", "パラベンフリー",
                "无防腐剂尼泊金",
            ]
        case .alcoholFree:
            [
                "alcohol-free", "alcohol free", "no alcohol", "without alcohol", "ohne alkohol", "alkoholfrei",
                "sans alcool",
                "sin alcohol", "senza alcool", "zonder alcohol", "alcoholvrij", "sem álcool", "alkoholfri",
                "bez alkoholu",
                "без спирта", "무알코올", "알코올 프리", "アルコールフリー", "ノンアルコール", "无酒精", "無酒精",
            ]
        case .oilFree:
            [
                "oil-free", "oil free", "oilfree", "ölfrei", "sans huile", "libre de aceite", "sin aceite",
                "senza olio",
                "olievrij", "oljefri", "오일 프리", "오일프리", "オイルフリー", "无油",
            ]
        case .sulfateFree:
            [
                "sulfate-free", "sulfate free", "sulphate-free", "sulphate free", "no sulfates", "without sulfates",
                "free of sulfates", "ohne sulfate", "sulfatfrei", "sans sulfate", "sans sulfates", "sin sulfatos",
                "senza solfati",
                "zonder sulfaten", "sem sulfatos", "sulfatfri", "bez siarczanów", "без сульфатов", "설페이트 프리", "无硫酸盐",
            ]
        case .siliconeFree:
            [
                "silicone-free", "silicone free", "no silicones", "without silicones", "free of silicones",
                "ohne silikone",
                "silikonfrei", "sans silicone", "sans silicones", "sin siliconas", "senza siliconi", "zonder siliconen",
                "sem silicones", "silikonfri", "bez silikonów", "без силиконов", "실리콘 프리", "シリコンフリー", "无硅油",
            ]
        case .mineralOilFree:
            [
                "mineral oil free", "mineral-oil-free", "mineral oil-free", "ohne paraffine", "ohne mineralöl",
                "ohne mineralöle",
                "mineralölfrei", "sans huile minérale", "sans huiles minérales", "sin aceites minerales",
                "senza oli minerali",
            ]
        case .essentialOilFree:
            [
                "essential oil free", "essential oil-free", "essential-oil-free", "ohne ätherische öle",
                "sans huiles essentielles",
            ]
        case .dyeFree:
            [
                "dye-free", "dye free", "colorant-free", "ohne farbstoffe", "farbstofffrei", "sans colorant",
                "sans colorants",
                "sin colorantes", "senza coloranti", "kleurstofvrij",
            ]
        case .soapFree:
            [
                "soap-free", "soap free", "seifenfrei", "sans savon", "sin jabón", "senza sapone", "zeepvrij",
                "sæbefri", "tvålfri",
            ]
        case .phthalateFree:
            [
                "phthalate-free", "phthalate free", "phthalates-free", "no phthalates", "ohne phthalate",
                "sans phtalates",
                "sans phtalate",
            ]
        case .glutenFree:
            ["gluten-free", "gluten free", "glutenfrei", "sans gluten", "sin gluten", "senza glutine", "glutenvrij"]
        case .poreMinimizing:
            [
                "pore minimizing", "pore-minimizing", "pore minimising", "minimizes pores", "minimises pores",
                "minimize pores",
                "minimize the appearance of pores", "refines pores", "pore refining", "pore-refining",
                "pore tightening",
                "tightens pores", "shrinks pores", "pore care", "poreless", "blurs pores", "porenverfeinernd",
                "resserre les pores",
                "affine le grain de peau", "모공 케어", "毛穴ケア",
            ]
        case .sensitiveSkin:
            [
                "for sensitive skin", "sensitive skin", "suitable for sensitive", "gentle enough for sensitive",
                "für empfindliche haut", "peaux sensibles", "peau sensible", "piel sensible", "pieles sensibles",
                "pelli sensibili",
                "pelle sensibile", "gevoelige huid", "pele sensível", "känslig hud", "민감성 피부", "敏感肌",
            ]
        case .hypoallergenic:
            [
                "hypoallergenic", "hypo-allergenic", "hypoallergen", "hypoallergénique", "hipoalergénico",
                "hipoalergénica",
                "ipoallergenico", "hypoallergeen", "hipoalergênico",
            ]
        case .dermatologicallyTested:
            [
                "dermatologically tested", "dermatologist tested", "dermatologist-tested", "dermatologically-tested",
                "dermatologist approved", "dermatologisch getestet", "dermatologiquement testé",
                "testé dermatologiquement",
                "testé sous contrôle dermatologique", "sous contrôle dermatologique", "dermatológicamente probado",
                "dermatologicamente testato", "dermatologisch getest", "dermatologicamente testado",
                "dermatologiskt testad",
                "피부과 테스트 완료", "皮肤科测试",
            ]
        case .ophthalmologicallyTested:
            [
                "ophthalmologist tested", "ophthalmologically tested", "ophtalmologiquement testé",
                "augenärztlich getestet",
                "sous contrôle ophtalmologique",
            ]
        case .vegan:
            ["vegan", "100% vegan", "végan", "vegano", "veganistisch", "비건"]
        case .crueltyFree:
            [
                "cruelty-free", "cruelty free", "not tested on animals", "ohne tierversuche", "tierversuchsfrei",
                "non testé sur les animaux", "no testado en animales", "크루얼티 프리",
            ]
        }
    }

    /// Words after "free of", "without", "ohne", "sans" … that name a free-from claim.
    static let freeOfWords: [(claim: Claim, words: [String])] = [
        (
            .fragranceFree,
            [
                "fragrance", "fragrances", "added fragrance", "parfum", "perfume", "perfumes", "duftstoffe",
                "duftstoff",
                "profumo", "parfym", "parfyme", "parfume", "zapachu", "отдушек",
            ]
        ),
        (
            .parabenFree,
            [
                "paraben", "parabens", "parabene", "parabène", "parabènes", "parabenos", "parabeni", "parabenen",
                "parabener", "parabenów", "парабенов",
            ]
        ),
        (.alcoholFree, ["alcohol", "alkohol", "alcool", "álcool", "drying alcohol", "drying alcohols", "спирта"]),
        (
            .sulfateFree,
            ["sulfate", "sulfates", "sulphates", "sls", "sles", "sulfaten", "solfati", "sulfatos", "сульфатов"]
        ),
        (
            .siliconeFree,
            ["silicone", "silicones", "silikone", "siliconas", "siliconi", "siliconen", "silikoner", "силиконов"]
        ),
        (
            .mineralOilFree,
            [
                "mineral oil", "mineral oils", "mineralöl", "mineralöle", "paraffine", "paraffin", "huile minérale",
                "huiles minérales", "aceites minerales", "oli minerali",
            ]
        ),
        (.essentialOilFree, ["essential oil", "essential oils", "ätherische öle", "huiles essentielles"]),
        (.phthalateFree, ["phthalate", "phthalates", "phtalates"]),
        (
            .dyeFree,
            [
                "dyes", "dye", "artificial colors", "artificial colours", "farbstoffe", "colorants", "colorantes",
                "coloranti",
            ]
        ),
        (.soapFree, ["soap", "seife", "savon"]),
        (.glutenFree, ["gluten"]),
    ]

    /// Words that introduce a list of what a product is free of.
    package static let freeOfLeads: [String] = [
        "free of ", "free from ", "formulated without ", "made without ", "without ", "no added ", "ohne ", "frei von ",
        "sans ", "sin ", "senza ", "zonder ", "sem ", "utan ", "uten ", "uden ", "bez ", "без ",
    ]

    /// Connectives between the things a product is free of.
    static let connectives: [String] = [
        " and ", " und ", " et ", " y ", " e ", " en ", " och ", " og ", " i ", " и ", " or ",
    ]
}
