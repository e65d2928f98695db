/// The tunable numbers of the scorer, read from `Dictionaries/scoring/*.txt` (see
/// `Dictionaries/scoring/README.md` for what each means and where it comes from). Kept as data so they
/// can be reviewed and tuned without a rebuild.
public struct ScoringWeights: Sendable, Hashable {
    public var base: Double = 60
    public var benefitCap: Double = 40
    /// Below this total a score approaches 0 without reaching it (`Scorer.bounded`); 0 clamps.
    public var softFloor: Double = 0
    public var firstShare: Double = 60
    public var lineShare: Double = 1
    /// How far past the form's usual count above 1 % a line marker far down the list may put the estimated
    /// line, as a multiple of that count (`line-stretch`).
    public var lineStretch: Double = 1.5
    public var belowLineShare: Double = 0.5
    public var belowLineDecay: Double = 0.9
    public var floorShare: Double = 0.1
    public var fullShare: Double = 50
    public var lineRoles: Set<String> = ["preservative", "chelating"]
    public var lineFamilies: Set<String> = ["fragrance"]
    public var lineNames: [String] = []
    public var rabbitEarFactor: Double = 0.75
    /// A rating only compiled web lists give counts at this factor (they copy one table: one source).
    public var secondaryRatingFactor: Double = 0.5
    /// Factors for a rating whose confidence the dictionary states.
    public var ratingConfidenceFactors: [RatingConfidence.Level: Double] = [.high: 1, .medium: 0.6, .low: 0.2]
    public var comedogenicThreshold: Int = 2
    public var irritancyThreshold: Int = 2
    public var rinseOffComedogenic: Double = 0.25
    public var rinseOffIrritancy: Double = 0.4
    public var rinseOffOther: Double = 0.5
    public var good: Double = 75
    public var fine: Double = 60
    public var caution: Double = 40
    /// A mask or peel (minutes on the skin) counts this part of the way from a wash's contact factor to a
    /// leave-on's: log(10 min / 1 min) / log(8 h / 1 min) ≈ 0.37.
    public var maskContact: Double = 0.37
    /// A plant water is the aqueous steam distillate of the plant (CosIng's definition): it carries the
    /// plant's actives at a small fraction of an extract's, so its share counts at this factor in a dose
    /// ladder that does not list it (green tea water at 80 % is not 80 % green tea).
    public var plantWaterPotency: Double = 1
    /// How much the photoallergen risk of filters a sunscreen's list leaves out counts when its name claims
    /// no mineral filters (a guess, as a probable family is).
    public var probableFilterWeight: Double = 0.5
    /// A fuzzy match below this confidence counts as unknown for scores, flags and confidence.
    public var fuzzyMinimumConfidence: Double = 0.85
    /// Contributors to a mechanism after the strongest count at this weight.
    public var secondaryContributors: Double = 0.3
    /// A deal-breaker: the benefits of a product count less as its worst single risk for a skin type grows
    /// from `dealBreakerFrom` points (nothing taken) to `dealBreakerFull` (nothing left); 0 turns it off.
    public var dealBreakerFrom: Double = 0
    public var dealBreakerFull: Double = 0
    public var modelSources: [String] = []
    /// Family id → the share (percent) at which it works at full strength (`effective-shares`; a family
    /// with a `dose` ladder uses the ladder instead).
    public var effectiveShares: [String: Double] = [:]
    /// At most this strength for an active after the 1% line whose share is only estimated.
    public var lowLevelStrength: Double = 0.6
    /// The share assumed for a Drug Facts active printed without its strength.
    public var activeShare: Double = 2
    /// Product forms and usual use levels (`scoring/concentration.txt`).
    package var concentration = ConcentrationPriors()
    /// Family id → dose ladder (`scoring/dose.txt`).
    package var dose: [String: DoseLadder] = [:]
    /// First role → family an ingredient serves through it (`inferred-families`), e.g. every CosIng
    /// emollient is an emollient even when no family line says so.
    public var inferredFamilies: [String: String] = [:]
    /// Family → name phrases that keep a role from inferring it (`FAMILY-unless` in `inferred-families`):
    /// a sodium polyacrylate is a CosIng absorbent of water, not of sebum.
    package var inferredFamilyExceptions: [String: [String]] = [:]
    /// What a fixed oil or butter serves (`fixed-oils`): olive oil is a lipid film whatever CosIng calls it.
    package var fixedOils: FixedOil?

    /// The "free from" flags, in output order (`scoring/flags.txt`).
    package var flags: [FlagRule] = []
    /// The flags' lists by id (`list ID`: `eu-allergens`, `pregnancy-caution`, `exfoliating-acids`,
    /// `retinoids`, `fungal-acne-triggers`).
    package var lists: [String: FlagRule] = [:]
    /// Families inferred for unrecognised names (`probable FAMILY`).
    package var probableFamilies: [ProbableFamily] = []

    /// Points per skin type, by mechanism.
    public var mechanisms: [Mechanism: [SkinType: Double]] = [:]
    public var mechanismSources: [Mechanism: [String]] = [:]
    /// Mechanisms whose contributors add up (sun protection: the filters' doses sum) rather than count
    /// the strongest.
    public var summedMechanisms: Set<Mechanism> = []
    /// Mechanisms that work in full only when others seal them in (`sealed-by`): humectants draw water
    /// into dry skin's stratum corneum, but without an occlusive or emollient it evaporates again
    /// (rawlings-harding-2004). Per skin type, the share that counts when nothing seals (`unsealed`);
    /// in between it follows the strongest sealing mechanism.
    public var sealing: [Mechanism: Sealing] = [:]

    public struct Sealing: Sendable, Hashable {
        /// Mechanisms (occlusion, emollience) or families (ceramide: barrier lipids) that seal.
        public var by: [String] = []
        public var unsealed: [SkinType: Double] = [:]
    }
    /// Points per skin type, by risk id (`comedogenic`, `irritancy`, `drying-alcohol`, …).
    public var risks: [String: [SkinType: Double]] = [:]
    public var riskSources: [String: [String]] = [:]
    /// How each risk follows dose and contact time.
    package var riskSettings: [String: RiskSettings] = [:]
    /// Risk id → the skin types for which it is a deal-breaker (`deal-breaker-for`; see `dealBreakerFull`).
    package var dealBreakers: [String: Set<SkinType>] = [:]
    /// Risks whose ingredients are one exposure (`combine: strongest`): the strongest counts in full, the
    /// others at `secondary-contributors`.
    public var strongestRisks: Set<String> = []

    public init() {}

    public func verdict(for score: Double) -> Verdict {
        if score >= good { return .good }
        if score >= fine { return .fine }
        if score >= caution { return .caution }
        return .avoid
    }

    /// The dose ladder of a family: its own, else one built from `effective-shares` or `full-share`.
    package func ladder(for family: String) -> DoseLadder {
        if let ladder = dose[family] { return ladder }
        var ladder = DoseLadder(family: family, effective: effectiveShares[family] ?? 1, rinseOff: rinseOffOther * 0.3)
        ladder.plantWaterPotency = plantWaterPotency
        return ladder
    }

    package func settings(forRisk risk: String) -> RiskSettings {
        riskSettings[risk] ?? RiskSettings(rinseOff: rinseOffOther)
    }

    /// Builds weights from `scoring/` stanzas, reporting malformed values.
    static func parse(_ stanzas: [Stanza], sources: [String: Source], diagnostics: inout [DictionaryDiagnostic])
        -> ScoringWeights
    {
        var weights = ScoringWeights()
        for stanza in stanzas {
            let sourceKeys = stanza.list("sources")
            for key in sourceKeys where sources[key] == nil {
                diagnostics.append(
                    .init(
                        .error, file: stanza.file, line: stanza.field("sources")?.line ?? stanza.line,
                        "unknown source key '\(key)'"))
            }
            let parts = stanza.header.split(separator: " ", maxSplits: 1).map(String.init)
            let name = parts.count > 1 ? parts[1] : ""
            switch parts.first {
            case "model": weights.readModel(stanza, sources: sourceKeys, diagnostics: &diagnostics)
            case "effective-shares": weights.readEffectiveShares(stanza, diagnostics: &diagnostics)
            case "profile", "use-levels", "form-signals":
                weights.concentration.parse(
                    stanza, kind: parts[0], name: name, sources: sourceKeys, diagnostics: &diagnostics)
            case "dose" where !name.isEmpty:
                if let ladder = DoseLadder.parse(stanza, family: name, sources: sourceKeys, diagnostics: &diagnostics) {
                    weights.dose[name] = ladder
                }
            case "probable" where !name.isEmpty:
                weights.probableFamilies.append(
                    ProbableFamily.parse(stanza, family: name, sources: sourceKeys, diagnostics: &diagnostics))
            case "list" where !name.isEmpty:
                weights.lists[name] = FlagRule.parse(stanza, id: name, sources: sourceKeys, diagnostics: &diagnostics)
            case "flag" where !name.isEmpty:
                weights.flags.append(FlagRule.parse(stanza, id: name, sources: sourceKeys, diagnostics: &diagnostics))
            case "fixed-oils":
                weights.fixedOils = FixedOil.parse(stanza, sources: sourceKeys, diagnostics: &diagnostics)
            case "inferred-families":
                for field in stanza.fields where field.key.hasSuffix("-unless") {
                    weights.inferredFamilyExceptions[String(field.key.dropLast(7))] = stanza.list(field.key).map {
                        $0.lowercased()
                    }
                }
                for field in stanza.fields where field.key != "sources" && !field.key.hasSuffix("-unless") {
                    for role in field.value.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) })
                    where !role.isEmpty {
                        weights.inferredFamilies[role] = field.key
                    }
                }
            case "mechanism", "risk":
                guard parts.count == 2 else {
                    diagnostics.append(.init(.error, file: stanza.file, line: stanza.line, "expected '\(parts[0]) ID'"))
                    continue
                }
                weights.readPoints(stanza, kind: parts[0], id: name, sources: sourceKeys, diagnostics: &diagnostics)
            default:
                diagnostics.append(
                    .init(
                        .error, file: stanza.file, line: stanza.line,
                        "expected 'model', 'effective-shares', 'profile ID', 'form-signals', 'use-levels GROUP', 'dose FAMILY', 'inferred-families', 'fixed-oils', 'flag ID', 'list ID', 'probable FAMILY', 'mechanism ID' or 'risk ID', found '\(stanza.header)'"
                    ))
            }
        }
        for family in weights.dose.keys { weights.dose[family]!.plantWaterPotency = weights.plantWaterPotency }
        if !(weights.floorShare < weights.fullShare), let stanza = stanzas.first(where: { $0.header == "model" }) {
            diagnostics.append(
                .init(
                    .error, file: stanza.file, line: stanza.field("floor-share")?.line ?? stanza.line,
                    "'floor-share' (\(weights.floorShare)) must be below 'full-share' (\(weights.fullShare))"))
            let defaults = ScoringWeights()
            weights.floorShare = defaults.floorShare
            weights.fullShare = defaults.fullShare
        }
        return weights
    }

    private mutating func readModel(_ stanza: Stanza, sources: [String], diagnostics: inout [DictionaryDiagnostic]) {
        modelSources = sources
        // Once per stanza: `list` gathers every line of its key (per line, it was quadratic).
        if stanza.field("line-roles") != nil { lineRoles = Set(stanza.list("line-roles")) }
        if stanza.field("line-families") != nil { lineFamilies = Set(stanza.list("line-families")) }
        if stanza.field("line-names") != nil { lineNames = stanza.list("line-names") }
        let numbers: [String: WritableKeyPath<ScoringWeights, Double>] = [
            "base": \.base, "benefit-cap": \.benefitCap, "soft-floor": \.softFloor, "first-share": \.firstShare,
            "line-share": \.lineShare, "line-stretch": \.lineStretch,
            "below-line-share": \.belowLineShare, "below-line-decay": \.belowLineDecay, "floor-share": \.floorShare,
            "full-share": \.fullShare, "rabbit-ear-factor": \.rabbitEarFactor,
            "secondary-rating-factor": \.secondaryRatingFactor,
            "rinse-off-comedogenic": \.rinseOffComedogenic, "rinse-off-irritancy": \.rinseOffIrritancy,
            "rinse-off-other": \.rinseOffOther,
            "good": \.good, "fine": \.fine, "caution": \.caution, "fuzzy-minimum-confidence": \.fuzzyMinimumConfidence,
            "secondary-contributors": \.secondaryContributors, "active-share": \.activeShare,
            "mask-contact": \.maskContact, "plant-water-potency": \.plantWaterPotency,
            "probable-filter-weight": \.probableFilterWeight, "deal-breaker-from": \.dealBreakerFrom,
            "deal-breaker-full": \.dealBreakerFull,
        ]
        for field in stanza.fields where field.key != "sources" {
            if ["line-roles", "line-families", "line-names"].contains(field.key) { continue }
            guard let value = Double(field.value) else {
                diagnostics.append(
                    .init(
                        .error, file: stanza.file, line: field.line,
                        "'\(field.key)' needs a number, found '\(field.value)'"))
                continue
            }
            if let expected = Self.modelRangeProblem(field.key, value) {
                diagnostics.append(
                    .init(
                        .error, file: stanza.file, line: field.line,
                        "'\(field.key)' needs \(expected), found '\(field.value)'"))
                continue
            }
            if let path = numbers[field.key] {
                self[keyPath: path] = value
            } else if field.key == "comedogenic-threshold" {
                comedogenicThreshold = Int(value)
            } else if field.key == "irritancy-threshold" {
                irritancyThreshold = Int(value)
            } else if field.key.hasPrefix("rating-confidence-"),
                let level = RatingConfidence.Level(rawValue: String(field.key.dropFirst("rating-confidence-".count)))
            {
                ratingConfidenceFactors[level] = value
            } else {
                diagnostics.append(
                    .init(.error, file: stanza.file, line: field.line, "unknown model setting '\(field.key)'"))
            }
        }
    }

    private mutating func readEffectiveShares(_ stanza: Stanza, diagnostics: inout [DictionaryDiagnostic]) {
        for field in stanza.fields where field.key != "sources" {
            let limit: Double = field.key == "low-level-strength" ? 1 : 100
            guard let value = Double(field.value), value > 0, value <= limit else {
                diagnostics.append(
                    .init(
                        .error, file: stanza.file, line: field.line,
                        "'\(field.key)' needs a positive number up to \(Int(limit)), found '\(field.value)'"))
                continue
            }
            if field.key == "low-level-strength" {
                lowLevelStrength = value
            } else {
                effectiveShares[field.key] = value
            }
        }
    }

    private mutating func readPoints(
        _ stanza: Stanza, kind: String, id: String, sources: [String], diagnostics: inout [DictionaryDiagnostic]
    ) {
        var points: [SkinType: Double] = [:]
        var settings = RiskSettings(
            rinseOff: id == "comedogenic" ? rinseOffComedogenic : id == "irritancy" ? rinseOffIrritancy : rinseOffOther)
        var summed = false
        for field in stanza.fields where field.key != "sources" {
            if kind == "risk", settings.read(field, file: stanza.file, diagnostics: &diagnostics) { continue }
            if kind == "risk", field.key == "deal-breaker-for" {
                var types: Set<SkinType> = []
                for name in stanza.list("deal-breaker-for") {
                    if let type = SkinType(rawValue: name) {
                        types.insert(type)
                    } else {
                        diagnostics.append(
                            .init(.error, file: stanza.file, line: field.line, "unknown skin type '\(name)'"))
                    }
                }
                dealBreakers[id] = types
                continue
            }
            if kind == "risk", field.key == "combine" {
                guard ["strongest", "sum"].contains(field.value) else {
                    diagnostics.append(
                        .init(
                            .error, file: stanza.file, line: field.line,
                            "'combine' is 'strongest' or 'sum', found '\(field.value)'"))
                    continue
                }
                if field.value == "strongest" { strongestRisks.insert(id) } else { strongestRisks.remove(id) }
                continue
            }
            if kind == "mechanism", field.key == "combine" {
                guard ["strongest", "sum"].contains(field.value) else {
                    diagnostics.append(
                        .init(
                            .error, file: stanza.file, line: field.line,
                            "'combine' is 'strongest' or 'sum', found '\(field.value)'"))
                    continue
                }
                summed = field.value == "sum"
                continue
            }
            if kind == "mechanism", let mechanism = Mechanism(rawValue: id),
                field.key == "sealed-by" || field.key == "unsealed"
            {
                readSealing(field, mechanism: mechanism, file: stanza.file, diagnostics: &diagnostics)
                continue
            }
            guard let type = SkinType(rawValue: field.key) else {
                diagnostics.append(
                    .init(
                        .error, file: stanza.file, line: field.line,
                        "unknown skin type '\(field.key)' (expected \(SkinType.allCases.map(\.rawValue).joined(separator: ", ")))"
                    ))
                continue
            }
            guard let value = Double(field.value), abs(value) <= 100 else {
                diagnostics.append(
                    .init(
                        .error, file: stanza.file, line: field.line,
                        "'\(field.key)' needs a number from -100 to 100, found '\(field.value)'"))
                continue
            }
            points[type] = value
        }
        for type in SkinType.allCases where points[type] == nil {
            diagnostics.append(
                .init(
                    .error, file: stanza.file, line: stanza.line,
                    "'\(stanza.header)' has no weight for '\(type.rawValue)'"))
        }
        if kind == "mechanism" {
            guard let mechanism = Mechanism(rawValue: id) else {
                diagnostics.append(.init(.error, file: stanza.file, line: stanza.line, "unknown mechanism '\(id)'"))
                return
            }
            mechanisms[mechanism] = points
            mechanismSources[mechanism] = sources
            if summed { summedMechanisms.insert(mechanism) } else { summedMechanisms.remove(mechanism) }
        } else {
            risks[id] = points
            riskSources[id] = sources
            riskSettings[id] = settings
        }
    }

    /// `sealed-by: occlusion; emollience; ceramide` (mechanisms or families) or `unsealed: dry 0.35`.
    private mutating func readSealing(
        _ field: Stanza.Field, mechanism: Mechanism, file: String, diagnostics: inout [DictionaryDiagnostic]
    ) {
        var entry = sealing[mechanism] ?? Sealing()
        for part in field.value.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) })
        where !part.isEmpty {
            if field.key == "sealed-by" {
                guard part != mechanism.rawValue else {
                    diagnostics.append(
                        .init(.error, file: file, line: field.line, "'sealed-by' names the mechanism itself"))
                    continue
                }
                entry.by.append(part)
            } else {
                let words = part.split(separator: " ")
                guard words.count == 2, let type = SkinType(rawValue: String(words[0])), let value = Double(words[1]),
                    value >= 0, value <= 1
                else {
                    diagnostics.append(
                        .init(
                            .error, file: file, line: field.line,
                            "'unsealed' needs 'SKIN-TYPE FACTOR' with a factor from 0 to 1, found '\(part)'"))
                    continue
                }
                entry.unsealed[type] = value
            }
        }
        sealing[mechanism] = entry
    }

    /// What a `model` number must be, when `value` is not that; nil when it is fine. Values outside
    /// these ranges make scores infinite or NaN (a zero share has no logarithm, a threshold of 6
    /// divides by zero, a decay above 1 grows without bound). `Double` also parses `nan` and `inf`,
    /// which no range contains.
    static func modelRangeProblem(_ key: String, _ value: Double) -> String? {
        switch key {
        case "deal-breaker-from", "deal-breaker-full":
            value >= 0 && value <= 100 ? nil : "points from 0 to 100"
        case "first-share", "line-share", "below-line-share", "floor-share", "full-share", "active-share":
            value > 0 && value <= 100 ? nil : "a share above 0 and at most 100 (percent)"
        case "line-stretch":
            value >= 1 && value <= 10 ? nil : "a multiple from 1 to 10"
        case "below-line-decay":
            value > 0 && value <= 1 ? nil : "a factor above 0 and at most 1"
        case "rabbit-ear-factor", "rinse-off-comedogenic", "rinse-off-irritancy", "rinse-off-other",
            "secondary-rating-factor",
            "fuzzy-minimum-confidence", "secondary-contributors", "mask-contact", "rating-confidence-high",
            "rating-confidence-medium", "rating-confidence-low", "plant-water-potency", "probable-filter-weight":
            value >= 0 && value <= 1 ? nil : "a factor from 0 to 1"
        case "comedogenic-threshold", "irritancy-threshold":
            value >= 0 && value <= 5 && value == value.rounded() ? nil : "a whole rating from 0 to 5"
        case "base", "benefit-cap", "soft-floor", "good", "fine", "caution":
            value >= 0 && value <= 100 ? nil : "a score from 0 to 100"
        default:
            nil
        }
    }
}
