/// Whether a product stays on the skin: rinse-off products (cleansers, rinsed masks) carry far less
/// comedogenic and irritancy risk than leave-on ones.
public enum ProductType: String, Sendable, Hashable, CaseIterable, Codable {
    case rinseOff = "rinse-off"
    case leaveOn = "leave-on"

    /// Parses `rinse-off`, `leave-on` or a product category (`cleanser`, `mask`, `toner`, `serum`, …).
    public init?(typeOrCategory text: String) {
        let key = NameKey.make(text)
        if key == "rinse off" || key == "rinseoff" || key == "wash off" {
            self = .rinseOff
            return
        }
        if key == "leave on" || key == "leaveon" {
            self = .leaveOn
            return
        }
        guard let inferred = ProductType.infer(fromName: text) else { return nil }
        self = inferred
    }

    static let rinseOffWords: Set<String> = [
        "cleanser", "cleansers", "cleansing", "wash", "face wash", "facewash", "foam",
        "foaming", "scrub", "exfoliator", "shampoo", "soap", "rinse", "bar",
        "mask", "masks", "peel", "washoff", "polish", "shower", "body wash",
    ]
    static let leaveOnWords: Set<String> = [
        "toner", "serum", "essence", "ampoule", "moisturizer", "moisturiser", "cream",
        "lotion", "gel", "sunscreen", "spf", "oil", "balm", "treatment", "mist",
        "primer", "foundation", "concealer", "eye", "sleeping", "overnight", "sheet",
        "emulsion", "fluid", "spot", "patch", "patches", "stick", "lip", "tint",
    ]

    /// Words that say the product stays on the skin whatever else the name says: an overnight or sheet mask,
    /// and what is swiped on and not rinsed ("Peel Pads", "Cleansing Towelettes": their acids and oils stay).
    static let staysOnWords: Set<String> = [
        "sheet", "sleeping", "overnight", "leave", "pad", "pads", "wipe", "wipes", "towelette", "towelettes",
    ]

    /// Infers the type from a product name or category ("Foaming Cleanser", "Clay Mask", "Night Cream").
    /// Leave-on words that say the product stays on win over rinse-off ones ("Overnight Mask",
    /// "Sheet Mask", "Sleeping Mask", "Peel Pads"); nil when nothing in the text tells.
    public static func infer(fromName name: String) -> ProductType? {
        let words = NameKey.make(name).split(separator: " ").map(String.init)
        let hasRinse = words.contains { rinseOffWords.contains($0) } || NameKey.make(name).contains("cleansing oil")
        let staysOn = words.contains { staysOnWords.contains($0) }
        if hasRinse && !staysOn { return .rinseOff }
        if hasRinse && staysOn { return .leaveOn }
        if words.contains(where: { leaveOnWords.contains($0) }) { return .leaveOn }
        return nil
    }
}

/// The product type used for a score, and why.
public struct ProductTypeDecision: Sendable, Hashable {
    public enum Basis: String, Sendable, Hashable, Codable {
        /// Given by the user (`--type`).
        case given
        /// Inferred from the product name or category.
        case inferred
        /// Read from the list itself: a detergent or a soap high up makes a wash (no name or type told).
        case list
        /// Nothing told: leave-on, the cautious assumption.
        case assumed
    }

    /// How long a rinse-off product stays on: a wash a minute, a mask or peel about ten.
    public enum Contact: String, Sendable, Hashable, Codable {
        case wash
        case mask
        case leaveOn = "leave-on"
    }

    public let type: ProductType
    public let basis: Basis
    /// The text it was inferred from, when inferred.
    public let evidence: String?
    public let contact: Contact
    /// The product's name, when given: strengths it states are read (`NameStrength`).
    public var name: String?

    public init(type: ProductType, basis: Basis, evidence: String? = nil, contact: Contact? = nil, name: String? = nil)
    {
        self.name = name
        self.type = type
        self.basis = basis
        self.evidence = evidence
        self.contact = type == .leaveOn ? .leaveOn : (contact ?? .wash)
    }

    static let maskWords: Set<String> = ["mask", "masks", "masque", "peel", "peeling", "clay", "mud"]

    /// A mask or peel (minutes on the skin) rather than a wash, from a name or category.
    static func contact(of texts: [String]) -> Contact {
        texts.contains { NameKey.make($0).split(separator: " ").contains { maskWords.contains(String($0)) } }
            ? .mask : .wash
    }

    /// How a product is made to be used, from its name and form, whatever the type it is scored as: a
    /// cleanser, cleansing oil or scrub is made for a wash, a clay or mud mask (or anything a mask word
    /// names and no leave-on word contradicts) for minutes, a list whose detergents come first for a wash;
    /// nil when it is made to stay on or nothing tells.
    package static func madeFor(name: String?, profile: FormulaProfile) -> Contact? {
        if let name {
            switch ProductType.infer(fromName: name) {
            case .rinseOff: return contact(of: [name])
            case .leaveOn: return nil
            case nil: if contact(of: [name]) == .mask { return .mask }
            }
        }
        return profile == .surfactantWash ? .wash : nil
    }

    /// A decision nothing told (`assumed`) made from the list instead, when its form says it is a wash:
    /// detergents or soap high up are what a chemist reads a cleanser by. A leave-on claim by name or by
    /// `--type` is never overridden.
    package func readingTheList(washMaker: MatchedIngredient?) -> ProductTypeDecision {
        guard basis == .assumed, let washMaker, let ingredient = washMaker.ingredient else { return self }
        return ProductTypeDecision(
            type: .rinseOff, basis: .list, evidence: "\(ingredient.name) (#\(washMaker.token.position))",
            contact: .wash, name: name)
    }

    /// Given type first, then the product name (more specific than a retailer's category: "Clarifying
    /// Lotion" filed under Cleanser, "Sleeping Mask" under Face Mask), then the category, else leave-on.
    public static func decide(given: ProductType?, name: String? = nil, category: String? = nil) -> ProductTypeDecision
    {
        let texts = [name, category].compactMap { $0 }
        if let given { return ProductTypeDecision(type: given, basis: .given, contact: contact(of: texts), name: name) }
        for text in texts {
            if let inferred = ProductType.infer(fromName: text) {
                return ProductTypeDecision(
                    type: inferred, basis: .inferred, evidence: text, contact: contact(of: [text]), name: name)
            }
        }
        return ProductTypeDecision(type: .leaveOn, basis: .assumed, name: name)
    }
}
