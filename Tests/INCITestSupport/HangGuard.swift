import Foundation

/// Whether a step took so long that it must have gone quadratic or hung: the guard the fuzz findings'
/// tests keep against a slow step coming back. It is not a speed test (speed is measured in
/// `Benchmarks/`): a budget is generous, and a step over it is judged against how slow the machine is
/// at that moment, so a loaded CI machine (two cores, parallel tests, other builds) does not fail it.
public struct HangGuard {
    /// What one step may take on an idle machine: the fuzz targets run with `-timeout=10`, and a step
    /// that went quadratic again takes from tens of seconds to minutes at these sizes.
    public static let secondsPerStep = 5.0

    /// The guard's finding once the step is done: its time against the budget it was allowed.
    public struct Verdict: CustomStringConvertible, Sendable {
        public let withinBudget: Bool
        public let description: String
    }

    private let what: String
    private let budget: Double
    private let start = Date()

    /// Starts the clock for the step named `what` (an input's file name, a case).
    public init(_ what: String, budget: Double = HangGuard.secondsPerStep) {
        self.what = what
        self.budget = budget
    }

    /// Stops the clock: within budget when under `budget`, or under `budget` times the machine's
    /// slowdown measured now.
    public func verdict() -> Verdict {
        let seconds = Date().timeIntervalSince(start)
        guard seconds >= budget else {
            return Verdict(withinBudget: true, description: "\(what) took \(Self.format(seconds)) s")
        }
        let slowdown = Self.currentSlowdown()
        let allowed = budget * slowdown
        return Verdict(
            withinBudget: seconds < allowed,
            description: "\(what) took \(Self.format(seconds)) s; allowed \(Self.format(allowed)) s "
                + "(\(budget) s on an idle machine × \(Self.format(slowdown)), the machine's slowdown now)")
    }

    private static func format(_ value: Double) -> String { String(format: "%.2f", value) }

    /// How many times slower than on an idle machine a fixed CPU-bound workload runs now (at least 1):
    /// the best of three runs, so one preemption does not count as load.
    static func currentSlowdown() -> Double {
        max(1, referenceWorkloadSeconds() / referenceSeconds)
    }

    /// The reference workload's best time of three, now.
    public static func referenceWorkloadSeconds() -> Double {
        (0..<3).map { _ in time(referenceWorkload) }.min() ?? referenceSeconds
    }

    /// `referenceWorkload`'s time in a debug build on a machine of the CI kind (2 cores, x86-64) given the
    /// CPU: 0.055 s at the highest priority on a busy one (`nice -n -19 swift test --filter HangGuardTests`),
    /// so an idle one takes about this or less and the slowdown is, if anything, overestimated.
    public static let referenceSeconds = 0.05

    /// Hashing, sorting and string building, as the guarded steps do; deterministic.
    static func referenceWorkload() {
        var generator = SplitMix(seed: 0x1CE)
        var words: [String] = []
        words.reserveCapacity(20_000)
        for _ in 0..<20_000 { words.append(String(generator.next() % 1_000_003, radix: 36)) }
        var counts: [String: Int] = [:]
        for word in words { counts[word, default: 0] += 1 }
        precondition(counts.keys.sorted().count <= words.count)
    }

    private static func time(_ body: () -> Void) -> Double {
        let start = Date()
        body()
        return Date().timeIntervalSince(start)
    }
}
