import Foundation
import INCICore
import INCITestSupport
import Testing

/// The held-out rounds of the expert panel (`formulas-round8.txt` with `orderings-round8.txt`, and
/// `formulas-round12.txt` with `orderings-round12.txt`): Sephora catalog rows new to the panel, judged from
/// their lists alone by the lead and committed before the scorer was run on them. Unlike the other rounds,
/// no rule is tuned on them: their figures estimate how the model does on a panel it has never seen.
/// Printed, and each held at its first reading so that a change can only keep or raise it.
@Suite(.enabled(if: SharedData.isAvailable, "needs ../shared/data"))
struct ExpertPanelHeldOutRoundTests {
    struct Round: Sendable, CustomStringConvertible {
        let number: Int
        let name: String
        /// The first reading, below which a change may not take the round.
        let floor: Double
        var description: String { "round \(number)" }
        var formulas: [String: ExpertPanel.Formula] {
            get throws {
                try ExpertPanel.formulas(
                    SharedData.fixtureText("formulas/formulas-round\(number).txt"), file: "formulas-round\(number).txt")
            }
        }
        var judgements: [ExpertPanel.Judgement] {
            get throws {
                try ExpertPanel.judgements(
                    SharedData.fixtureText("formulas/orderings-round\(number).txt"),
                    file: "orderings-round\(number).txt")
            }
        }
    }

    /// Round 8's first reading: 37 of 40 (92.5 %), 2026-12-07, on main at 062261e (before that day's scoring
    /// changes landed). Misses: glycolic acid second in a leave-on gel loses to an illuminating moisturizer for
    /// mature skin and to glycolic acid sixth for oily skin; a mineral SPF 50 with laureth-4 at #16 scores 21
    /// points under another mineral sunscreen for acne-prone skin (a rabbit-ear grade of one source as a
    /// deal-breaker). Round 12's first reading: 32 of 36 (88.9 %), 2026-12-07, on main at 9eff679; 35 of 36 after
    /// the same day's rules tuned on round 11 (never on round 12), held there. Its misses are listed in
    /// `Fixtures/formulas/README.md`.
    static let rounds = [
        Round(number: 8, name: "eighth", floor: 0.92), Round(number: 12, name: "twelfth", floor: 0.97),
    ]

    static func scoring(_ formulas: [String: ExpertPanel.Formula]) -> ExpertPanel.Scoring {
        let lists = ExpertPanelRealTests.sharedLists(formulas.values)
        return ExpertPanel.Scoring(
            score: { formula, type, skin in
                guard let list = lists[formula.id], let skin = SkinType(label: skin) else { return nil }
                let analysis = ExpertPanelRealTests.scorer.analyze(
                    try ExpertPanelRealTests.analyzer.analyze(list.text),
                    productType: .decide(given: type.flatMap(ProductType.init(typeOrCategory:)), name: list.name))
                return analysis.score(for: skin).map { ($0.score, $0.verdict.rawValue) }
            },
            estimate: { _, _ in nil })
    }

    @Test(arguments: rounds)
    func everyFormulaIsARealRowAndEveryJudgementNamesOne(round: Round) throws {
        let formulas = try round.formulas
        let lists = ExpertPanelRealTests.sharedLists(formulas.values)
        #expect(lists.count == formulas.count, "rows not found: \(Set(formulas.keys).subtracting(lists.keys).sorted())")
        for judgement in try round.judgements {
            for id in judgement.formulas { #expect(formulas[id] != nil, "line \(judgement.line): \(id)") }
        }
    }

    @Test(arguments: rounds)
    func heldOutRoundFigure(round: Round) throws {
        let formulas = try round.formulas
        let judgements = try round.judgements
        let scoring = Self.scoring(formulas)
        let all = try ExpertPanel.tally(judgements, formulas: formulas, scoring: scoring)
        print("Expert panel, \(round.name) round (\(judgements.count) judgements, held out: never tuned on)\n  \(all)")
        if ProcessInfo.processInfo.environment["INCI_PANEL_DETAILS"] == "1" {
            let failures = try ExpertPanel.failures(judgements, formulas: formulas, scoring: scoring)
            print(
                "FAILURES round \(round.number): \(failures.count)\n"
                    + failures.map { "  " + $0 }.joined(separator: "\n"))
        }
        #expect(all.total == judgements.count)
        #expect(all.share >= round.floor, "round \(round.number) figure \(all)")
    }
}
