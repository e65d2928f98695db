/// How far an ingredient's comedogenicity and irritancy ratings can be trusted, when the dictionary
/// says so (`rating-confidence: LEVEL REASON` in an ingredient stanza): rabbit-ear grades of neat
/// materials used at thickener levels, a grade one web list gives and no test backs, a grade mixed up
/// with another ingredient's. Without it, the scorer judges by the rating's source (see `Scorer`).
public struct RatingConfidence: Sendable, Hashable {
    public enum Level: String, Sendable, Hashable, CaseIterable { case high, medium, low }

    public let level: Level
    /// Why, in a sentence.
    public let reason: String

    public init(level: Level, reason: String) {
        self.level = level
        self.reason = reason
    }

    /// Parses `low neat-oil rabbit-ear grade; …`: the level, then the reason.
    public init?(parsing text: String) {
        let trimmed = text.trimmingWhitespace()
        let word = trimmed.prefix { !$0.isWhitespace }
        guard let level = Level(rawValue: String(word)) else { return nil }
        self.level = level
        reason = trimmed.dropFirst(word.count).trimmingWhitespace()
    }

    /// As written in the stanza.
    public var text: String { reason.isEmpty ? level.rawValue : "\(level.rawValue) \(reason)" }
}
