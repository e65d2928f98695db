import INCICore
import INCIJSON

/// The JSON shape of `inci analyze --format json`. Field names are a public contract: scripts and
/// CI checks read them. Add fields; never rename or remove one.
public struct AnalysisDocument: Encodable, Sendable {
    public struct Range: Encodable, Sendable {
        public let start: Int
        public let end: Int
    }

    public struct RatingValue: Encodable, Sendable {
        public let value: String
        public let source: String
    }

    public struct Item: Encodable, Sendable {
        public let position: Int
        public let name: String
        public let raw: String
        public let match: MatchKind
        public let confidence: Double
        public let percent: Double?
        public let section: Section
        public let annotations: [String]
        public let range: Range
        public let roles: [String]
        public let families: [String]
        public let comedogenic: [RatingValue]
        public let irritancy: [RatingValue]
        /// The concentration estimate, when the list was scored.
        public let estimate: EstimateValue?
        /// `composed` when the name was read from its morphemes (Korean, Japanese, Chinese); absent otherwise.
        public let via: String?
        public let composition: CompositionValue?
        /// The names in the ingredient's bracket that it is made of, each resolved (empty when none).
        public let components: [ComponentValue]
        /// For an unknown name, the dictionary names close to it (it was not read as any of them); absent otherwise.
        public let suggestions: [String]

        enum CodingKeys: String, CodingKey {
            case position, name, raw, match, confidence, percent, section, annotations, range, roles, families,
                comedogenic, irritancy, estimate
            case via, composition, components, suggestions
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(position, forKey: .position)
            try container.encode(name, forKey: .name)
            try container.encode(raw, forKey: .raw)
            try container.encode(match, forKey: .match)
            try container.encode(confidence, forKey: .confidence)
            try container.encode(percent, forKey: .percent)  // explicit null when absent
            try container.encode(section, forKey: .section)
            try container.encode(annotations, forKey: .annotations)
            try container.encode(range, forKey: .range)
            try container.encode(roles, forKey: .roles)
            try container.encode(families, forKey: .families)
            try container.encode(comedogenic, forKey: .comedogenic)
            try container.encode(irritancy, forKey: .irritancy)
            try container.encodeIfPresent(estimate, forKey: .estimate)
            try container.encodeIfPresent(via, forKey: .via)
            try container.encodeIfPresent(composition, forKey: .composition)
            try container.encode(components, forKey: .components)
            if !suggestions.isEmpty { try container.encode(suggestions, forKey: .suggestions) }
        }
    }

    /// One name of an ingredient's bracket (`Fragrance (Geraniol, Linalool)`), resolved on its own.
    public struct ComponentValue: Encodable, Sendable {
        public let name: String
        public let raw: String
        public let match: MatchKind
    }

    public struct EstimateValue: Encodable, Sendable {
        public let share: Double
        public let low: Double
        public let high: Double
        public let prominence: Double
        public let basis: ConcentrationEstimate.Basis
        public let belowOnePercentLine: Bool

        enum CodingKeys: String, CodingKey {
            case share, low, high, prominence, basis
            case belowOnePercentLine = "below_one_percent_line"
        }
    }

    public struct Counts: Encodable, Sendable {
        public let total: Int
        public let exact: Int
        public let alias: Int
        public let fuzzy: Int
        public let unknown: Int
    }

    public let ingredients: [Item]
    /// Share of tokens recognised, rounded to 4 decimals: exact, alias or fuzzy; with scores, a fuzzy match
    /// below `fuzzy-minimum-confidence` does not count (it may be another ingredient).
    public private(set) var coverage: Double
    public let counts: Counts
    public let footnotes: [String: String]
    /// Claims printed with the list ("oil-free", "fragrance-free"), as `Claim` slugs in vocabulary order.
    public let claims: [Claim]
    /// Present when the list was scored (`inci analyze`, `inci scan`).
    public private(set) var scoring: ScoringDocument?

    enum CodingKeys: String, CodingKey {
        case ingredients, coverage, counts, footnotes, claims
        case schemaVersion = "schema_version"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(JSONOutput.schemaVersion, forKey: .schemaVersion)
        try container.encode(ingredients, forKey: .ingredients)
        try container.encode(coverage, forKey: .coverage)
        try container.encode(counts, forKey: .counts)
        try container.encode(footnotes, forKey: .footnotes)
        try container.encode(claims, forKey: .claims)
        try scoring?.encode(to: encoder)
    }

    /// The full document: ingredients with their estimates, plus scores for `skinTypes`, pore profile,
    /// flags and confidence.
    public init(_ analysis: ProductAnalysis, skinTypes: [SkinType] = SkinType.allCases) {
        self.init(analysis.list, estimates: analysis.estimates)
        // A weak fuzzy match does not count as recognised where scores are given.
        coverage = (analysis.coverage * 10_000).rounded() / 10_000
        scoring = ScoringDocument(analysis, skinTypes: skinTypes)
    }

    /// Ingredients only, without scores.
    public init(_ list: IngredientList) {
        self.init(list, estimates: nil)
    }

    private init(_ list: IngredientList, estimates: [ConcentrationEstimate]?) {
        scoring = nil
        ingredients = list.ingredients.enumerated().map { index, matched -> Item in
            let estimate = estimates.map { estimates in
                EstimateValue(
                    share: estimates[index].share.rounded(toPlaces: 3), low: estimates[index].low.rounded(toPlaces: 3),
                    high: estimates[index].high.rounded(toPlaces: 3),
                    prominence: estimates[index].prominence.rounded(toPlaces: 2),
                    basis: estimates[index].basis, belowOnePercentLine: estimates[index].belowOnePercentLine)
            }
            return Item(
                position: matched.token.position, name: matched.name, raw: matched.token.raw, match: matched.match,
                confidence: matched.confidence, percent: matched.token.percent, section: matched.token.section,
                annotations: matched.token.annotations,
                range: Range(start: matched.token.range.lowerBound, end: matched.token.range.upperBound),
                roles: matched.ingredient?.roles ?? [], families: matched.ingredient?.families ?? [],
                comedogenic: matched.ingredient?.comedogenic.map { RatingValue(value: $0.printed, source: $0.source) }
                    ?? [],
                irritancy: matched.ingredient?.irritancy.map { RatingValue(value: $0.printed, source: $0.source) }
                    ?? [],
                estimate: estimate, via: matched.composition.map { _ in "composed" },
                composition: matched.composition.map(CompositionValue.init),
                components: matched.components.map { ComponentValue(name: $0.name, raw: $0.printed, match: $0.match) },
                suggestions: matched.suggestions)
        }
        coverage = (list.coverage * 10_000).rounded() / 10_000
        func count(_ kind: MatchKind) -> Int { list.ingredients.filter { $0.match == kind }.count }
        counts = Counts(
            total: list.ingredients.count, exact: count(.exact), alias: count(.alias), fuzzy: count(.fuzzy),
            unknown: count(.unknown))
        footnotes = list.footnotes
        claims = list.claims
    }
}
