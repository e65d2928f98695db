import INCIReport

/// The outcome of one `inci check` run: findings in input order plus counts, what formatters render.
public struct CheckReport: Sendable {
    public var findings: [Finding] = []
    public var productsChecked = 0
    public var inputs: [String] = []
    /// Inputs or records that could not be read (they make the check exit 2).
    public var readErrors: [String] = []
    public var suppressedByBaseline = 0
    public var failOn: Severity = .error
    /// The checked products' scores per skin type, in bands of ten (the HTML overview's histograms and JSON's
    /// `summary.score_histogram`).
    public var scoreHistogram = ScoreHistogram()

    public init() {}

    public var failing: [Finding] { findings.filter { $0.severity >= failOn } }

    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }

    /// One line for people: what was checked and found (the text format's last line, and what
    /// `inci check` writes on standard error when the report goes elsewhere).
    public var summary: String {
        var out = "\(productsChecked) products checked in \(inputs.count) input(s): "
        out += "\(count(.error)) errors, \(count(.warning)) warnings, \(count(.note)) notes"
        if suppressedByBaseline > 0 { out += "; \(suppressedByBaseline) known findings suppressed by the baseline" }
        if !readErrors.isEmpty { out += "; \(readErrors.count) could not be read" }
        return out
    }

    /// Findings per rule, in rule order.
    public var countsByRule: [(rule: RuleID, count: Int)] {
        RuleID.allCases.compactMap { rule in
            let count = findings.filter { $0.rule == rule }.count
            return count > 0 ? (rule, count) : nil
        }
    }
}

/// Turns a report into one output format. One formatter per file in `Formatters/`.
public protocol CheckFormatter: Sendable {
    func format(_ report: CheckReport) -> String
}
