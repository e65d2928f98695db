/// The tunable numbers of the scorer, read from `Dictionaries/scoring/*.txt` (see that file for what
/// each means). Kept as data so they can be reviewed and tuned without a rebuild.
public struct ScoringWeights: Sendable, Hashable {
    public var base: Double = 55
    public var benefitCap: Double = 40
    public var firstShare: Double = 60
    public var lineShare: Double = 1
    public var belowLineShare: Double = 0.5
    public var belowLineDecay: Double = 0.9
    public var floorShare: Double = 0.1
    public var fullShare: Double = 50
    public var lineRoles: Set<String> = ["preservative", "chelating"]
    public var lineFamilies: Set<String> = ["fragrance"]
    public var lineNames: [String] = []
    public var rabbitEarFactor: Double = 0.75
    public var comedogenicThreshold: Int = 2
    public var irritancyThreshold: Int = 2
    public var rinseOffComedogenic: Double = 0.25
    public var rinseOffIrritancy: Double = 0.4
    public var rinseOffOther: Double = 0.5
    public var good: Double = 75
    public var fine: Double = 60
    public var caution: Double = 40
    public var modelSources: [String] = []
    /// Family id → the share (percent) at which it works at full strength.
    public var effectiveShares: [String: Double] = [:]
    public var lowLevelStrength: Double = 0.25
    /// The share assumed for a Drug Facts active printed without its strength.
    public var activeShare: Double = 2
    /// Product forms and usual use levels (`scoring/concentration.txt`).
    public var concentration = ConcentrationPriors()

    /// Points per skin type, by mechanism.
    public var mechanisms: [Mechanism: [SkinType: Double]] = [:]
    public var mechanismSources: [Mechanism: [String]] = [:]
    /// Points per skin type, by risk id (`comedogenic`, `irritancy`, `drying-alcohol`, …).
    public var risks: [String: [SkinType: Double]] = [:]
    public var riskSources: [String: [String]] = [:]

    public init() {}

    public func verdict(for score: Double) -> Verdict {
        if score >= good { return .good }
        if score >= fine { return .fine }
        if score >= caution { return .caution }
        return .avoid
    }

    /// Builds weights from `scoring/` stanzas, reporting malformed values.
    static func parse(_ stanzas: [Stanza], sources: [String: Source], diagnostics: inout [DictionaryDiagnostic]) -> ScoringWeights {
        var weights = ScoringWeights()
        for stanza in stanzas {
            let sourceKeys = stanza.list("sources")
            for key in sourceKeys where sources[key] == nil {
                diagnostics.append(.init(.error, file: stanza.file, line: stanza.field("sources")?.line ?? stanza.line, "unknown source key '\(key)'"))
            }
            let parts = stanza.header.split(separator: " ", maxSplits: 1).map(String.init)
            switch parts.first {
            case "model":
                weights.modelSources = sourceKeys
                // Once per stanza: `list` gathers every line of its key (per line, it was quadratic).
                if stanza.field("line-roles") != nil { weights.lineRoles = Set(stanza.list("line-roles")) }
                if stanza.field("line-families") != nil { weights.lineFamilies = Set(stanza.list("line-families")) }
                if stanza.field("line-names") != nil { weights.lineNames = stanza.list("line-names") }
                for field in stanza.fields where field.key != "sources" {
                    switch field.key {
                    case "line-roles", "line-families", "line-names": continue
                    default:
                        guard let value = Double(field.value) else {
                            diagnostics.append(.init(.error, file: stanza.file, line: field.line, "'\(field.key)' needs a number, found '\(field.value)'"))
                            continue
                        }
                        if let expected = Self.modelRangeProblem(field.key, value) {
                            diagnostics.append(.init(.error, file: stanza.file, line: field.line, "'\(field.key)' needs \(expected), found '\(field.value)'"))
                            continue
                        }
                        switch field.key {
                        case "base": weights.base = value
                        case "benefit-cap": weights.benefitCap = value
                        case "first-share": weights.firstShare = value
                        case "line-share": weights.lineShare = value
                        case "below-line-share": weights.belowLineShare = value
                        case "below-line-decay": weights.belowLineDecay = value
                        case "floor-share": weights.floorShare = value
                        case "full-share": weights.fullShare = value
                        case "rabbit-ear-factor": weights.rabbitEarFactor = value
                        case "comedogenic-threshold": weights.comedogenicThreshold = Int(value)
                        case "irritancy-threshold": weights.irritancyThreshold = Int(value)
                        case "rinse-off-comedogenic": weights.rinseOffComedogenic = value
                        case "rinse-off-irritancy": weights.rinseOffIrritancy = value
                        case "rinse-off-other": weights.rinseOffOther = value
                        case "good": weights.good = value
                        case "fine": weights.fine = value
                        case "caution": weights.caution = value
                        default:
                            diagnostics.append(.init(.error, file: stanza.file, line: field.line, "unknown model setting '\(field.key)'"))
                        }
                    }
                }
            case "effective-shares":
                for field in stanza.fields where field.key != "sources" {
                    let limit: Double = field.key == "low-level-strength" ? 1 : 100
                    guard let value = Double(field.value), value > 0, value <= limit else {
                        diagnostics.append(.init(.error, file: stanza.file, line: field.line, "'\(field.key)' needs a positive number up to \(Int(limit)), found '\(field.value)'"))
                        continue
                    }
                    if field.key == "low-level-strength" { weights.lowLevelStrength = value } else { weights.effectiveShares[field.key] = value }
                }
            case "profile", "use-levels":
                weights.concentration.parse(stanza, kind: parts[0], name: parts.count > 1 ? parts[1] : "", sources: sourceKeys, diagnostics: &diagnostics)
            case "mechanism", "risk":
                guard parts.count == 2 else {
                    diagnostics.append(.init(.error, file: stanza.file, line: stanza.line, "expected '\(parts[0]) ID'"))
                    continue
                }
                var points: [SkinType: Double] = [:]
                for field in stanza.fields where field.key != "sources" {
                    guard let type = SkinType(rawValue: field.key) else {
                        diagnostics.append(.init(.error, file: stanza.file, line: field.line,
                                                 "unknown skin type '\(field.key)' (expected \(SkinType.allCases.map(\.rawValue).joined(separator: ", ")))"))
                        continue
                    }
                    guard let value = Double(field.value), abs(value) <= 100 else {
                        diagnostics.append(.init(.error, file: stanza.file, line: field.line, "'\(field.key)' needs a number from -100 to 100, found '\(field.value)'"))
                        continue
                    }
                    points[type] = value
                }
                for type in SkinType.allCases where points[type] == nil {
                    diagnostics.append(.init(.error, file: stanza.file, line: stanza.line, "'\(stanza.header)' has no weight for '\(type.rawValue)'"))
                }
                if parts[0] == "mechanism" {
                    guard let mechanism = Mechanism(rawValue: parts[1]) else {
                        diagnostics.append(.init(.error, file: stanza.file, line: stanza.line, "unknown mechanism '\(parts[1])'"))
                        continue
                    }
                    weights.mechanisms[mechanism] = points
                    weights.mechanismSources[mechanism] = sourceKeys
                } else {
                    weights.risks[parts[1]] = points
                    weights.riskSources[parts[1]] = sourceKeys
                }
            default:
                diagnostics.append(.init(.error, file: stanza.file, line: stanza.line, "expected 'model', 'effective-shares', 'profile ID', 'use-levels GROUP', 'mechanism ID' or 'risk ID', found '\(stanza.header)'"))
            }
        }
        if !(weights.floorShare < weights.fullShare), let stanza = stanzas.first(where: { $0.header == "model" }) {
            diagnostics.append(.init(.error, file: stanza.file, line: stanza.field("floor-share")?.line ?? stanza.line,
                                     "'floor-share' (\(weights.floorShare)) must be below 'full-share' (\(weights.fullShare))"))
            let defaults = ScoringWeights()
            weights.floorShare = defaults.floorShare
            weights.fullShare = defaults.fullShare
        }
        return weights
    }

    /// What a `model` number must be, when `value` is not that; nil when it is fine. Values outside
    /// these ranges make scores infinite or NaN (a zero share has no logarithm, a threshold of 6
    /// divides by zero, a decay above 1 grows without bound). `Double` also parses `nan` and `inf`,
    /// which no range contains.
    static func modelRangeProblem(_ key: String, _ value: Double) -> String? {
        switch key {
        case "first-share", "line-share", "below-line-share", "floor-share", "full-share":
            value > 0 && value <= 100 ? nil : "a share above 0 and at most 100 (percent)"
        case "below-line-decay":
            value > 0 && value <= 1 ? nil : "a factor above 0 and at most 1"
        case "rabbit-ear-factor", "rinse-off-comedogenic", "rinse-off-irritancy", "rinse-off-other":
            value >= 0 && value <= 1 ? nil : "a factor from 0 to 1"
        case "comedogenic-threshold", "irritancy-threshold":
            value >= 0 && value <= 5 && value == value.rounded() ? nil : "a whole rating from 0 to 5"
        case "base", "benefit-cap", "good", "fine", "caution":
            value >= 0 && value <= 100 ? nil : "a score from 0 to 100"
        default:
            nil
        }
    }
}
