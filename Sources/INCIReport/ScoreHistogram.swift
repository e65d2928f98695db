import INCICore

/// How many products score in each band of ten (0–9, 10–19, …, 80–89, 90–100), per skin type: the spread an
/// overview of a crawl (`inci scan`) or a catalog (`inci check`) shows. Counts only, so it stays the same
/// size however many products are added, and the same whatever order they come in.
public struct ScoreHistogram: Sendable, Hashable {
    /// Ten bands; the last one holds 100 too.
    public static let bandCount = 10
    /// Each band's lower bound, as its label.
    public static let bandLabels = (0..<bandCount).map { String($0 * 10) }

    /// Products per band, per skin type that was scored.
    public private(set) var counts: [SkinType: [Int]] = [:]

    public init() {}

    /// The band a score of 0…100 falls in.
    public static func band(_ score: Int) -> Int { min(bandCount - 1, max(0, score / 10)) }

    public mutating func add(_ score: Int, for skinType: SkinType) {
        counts[skinType, default: Array(repeating: 0, count: Self.bandCount)][Self.band(score)] += 1
    }

    /// One product's scores.
    public mutating func add(_ scores: [SkinScore]) {
        for score in scores { add(score.score, for: score.skinType) }
    }

    public var isEmpty: Bool { counts.isEmpty }

    /// The scored skin types in the order `SkinType` lists them, with their bands.
    public var bySkinType: [(skinType: SkinType, bands: [Int])] {
        SkinType.allCases.compactMap { type in counts[type].map { (type, $0) } }
    }
}
