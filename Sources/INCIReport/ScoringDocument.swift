import INCICore

/// The scoring part of the `inci analyze --format json` document: `scores` (keyed by skin type id),
/// `pore_profile`, `flags`, `confidence`, `product_type`, `one_percent_line`. Names are a contract.
public struct ScoringDocument: Encodable, Sendable {
    public struct Reason: Encodable, Sendable {
        let points: Double
        let rule: String
        let ingredient: String
        let position: Int
        let source: String?
        let detail: String

        enum CodingKeys: String, CodingKey { case points, rule, ingredient, position, source, detail }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(points, forKey: .points)
            try container.encode(rule, forKey: .rule)
            try container.encode(ingredient, forKey: .ingredient)
            try container.encode(position, forKey: .position)
            try container.encode(source, forKey: .source)
            try container.encode(detail, forKey: .detail)
        }
    }

    public struct Score: Encodable, Sendable {
        public let score: Int
        public let verdict: Verdict
        let reasons: [Reason]
    }

    /// The score for one skin type, when it was asked for.
    public func score(for type: SkinType) -> Score? { scores[type.rawValue] }

    public struct Contributor: Encodable, Sendable {
        let name: String
        let position: Int
        let prominence: Double
        let belowOnePercentLine: Bool
        enum CodingKeys: String, CodingKey {
            case name, position, prominence
            case belowOnePercentLine = "below_one_percent_line"
        }
    }

    public struct MechanismValue: Encodable, Sendable {
        let mechanism: Mechanism
        let strength: Double
        let level: String
        let ingredients: [Contributor]
    }

    public struct RatingValue: Encodable, Sendable {
        let value: String
        let source: String
    }

    public struct RiskValue: Encodable, Sendable {
        let kind: String
        let name: String
        let position: Int
        let prominence: Double
        let rating: RatingValue?
        let uncertainty: String?

        enum CodingKeys: String, CodingKey { case kind, name, position, prominence, rating, uncertainty }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kind, forKey: .kind)
            try container.encode(name, forKey: .name)
            try container.encode(position, forKey: .position)
            try container.encode(prominence, forKey: .prominence)
            try container.encode(rating, forKey: .rating)
            try container.encode(uncertainty, forKey: .uncertainty)
        }
    }

    public struct PoreProfileValue: Encodable, Sendable {
        let mechanisms: [MechanismValue]
        let risks: [RiskValue]
    }

    public struct ComedogenicValue: Encodable, Sendable {
        let name: String
        let position: Int
        let rating: String
        let source: String
    }

    /// `flags`: each "free from" flag as `ID_WITH_UNDERSCORES` (`fragrance_free`: true, false, or null when
    /// an unrecognised ingredient leaves it open), then the lists. Keys are written in a fixed order.
    public struct FlagsValue: Encodable, Sendable {
        let freeFrom: [(key: String, value: Bool?)]
        let euAllergens: [String]
        let pregnancyCaution: [String]
        let exfoliatingAcids: [String]
        let retinoids: [String]
        let fungalAcneTriggers: [String]
        let comedogenic: [ComedogenicValue]
        let unrecognised: [String]
        let advice: [String]

        struct Key: CodingKey {
            let stringValue: String
            init(_ string: String) { stringValue = string }
            init?(stringValue: String) { self.stringValue = stringValue }
            var intValue: Int? { nil }
            init?(intValue: Int) { nil }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            // An explicit null when unknown.
            for (key, value) in freeFrom { try container.encode(value, forKey: Key(key)) }
            try container.encode(euAllergens, forKey: Key("eu_allergens"))
            try container.encode(pregnancyCaution, forKey: Key("pregnancy_caution"))
            try container.encode(exfoliatingAcids, forKey: Key("exfoliating_acids"))
            try container.encode(retinoids, forKey: Key("retinoids"))
            try container.encode(fungalAcneTriggers, forKey: Key("fungal_acne_triggers"))
            try container.encode(comedogenic, forKey: Key("comedogenic"))
            try container.encode(unrecognised, forKey: Key("unrecognised"))
            try container.encode(advice, forKey: Key("advice"))
        }
    }

    public struct ProductTypeValue: Encodable, Sendable {
        let type: ProductType
        let basis: ProductTypeDecision.Basis
        let evidence: String?
        let contact: ProductTypeDecision.Contact

        enum CodingKeys: String, CodingKey { case type, basis, evidence, contact }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(type, forKey: .type)
            try container.encode(basis, forKey: .basis)
            try container.encode(evidence, forKey: .evidence)
            try container.encode(contact, forKey: .contact)
        }
    }

    let scores: [String: Score]
    let poreProfile: PoreProfileValue
    let flags: FlagsValue
    let confidence: Double
    let productType: ProductTypeValue
    let onePercentLine: Int?
    let formulaProfile: FormulaProfile

    enum CodingKeys: String, CodingKey {
        case scores, flags, confidence
        case poreProfile = "pore_profile"
        case productType = "product_type"
        case onePercentLine = "one_percent_line"
        case formulaProfile = "formula_profile"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(scores, forKey: .scores)
        try container.encode(poreProfile, forKey: .poreProfile)
        try container.encode(flags, forKey: .flags)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(productType, forKey: .productType)
        try container.encode(onePercentLine, forKey: .onePercentLine)
        try container.encode(formulaProfile, forKey: .formulaProfile)
    }

    public init(_ analysis: ProductAnalysis, skinTypes: [SkinType]) {
        scores = analysis.scores.keyedBySkinType(skinTypes, skinType: \.skinType) { score in
            Score(
                score: score.score, verdict: score.verdict,
                reasons: score.reasons.map {
                    Reason(
                        points: $0.points, rule: $0.rule, ingredient: $0.ingredient, position: $0.position,
                        source: $0.source, detail: $0.detail)
                })
        }
        poreProfile = PoreProfileValue(
            mechanisms: analysis.poreProfile.mechanisms.map { strength in
                MechanismValue(
                    mechanism: strength.mechanism, strength: strength.strength, level: strength.level,
                    ingredients: strength.ingredients.map {
                        Contributor(
                            name: $0.name, position: $0.position, prominence: $0.prominence,
                            belowOnePercentLine: $0.belowOnePercentLine)
                    })
            },
            risks: analysis.poreProfile.risks.map {
                RiskValue(
                    kind: $0.kind, name: $0.name, position: $0.position, prominence: $0.prominence,
                    rating: $0.rating.map { RatingValue(value: $0.printed, source: $0.source) },
                    uncertainty: $0.uncertainty)
            })
        let flags = analysis.flags
        self.flags = FlagsValue(
            freeFrom: flags.freeFrom.map { ($0.id.replacingOccurrences(of: "-", with: "_"), $0.value) },
            euAllergens: flags.euAllergens, pregnancyCaution: flags.pregnancyCaution,
            exfoliatingAcids: flags.exfoliatingAcids, retinoids: flags.retinoids,
            fungalAcneTriggers: flags.fungalAcneTriggers,
            comedogenic: flags.comedogenic.map {
                ComedogenicValue(
                    name: $0.name, position: $0.position, rating: $0.rating.printed, source: $0.rating.source)
            },
            unrecognised: flags.unrecognised, advice: flags.advice)
        confidence = analysis.confidence
        productType = ProductTypeValue(
            type: analysis.productType.type, basis: analysis.productType.basis, evidence: analysis.productType.evidence,
            contact: analysis.productType.contact)
        onePercentLine = analysis.onePercentLinePosition
        formulaProfile = analysis.formulaProfile
    }
}
