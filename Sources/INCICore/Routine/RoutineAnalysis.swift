/// A routine checked and scored: its steps, what the rules found, and a score per skin type with the
/// reasons behind it, as a product has.
public struct RoutineAnalysis: Sendable {
    /// One contribution to a routine's score: a step's share of the products' mean, or a finding's cost.
    public struct Reason: Sendable, Hashable {
        public let points: Double
        /// `step` or `finding`.
        public let kind: String
        /// The step's name, or the finding's rule.
        public let name: String
        public let detail: String
    }

    public struct Score: Sendable, Hashable {
        public let skinType: SkinType
        public let score: Int
        public let verdict: Verdict
        /// Steps in routine order, then findings, largest cost first.
        public let reasons: [Reason]
    }

    public let steps: [RoutineStep]
    public let findings: [RoutineFinding]
    /// In `SkinType.allCases` order.
    public let scores: [Score]

    /// Points a finding costs the skin types it concerns.
    public static let findingCost: [RoutineFinding.Severity: Double] = [.info: 0, .warning: 5, .error: 15]
    /// Rules whose findings are not about skin (they cost no points).
    static let unscoredRules: Set<String> = ["pregnancy-caution", "double-cleanse"]

    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    public func score(for type: SkinType) -> Score? { scores.first { $0.skinType == type } }

    /// Checks and scores `steps`. A routine's score for a skin type is the mean of its steps' scores,
    /// each weighted by how often it is used and how long it stays on (a leave-on step all day, a wash a
    /// minute: the scorer's `rinse-off-other` contact factor), less what each finding concerning that
    /// type costs (warning 5, error 15).
    public init(steps: [RoutineStep], dictionary: IngredientDictionary) {
        self.steps = steps
        let found = RoutineCheck(dictionary: dictionary).findings(steps)
        findings = found
        let weights = dictionary.scoring
        let stepWeights = steps.map { step -> Double in
            let contact: Double
            switch step.analysis.productType.contact {
            case .leaveOn: contact = 1
            case .wash: contact = weights.rinseOffOther
            case .mask: contact = weights.rinseOffOther + (1 - weights.rinseOffOther) * weights.maskContact
            }
            return contact * step.frequency.timesPerWeek
        }
        let total = stepWeights.reduce(0, +)
        scores = SkinType.allCases.map { type in
            var reasons: [Reason] = []
            for (step, weight) in zip(steps, stepWeights) {
                guard let score = step.analysis.score(for: type), total > 0 else { continue }
                let share = weight / total
                reasons.append(
                    Reason(
                        points: (Double(score.score) * share).rounded(toPlaces: 1), kind: "step", name: step.name,
                        detail:
                            "\(step.name) scores \(score.score) (\(score.verdict.rawValue)) and counts \(Int((share * 100).rounded()))% (\(step.frequency.text), \(step.analysis.productType.contact.rawValue))"
                    ))
            }
            var costs: [Reason] = []
            for finding in found where finding.concerns(type) && !Self.unscoredRules.contains(finding.rule) {
                let cost = Self.findingCost[finding.severity] ?? 0
                guard cost > 0 else { continue }
                costs.append(Reason(points: -cost, kind: "finding", name: finding.rule, detail: finding.message))
            }
            let mean = reasons.reduce(0) { $0 + $1.points }
            let raw = mean + costs.reduce(0) { $0 + $1.points }
            let clamped = min(max(raw, 0), 100).rounded()
            return Score(
                skinType: type, score: Int(clamped), verdict: weights.verdict(for: clamped),
                reasons: reasons
                    + costs.enumerated().sorted { ($0.element.points, $0.offset) < ($1.element.points, $1.offset) }.map(
                        \.element))
        }
    }
}
