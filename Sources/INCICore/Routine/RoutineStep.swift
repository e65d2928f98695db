import Foundation

/// The two sessions of a day's routine.
public enum RoutineSession: String, Sendable, Hashable, CaseIterable, Codable {
    case am, pm
}

/// How often a step is used, in applications a week: `daily` (7), `weekly` (1), `2-3 days` (every two to
/// three days: 7 / 2.5), `twice a week`, `3x a week`, `every other day`, `twice a day` (each session, 7).
public struct StepFrequency: Sendable, Hashable {
    public let timesPerWeek: Double
    /// As given (`daily` when none was).
    public let text: String

    public static let daily = StepFrequency(timesPerWeek: 7, text: "daily")

    init(timesPerWeek: Double, text: String) {
        self.timesPerWeek = timesPerWeek
        self.text = text
    }

    /// Reads a frequency as people write it; nil when it is none of the forms above.
    public init?(_ text: String) {
        let words = text.lowercased().replacingOccurrences(of: "-", with: " ").split {
            !$0.isLetter && !$0.isNumber && $0 != "."
        }
        .map(String.init)
        func number(_ word: String) -> Double? {
            switch word {
            case "once", "one": 1
            case "twice", "two": 2
            case "three", "thrice": 3
            case "four": 4
            case "five": 5
            case "six": 6
            default: Double(word.trimmingCharacters(in: CharacterSet(charactersIn: "x")))
            }
        }
        let numbers = words.compactMap(number).filter { $0 > 0 }
        let perWeek: Double?
        if words.contains("daily") || words == ["every", "day"] || words == ["day"] || words == ["everyday"] {
            perWeek = 7
        } else if words.contains("other") && words.contains("day") {
            perWeek = 3.5
        } else if words.contains("weekly") && numbers.isEmpty {
            perWeek = 1
        } else if words.contains("week") || words.contains("weekly") || words.contains("wk") {
            // "twice a week", "2x week", "2-3 times a week": the mean of the numbers given.
            perWeek = numbers.isEmpty ? 1 : numbers.reduce(0, +) / Double(numbers.count)
        } else if words.contains("day") && !words.contains("every") && (words.contains("a") || words.contains("per")) {
            // "twice a day", "2x per day": in every session of every day, at most the 7 uses a session has.
            perWeek = 7 * (numbers.isEmpty ? 1 : numbers.reduce(0, +) / Double(numbers.count))
        } else if words.contains("days") || words.contains("day") {
            // "every 2 days", "2-3 days": once every that many days.
            let days = numbers.isEmpty ? 1 : numbers.reduce(0, +) / Double(numbers.count)
            perWeek = 7 / days
        } else {
            perWeek = nil
        }
        guard let perWeek, perWeek > 0, perWeek <= 14 else { return nil }
        self.init(timesPerWeek: min(perWeek, 7), text: text)
    }
}

/// One product of a routine, analyzed, in its session and at its frequency.
public struct RoutineStep: Sendable {
    /// What the routine calls it (its name, file or `am step 2`).
    public let name: String
    public let session: RoutineSession
    /// 1-based order in its session.
    public let order: Int
    public let analysis: ProductAnalysis
    public let frequency: StepFrequency

    public init(name: String, session: RoutineSession, order: Int, analysis: ProductAnalysis, frequency: StepFrequency)
    {
        self.name = name
        self.session = session
        self.order = order
        self.analysis = analysis
        self.frequency = frequency
    }

    /// Rinsed off (a cleanser, a mask): its contact is minutes, not the day.
    public var isRinsedOff: Bool { analysis.productType.contact != .leaveOn }
}
