/// Says when a product's scores rest on too little of its formula to be a judgement. Scores are computed
/// from the recognised ingredients only (unknown names earn and cost nothing), so with most of the estimated
/// substance unknown, a "fine" is the neutral base and not a finding; the reports say so above the scores.
public enum ScoreCaveat {
    /// Below this share of the estimated substance recognised (`confidence`), the scores are called uncertain.
    public static let minimumConfidence = 0.7

    /// The sentence to show before the scores, or nil when they rest on enough of the formula.
    public static func text(confidence: Double, unrecognised: [String]) -> String? {
        guard confidence < minimumConfidence else { return nil }
        let names =
            unrecognised.isEmpty
            ? "" : " (unknown: \(unrecognised.prefix(5).joined(separator: ", "))\(unrecognised.count > 5 ? ", …" : ""))"
        if confidence <= 0 {
            return
                "no score: no ingredient of substance was recognised\(names); the scores below are the neutral base, not a judgement"
        }
        return
            "uncertain: only \(Int((confidence * 100).rounded()))% of the formula was recognised\(names); the scores below rest on that part alone"
    }
}
