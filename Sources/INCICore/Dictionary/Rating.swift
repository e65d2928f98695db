/// A published 0–5 rating (comedogenicity or irritancy) with the source that printed it.
/// Some tables print ranges ("0-2"); a single value has `low == high`.
public struct Rating: Sendable, Hashable {
    public let low: Int
    public let high: Int
    /// Key into the bibliography (`Dictionaries/sources.txt`).
    public let source: String

    public init(low: Int, high: Int, source: String) {
        self.low = low
        self.high = high
        self.source = source
    }

    /// The value used when one number is needed: the midpoint of a range, rounded up.
    public var value: Int { (low + high + 1) / 2 }

    public var printed: String { low == high ? "\(low)" : "\(low)-\(high)" }

    /// Parses `"4 fulton-1989"` or `"0-2 acne-org"`; nil when malformed.
    public init?(parsing text: String) {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2 else { return nil }
        let bounds = parts[0].split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(bounds.count),
            let low = Int(bounds[0]), let high = Int(bounds[bounds.count - 1]),
            (0...5).contains(low), (0...5).contains(high), low <= high
        else { return nil }
        self.init(low: low, high: high, source: String(parts[1]))
    }
}
