/// The skin types inci scores for. Raw values are the JSON keys of `scores`.
public enum SkinType: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case oily, dry, combination, normal, sensitive
    case acneProne = "acne-prone"
    case mature

    public static func < (lhs: SkinType, rhs: SkinType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Parses user and catalog spellings: `acne-prone`, `Acne Prone`, `acne`, `combo`, …
    public init?(label: String) {
        let key = NameKey.make(label)
        switch key {
        case "oily", "oil", "greasy": self = .oily
        case "dry", "very dry": self = .dry
        case "combination", "combo", "mixed": self = .combination
        case "normal": self = .normal
        case "sensitive", "reactive": self = .sensitive
        case "acne prone", "acne", "acneprone", "blemish prone", "breakout prone": self = .acneProne
        case "mature", "aging", "ageing", "anti aging": self = .mature
        default: return nil
        }
    }
}

/// What a score means for a user.
public enum Verdict: String, Sendable, Hashable, CaseIterable, Codable {
    case good, fine, caution, avoid
}
