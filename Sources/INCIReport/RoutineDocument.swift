import INCICore
import INCIJSON

/// The JSON shape of `inci routine --format json`. Field names are a public contract (README's field
/// table): add fields; never rename or remove one.
public struct RoutineDocument: Encodable, Sendable {
    public struct StepValue: Encodable, Sendable {
        let name: String
        let session: RoutineSession
        /// The same value as `session`, under the key the README documents (`session` stays: fields are
        /// only ever added).
        let routine: RoutineSession
        let order: Int
        let every: String
        let timesPerWeek: Double
        let contact: String
        let scores: [String: Int]

        enum CodingKeys: String, CodingKey {
            case name, session, routine, order, every, contact, scores
            case timesPerWeek = "times_per_week"
        }
    }

    public struct FindingValue: Encodable, Sendable {
        let rule: String
        let severity: RoutineFinding.Severity
        let session: RoutineSession?
        let products: [String]
        let ingredients: [String]
        let message: String
        let sources: [String]
        let skinTypes: [SkinType]

        enum CodingKeys: String, CodingKey {
            case rule, severity, session, routine, products, ingredients, message, sources
            case skinTypes = "skin_types"
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(rule, forKey: .rule)
            try container.encode(severity, forKey: .severity)
            try container.encode(session, forKey: .session)  // explicit null for the whole routine
            try container.encode(session, forKey: .routine)
            try container.encode(products, forKey: .products)
            try container.encode(ingredients, forKey: .ingredients)
            try container.encode(message, forKey: .message)
            try container.encode(sources, forKey: .sources)
            try container.encode(skinTypes, forKey: .skinTypes)
        }
    }

    public struct ReasonValue: Encodable, Sendable {
        let points: Double
        let kind: String
        let name: String
        let detail: String
    }

    public struct ScoreValue: Encodable, Sendable {
        let score: Int
        let verdict: Verdict
        let reasons: [ReasonValue]
    }

    let steps: [StepValue]
    let findings: [FindingValue]
    let scores: [String: ScoreValue]
    let errors: Int
    let warnings: Int
    let schemaVersion = JSONOutput.schemaVersion

    enum CodingKeys: String, CodingKey {
        case steps, findings, scores, errors, warnings
        case schemaVersion = "schema_version"
    }

    public init(_ routine: RoutineAnalysis, skinTypes: [SkinType] = SkinType.allCases) {
        steps = routine.steps.map { step in
            StepValue(
                name: step.name, session: step.session, routine: step.session, order: step.order,
                every: step.frequency.text,
                timesPerWeek: step.frequency.timesPerWeek.rounded(toPlaces: 2),
                contact: step.analysis.productType.contact.rawValue,
                scores: step.analysis.scores.keyedBySkinType(skinTypes, skinType: \.skinType, \.score))
        }
        findings = routine.findings.map {
            FindingValue(
                rule: $0.rule, severity: $0.severity, session: $0.session, products: $0.products,
                ingredients: $0.ingredients, message: $0.message, sources: $0.sources, skinTypes: $0.skinTypes)
        }
        scores = routine.scores.keyedBySkinType(skinTypes, skinType: \.skinType) { score in
            ScoreValue(
                score: score.score, verdict: score.verdict,
                reasons: score.reasons.map {
                    ReasonValue(points: $0.points, kind: $0.kind, name: $0.name, detail: $0.detail)
                })
        }
        errors = routine.findings.filter { $0.severity == .error }.count
        warnings = routine.findings.filter { $0.severity == .warning }.count
    }
}
