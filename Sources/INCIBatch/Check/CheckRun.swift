import Foundation
import INCICheck
import INCICore
import INCIHTML

/// `inci check`'s loop, without the command line: catalogs read in order, products checked in parallel
/// on the job pool, findings taken in product order, so the report is byte-identical whatever `jobs` is
/// and memory stays flat (at most `window` products in flight).
public struct CheckRun: Sendable {
    public let checker: CatalogChecker
    /// Findings recorded here are counted as suppressed instead of reported.
    public let baseline: Baseline?
    /// Keep every finding, suppressed or not (for `--write-baseline`).
    public let keepAllFindings: Bool
    public let jobs: Int
    /// Products in flight at most.
    public let window: Int

    public init(
        checker: CatalogChecker, baseline: Baseline? = nil, keepAllFindings: Bool = false, jobs: Int, window: Int = 256
    ) {
        self.checker = checker
        self.baseline = baseline
        self.keepAllFindings = keepAllFindings
        self.jobs = jobs
        self.window = window
    }

    public struct Outcome: Sendable {
        public var report: CheckReport
        /// Every finding, baseline or not; empty unless `keepAllFindings`.
        public var allFindings: [Finding]
    }

    /// Checks the catalogs at `paths` (files, or folders read recursively).
    /// `format` overrides the files' extensions and says what standard input (`-`) holds.
    public func run(_ paths: [String], format: InputFormat? = nil, progress: (Int) -> Void = { _ in }) -> Outcome {
        var report = CheckReport()
        report.failOn = checker.policy.failOn
        var allFindings: [Finding] = []
        let inputs = CatalogInput.inputs(paths, format: format, errors: &report.readErrors)
        defer { for input in inputs where input.isSpooled { try? FileManager.default.removeItem(atPath: input.path) } }
        report.inputs = inputs.map(\.name)
        let items = CatalogItems(
            inputs: inputs, columns: checker.policy.columns,
            extractor: PageExtractor(analyzer: IngredientAnalyzer(dictionary: checker.dictionary)))
        let checker = checker
        OrderedJobPool(jobs: jobs, window: window).forEach(
            items,
            transform: { item -> Result<CatalogChecker.Checked, ReadError> in
                switch item {
                case .product(let product): .success(checker.checkAndScore(product))
                case .readError(let message): .failure(ReadError(message: message))
                }
            }, progress: progress,
            consume: { checked in
                switch checked {
                case .failure(let error):
                    report.readErrors.append(error.message)
                case .success(let checked):
                    report.productsChecked += 1
                    report.scoreHistogram.add(checked.scores)
                    for finding in checked.findings {
                        if keepAllFindings { allFindings.append(finding) }
                        if let baseline, baseline.contains(finding) {
                            report.suppressedByBaseline += 1
                        } else {
                            report.findings.append(finding)
                        }
                    }
                }
            }
        )
        return Outcome(report: report, allFindings: allFindings)
    }

    private struct ReadError: Error {
        let message: String
    }
}
