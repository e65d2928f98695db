import INCITestSupport
import Testing

/// The guard the fuzz findings' tests keep: a quick step passes, a step far over budget fails even
/// when the machine is slow.
@Suite struct HangGuardTests {
    @Test func aQuickStepIsWithinBudget() {
        let verdict = HangGuard("nothing").verdict()
        #expect(verdict.withinBudget)
    }

    @Test func aStepFarOverBudgetIsNot() {
        // A budget of zero seconds: any step is over it, and no slowdown makes zero longer.
        let verdict = HangGuard("anything", budget: 0).verdict()
        #expect(!verdict.withinBudget)
        #expect(verdict.description.contains("anything took"))
    }

    /// The reference workload's time now, to set `HangGuard.referenceSeconds` on an idle machine.
    @Test func printsTheReferenceWorkloadTime() {
        let seconds = HangGuard.referenceWorkloadSeconds()
        print("HangGuard reference workload: \(seconds) s (referenceSeconds: \(HangGuard.referenceSeconds) s)")
        #expect(seconds > 0)
    }
}
