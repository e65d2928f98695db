import INCICore

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

        enum CodingKeys: String, CodingKey {
            case position, name, raw, match, confidence, percent, section, annotations, range, roles, families, comedogenic, irritancy
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
    /// Share of tokens matched (exact, alias or fuzzy), rounded to 4 decimals.
    public let coverage: Double
    public let counts: Counts
    public let footnotes: [String: String]

    public init(_ list: IngredientList) {
        ingredients = list.ingredients.map { matched in
            Item(position: matched.token.position, name: matched.name, raw: matched.token.raw, match: matched.match,
                 confidence: matched.confidence, percent: matched.token.percent, section: matched.token.section,
                 annotations: matched.token.annotations,
                 range: Range(start: matched.token.range.lowerBound, end: matched.token.range.upperBound),
                 roles: matched.ingredient?.roles ?? [], families: matched.ingredient?.families ?? [],
                 comedogenic: matched.ingredient?.comedogenic.map { RatingValue(value: $0.printed, source: $0.source) } ?? [],
                 irritancy: matched.ingredient?.irritancy.map { RatingValue(value: $0.printed, source: $0.source) } ?? [])
        }
        coverage = (list.coverage * 10_000).rounded() / 10_000
        func count(_ kind: MatchKind) -> Int { list.ingredients.filter { $0.match == kind }.count }
        counts = Counts(total: list.ingredients.count, exact: count(.exact), alias: count(.alias), fuzzy: count(.fuzzy), unknown: count(.unknown))
        footnotes = list.footnotes
    }
}
