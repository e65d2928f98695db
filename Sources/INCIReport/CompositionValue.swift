import INCICore

/// The JSON of how a Korean, Japanese or Chinese name was composed (`composition` in `inci analyze` and
/// `inci explain` output): the pieces with the INCI part each reads as and the table line behind it,
/// the other registered names the pieces could mean, and the chosen one's share.
public struct CompositionValue: Encodable, Sendable {
    public struct PartValue: Encodable, Sendable {
        let printed: String
        let reads: String
        let rule: String?
        let readLast: Bool

        enum CodingKeys: String, CodingKey {
            case printed, reads, rule
            case readLast = "read_last"
        }
    }

    let language: String
    let parts: [PartValue]
    let alternatives: [String]
    let share: Double

    public init(_ composition: Composition) {
        language = composition.language.rawValue
        parts = composition.parts.map {
            PartValue(
                printed: $0.printed, reads: $0.reads, rule: $0.rule.map { "Dictionaries/\($0)" }, readLast: $0.movedLast
            )
        }
        alternatives = composition.alternatives
        share = composition.share
    }
}
