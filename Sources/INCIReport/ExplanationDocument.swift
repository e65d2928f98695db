import INCICore
import INCIJSON

/// `inci explain --format json`.
public struct ExplanationDocument: Encodable, Sendable {
    public struct RatingValue: Encodable, Sendable {
        let value: String
        let source: String
        let citation: String?
        let assay: String?
        let usedByScorer: Bool
        enum CodingKeys: String, CodingKey {
            case value, source, citation, assay
            case usedByScorer = "used_by_scorer"
        }
    }

    public struct FamilyValue: Encodable, Sendable {
        let id: String
        let label: String
        let serves: [Mechanism]
        let risks: [String]
    }

    let typed: String
    let match: MatchKind
    let confidence: Double
    let name: String?
    let aliases: [String]
    let roles: [String]
    let families: [FamilyValue]
    let mechanisms: [Mechanism]
    let comedogenic: [RatingValue]
    let irritancy: [RatingValue]
    let disagreements: [String]
    let sources: [String]
    let note: String?
    let entry: String?
    /// `composed` and how, when the typed name was read from its morphemes.
    let via: String?
    let composition: CompositionValue?
    /// For an unrecognised name: what it may have meant, nearest first (empty otherwise).
    let suggestions: [String]
    let schemaVersion = JSONOutput.schemaVersion

    enum CodingKeys: String, CodingKey {
        case typed, match, confidence, name, aliases, roles, families, mechanisms, comedogenic, irritancy
        case disagreements, sources, note, entry, via, composition, suggestions
        case schemaVersion = "schema_version"
    }

    public init(_ explanation: IngredientExplanation) {
        typed = explanation.typed
        match = explanation.match
        confidence = explanation.confidence
        name = explanation.ingredient?.name
        aliases = (explanation.ingredient?.aliases ?? []) + explanation.languageAliases
        roles = explanation.ingredient?.roles ?? []
        families = explanation.families.map {
            FamilyValue(id: $0.id, label: $0.label, serves: $0.serves, risks: $0.risks)
        }
        mechanisms = explanation.mechanisms
        func values(_ ratings: [IngredientExplanation.SourcedRating]) -> [RatingValue] {
            ratings.map {
                RatingValue(
                    value: $0.rating.printed, source: $0.rating.source, citation: $0.source?.citation,
                    assay: $0.source?.assay, usedByScorer: $0.usedByScorer)
            }
        }
        comedogenic = values(explanation.comedogenic)
        irritancy = values(explanation.irritancy)
        disagreements = explanation.disagreements
        sources = explanation.sources.map(\.id)
        note = explanation.ingredient?.note
        entry = explanation.ingredient.map { "Dictionaries/\($0.file):\($0.line)" }
        via = explanation.composition.map { _ in "composed" }
        composition = explanation.composition.map(CompositionValue.init)
        suggestions = explanation.suggestions
    }
}
