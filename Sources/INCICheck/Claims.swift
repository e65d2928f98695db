/// The marketing claims `inci check` verifies, and the phrases that make them.
public enum Claim: String, Sendable, Hashable, CaseIterable {
    case fragranceFree = "fragrance-free"
    case alcoholFree = "alcohol-free"
    case nonComedogenic = "non-comedogenic"
    case oilFree = "oil-free"
    case parabenFree = "paraben-free"
    case sulfateFree = "sulfate-free"
    case siliconeFree = "silicone-free"
    case poreMinimizing = "pore-minimizing"
    case sensitiveSkin = "for-sensitive-skin"

    var phrases: [String] {
        switch self {
        case .fragranceFree: ["fragrance-free", "fragrance free", "free of fragrance", "no fragrance", "unscented", "parfum-free", "perfume-free", "perfume free", "sans parfum", "without fragrance", "no added fragrance"]
        case .alcoholFree: ["alcohol-free", "alcohol free", "no alcohol", "without alcohol", "sans alcool", "alkoholfrei"]
        case .nonComedogenic: ["non-comedogenic", "non comedogenic", "noncomedogenic", "won't clog pores", "will not clog pores", "doesn't clog pores", "does not clog pores"]
        case .oilFree: ["oil-free", "oil free", "oilfree", "sans huile"]
        case .parabenFree: ["paraben-free", "paraben free", "parabens-free", "no parabens", "without parabens", "free of parabens", "formulated without parabens", "sans paraben"]
        case .sulfateFree: ["sulfate-free", "sulfate free", "sulphate-free", "sulphate free", "no sulfates", "without sulfates", "free of sulfates"]
        case .siliconeFree: ["silicone-free", "silicone free", "no silicones", "without silicones", "free of silicones"]
        case .poreMinimizing: ["pore minimizing", "pore-minimizing", "pore minimising", "minimizes pores", "minimises pores", "minimize pores", "minimize the appearance of pores", "refines pores", "pore refining", "pore-refining", "pore tightening", "tightens pores", "shrinks pores", "pore care", "poreless", "blurs pores"]
        case .sensitiveSkin: ["for sensitive skin", "sensitive skin", "suitable for sensitive", "gentle enough for sensitive"]
        }
    }

    /// The claims made in a (lower-cased) text.
    public static func claims(in text: String) -> [Claim] {
        allCases.filter { claim in claim.phrases.contains { text.contains($0) } }
    }
}
