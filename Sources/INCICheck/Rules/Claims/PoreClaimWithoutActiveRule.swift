import INCICore

/// `pore-claim-without-active`: a pore claim with nothing that works on pores (unclogging, sebum control,
/// firming, oil absorption) above the 1 % line — the seed's actives only at a token level.
struct PoreClaimWithoutActiveRule: CheckRule {
    let id = RuleID(rawValue: "pore-claim-without-active")
    let defaultSeverity = Severity.warning
    let summary = "Claims to minimize pores, but no pore-relevant active is above the 1% line."

    private static let poreMechanisms: Set<Mechanism> = [.unclog, .sebumControl, .firming, .oilAbsorption]

    func check(_ subject: RuleSubject, into findings: inout FindingCollector) {
        guard subject.claims.contains(.poreMinimizing), let analysis = subject.analysis else { return }
        let pore = analysis.poreProfile.mechanisms.filter { Self.poreMechanisms.contains($0.mechanism) }.flatMap(
            \.ingredients)
        guard !pore.contains(where: { !$0.belowOnePercentLine }) else { return }
        let low = pore.map(\.name)
        findings.add(
            self,
            "claims to minimize pores, but no pore-relevant active (BHA/AHA, niacinamide, retinoid, zinc, clay, …) is above the 1% line"
                + (low.isEmpty ? "" : "; only at a low level: \(low.prefix(3).joined(separator: ", "))"))
    }
}
