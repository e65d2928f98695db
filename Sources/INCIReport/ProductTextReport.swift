import INCICore

/// The terminal report of `inci analyze`: ingredients, then per-type verdicts with their top reasons,
/// the pore profile, flags and confidence.
public struct ProductTextReport: Sendable {
    public let skinTypes: [SkinType]
    /// Reasons shown per skin type (the JSON has all of them).
    public let reasonsPerType: Int

    public init(skinTypes: [SkinType] = SkinType.allCases, reasonsPerType: Int = 3) {
        self.skinTypes = skinTypes
        self.reasonsPerType = reasonsPerType
    }

    /// Said once for the list when its order tells nothing about amounts (an inactive list printed A to Z):
    /// each estimate's reason says it too, but a reader of the summary would otherwise take the order as given.
    static let unorderedNote =
        "Order: printed A to Z, not by amount; the estimates come from usual use levels and are uncertain"

    public func render(_ analysis: ProductAnalysis) -> String {
        var out = AnalysisTextReport().render(analysis.list, fuzzyMinimum: analysis.fuzzyMinimumConfidence)
        let type = analysis.productType
        out +=
            "\nProduct type: \(type.type.rawValue) (\(Self.basis(type.basis, evidence: type.evidence))); form: \(analysis.formulaProfile.rawValue)"
        if let line = analysis.onePercentLinePosition { out += "; 1% line at #\(line)" }
        out += "; confidence \(Int((analysis.confidence * 100).rounded()))%\n"
        if analysis.estimates.contains(where: { $0.basis == .unordered }) { out += Self.unorderedNote + "\n" }

        out += "\nSuitability\n"
        if let caveat = ScoreCaveat.text(confidence: analysis.confidence, unrecognised: analysis.flags.unrecognised) {
            out += "  \(caveat)\n"
        }
        let width = skinTypes.map(\.rawValue.count).max() ?? 0
        for score in analysis.scores where skinTypes.contains(score.skinType) {
            let label = score.skinType.rawValue + String(repeating: " ", count: width - score.skinType.rawValue.count)
            let number = String(repeating: " ", count: max(0, 3 - String(score.score).count)) + String(score.score)
            let verdict = score.verdict.rawValue + String(repeating: " ", count: 7 - score.verdict.rawValue.count)
            let reasons = score.reasons.filter { Self.isSummarised(rule: $0.rule, ingredient: $0.ingredient) }.prefix(
                reasonsPerType
            ).map { reason in
                "\(Self.signed(reason.points)) \(reason.ingredient) (\(Self.ruleName(reason.rule)))"
            }.joined(separator: "; ")
            out += "  \(label)  \(number)  \(verdict)  \(reasons)\n"
        }

        let mechanisms = analysis.poreProfile.mechanisms
        if !mechanisms.isEmpty {
            out += "\nPore profile\n"
            for mechanism in mechanisms {
                let names = mechanism.ingredients.prefix(3).map {
                    $0.belowOnePercentLine ? "\($0.name) (low level)" : $0.name
                }.joined(separator: ", ")
                out += "  \(mechanism.mechanism.rawValue): \(mechanism.level) — \(names)\n"
            }
        }
        let risks = analysis.poreProfile.risks
        if !risks.isEmpty {
            out += "\nRisks\n"
            for risk in risks {
                var line = "  \(risk.kind): \(risk.name) (#\(risk.position))"
                if let rating = risk.rating { line += " rated \(rating.printed)/5 by \(rating.source)" }
                if let uncertainty = risk.uncertainty { line += " — \(uncertainty)" }
                out += line + "\n"
            }
        }

        let flags = analysis.flags
        out += "\nFlags\n"
        out += "  " + flags.freeFrom.map { "\($0.id): \($0.answer.rawValue)" }.joined(separator: "  ") + "\n"
        if flags.freeFrom.contains(where: { $0.answer == .unknown }) {
            out +=
                "  unknown because not recognised: \(flags.unrecognised.prefix(8).joined(separator: ", "))\(flags.unrecognised.count > 8 ? ", …" : "")\n"
        }
        for (label, names) in [
            ("EU allergens", flags.euAllergens), ("pregnancy caution", flags.pregnancyCaution),
            ("exfoliating acids", flags.exfoliatingAcids), ("retinoids", flags.retinoids),
            ("fungal-acne triggers", flags.fungalAcneTriggers),
        ] where !names.isEmpty {
            out += "  \(label): \(names.joined(separator: ", "))\n"
        }
        if !flags.comedogenic.isEmpty {
            out +=
                "  comedogenic: "
                + flags.comedogenic.map { "\($0.name) \($0.rating.printed)/5" }.joined(separator: ", ") + "\n"
        }
        for advice in flags.advice { out += "  advice: \(advice)\n" }
        return out
    }

    /// How the product type was decided, in words (text and HTML reports).
    static func basis(_ basis: ProductTypeDecision.Basis, evidence: String?) -> String {
        switch basis {
        case .given: return "as given"
        case .inferred: return "inferred from \"\(evidence ?? "")\""
        case .list: return "read from the list: \(evidence ?? "a detergent") makes it a wash; set it with --type"
        case .assumed: return "assumed; set it with --type"
        }
    }

    static func signed(_ points: Double) -> String {
        let text = points == points.rounded() ? String(Int(points)) : String(points)
        return points > 0 ? "+" + text : text
    }

    /// Whether a reason belongs in a one-line summary: every ingredient's, and a model-wide adjustment only when
    /// it is about one ingredient (a deal-breaker names its risk; diminishing returns, about no ingredient, are
    /// left to the JSON and HTML reports).
    static func isSummarised(rule: String, ingredient: String) -> Bool {
        !rule.hasPrefix("model.") || !ingredient.isEmpty
    }

    static func ruleName(_ rule: String) -> String {
        rule.split(separator: ".").last.map(String.init) ?? rule
    }
}
