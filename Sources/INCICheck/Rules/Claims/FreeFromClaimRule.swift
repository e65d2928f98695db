import INCICore

/// `fragrance-free-claim`, `alcohol-free-claim`, `paraben-free-claim`, `sulfate-free-claim`,
/// `silicone-free-claim`: a free-from claim that the list contradicts. Each is decided by the flag of
/// `Dictionaries/scoring/flags.txt` that `inci analyze` and `inci scan` print, so the three never disagree
/// on what a product contains; a flag that is unknown (unrecognized names) raises nothing.
struct FreeFromClaimRule: CheckRule {
    let id: RuleID
    let defaultSeverity = Severity.error
    let summary: String
    let claim: Claim
    /// The free-from flag that decides the claim.
    let flag: String
    /// What the claim is called in messages.
    let claimed: String
    /// What the offending ingredients are called before their names ("the drying alcohol ").
    let kind: String

    static let fragranceFree = FreeFromClaimRule(
        id: RuleID(rawValue: "fragrance-free-claim"),
        summary: "Claimed fragrance-free, but contains fragrance, essential oils or fragrance allergens.",
        claim: .fragranceFree, flag: "fragrance-free", claimed: "fragrance-free", kind: "")
    static let alcoholFree = FreeFromClaimRule(
        id: RuleID(rawValue: "alcohol-free-claim"),
        summary:
            "Claimed alcohol-free, but contains a drying alcohol (fatty alcohols such as cetearyl alcohol are fine).",
        claim: .alcoholFree, flag: "drying-alcohol-free", claimed: "alcohol-free", kind: "the drying alcohol ")
    static let parabenFree = FreeFromClaimRule(
        id: RuleID(rawValue: "paraben-free-claim"), summary: "Claimed paraben-free, but contains a paraben.",
        claim: .parabenFree, flag: "paraben-free", claimed: "paraben-free", kind: "")
    static let sulfateFree = FreeFromClaimRule(
        id: RuleID(rawValue: "sulfate-free-claim"), summary: "Claimed sulfate-free, but contains a sulfate surfactant.",
        claim: .sulfateFree, flag: "sulfate-free", claimed: "sulfate-free", kind: "")
    static let siliconeFree = FreeFromClaimRule(
        id: RuleID(rawValue: "silicone-free-claim"), summary: "Claimed silicone-free, but contains a silicone.",
        claim: .siliconeFree, flag: "silicone-free", claimed: "silicone-free", kind: "")

    func check(_ subject: RuleSubject, into findings: inout FindingCollector) {
        guard subject.claims.contains(claim), let analysis = subject.analysis,
            let answer = analysis.flags.freeFrom(flag), answer.answer == .no
        else { return }
        let items = analysis.list.ingredients
        let found = answer.found.compactMap { name in items.first { $0.name == name } }
        findings.add(
            self, "claimed \(claimed), but contains \(kind)\(found.describedForFinding)",
            ingredient: found.first?.name ?? answer.found[0])
    }
}
