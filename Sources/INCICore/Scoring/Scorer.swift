import Foundation

/// Turns matched ingredients into scores per skin type, a pore profile and flags:
/// matched ingredients → concentration estimates → points with reasons → report.
///
/// A score is `base` + benefits (added with diminishing returns) + risks, clamped to 0…100. Benefits
/// come from mechanisms (unclog, barrier, occlusion, …), each at the strength of what serves it: the
/// dose ladder of the ingredient's family read at its concentration estimate, times its contact time.
/// Risks come per ingredient from its ratings (scaled by the rating's confidence), its risk families
/// and, for irritating actives, its dose. Every point is a `ScoreReason` naming the ingredient, its
/// position, the rule and the source.
///
/// Deterministic: the same list and options always give the same analysis. All numbers come from
/// `dictionary.scoring` (see `Dictionaries/scoring/`).
public struct Scorer: Sendable {
    public let dictionary: IngredientDictionary

    public init(dictionary: IngredientDictionary) {
        self.dictionary = dictionary
    }

    private var weights: ScoringWeights { dictionary.scoring }

    public func analyze(_ list: IngredientList, productType: ProductTypeDecision) -> ProductAnalysis {
        let stated = productType.name.map { NameStrength.read($0, list: list, dictionary: dictionary) } ?? [:]
        let distribution = ConcentrationModel.estimate(list, weights: weights, stated: stated)
        let productType = productType.readingTheList(washMaker: distribution.washMaker)
        let context = ScoringContext(
            list: list, estimates: distribution.estimates, contact: productType.contact, dictionary: dictionary,
            profile: distribution.profile, name: productType.name,
            madeFor: ProductTypeDecision.madeFor(name: productType.name, profile: distribution.profile),
            soapMadeInTheJar: distribution.washMaker.map(weights.concentration.signals.isSoapAcid) ?? false)
        var reasons: [SkinType: [ScoreReason]] = [:]
        let mechanisms = BenefitScoring(context: context).score(into: &reasons)
        let spfFromName = mechanisms.contains { $0.mechanism == .sunProtection && $0.ingredients.isEmpty }
        let risks = RiskScoring(context: context, spfFromName: spfFromName).score(into: &reasons)
        let scores = SkinType.allCases.map { combine(reasons[$0] ?? [], type: $0) }
        return ProductAnalysis(
            list: list, estimates: distribution.estimates, onePercentLinePosition: distribution.linePosition,
            formulaProfile: distribution.profile, productType: productType, scores: scores,
            poreProfile: PoreProfile(mechanisms: mechanisms, risks: risks),
            flags: ProductFlags.make(context), confidence: context.confidence,
            fuzzyMinimumConfidence: weights.fuzzyMinimumConfidence)
    }

    /// base + benefits with diminishing returns + risks, clamped; the difference the saturation makes is
    /// a reason of its own.
    private func combine(_ reasons: [ScoreReason], type: SkinType) -> SkinScore {
        var list = reasons.filter { $0.points != 0 }
        let benefits = list.filter { $0.points > 0 }.reduce(0) { $0 + $1.points }
        var counted = benefits
        if benefits > 0, weights.benefitCap > 0 {
            let saturated = weights.benefitCap * (1 - exp(-benefits / weights.benefitCap))
            counted = saturated
            let adjustment = (saturated - benefits).rounded(toPlaces: 1)
            if adjustment != 0 {
                list.append(
                    ScoreReason(
                        points: adjustment, rule: "model.diminishing-returns", ingredient: "", position: 0, source: nil,
                        detail:
                            "benefits add up with diminishing returns (\(benefits.rounded(toPlaces: 1)) points count as \(saturated.rounded(toPlaces: 1)))"
                    ))
            }
        }
        if let cut = dealBreaker(list, benefits: counted, type: type) { list.append(cut) }
        let total = weights.base + list.reduce(0) { $0 + $1.points }
        let clamped = Self.bounded(total, softFloor: weights.softFloor)
        let sorted = list.sorted {
            abs($0.points) != abs($1.points)
                ? abs($0.points) > abs($1.points) : ($0.position, $0.rule) < ($1.position, $1.rule)
        }
        return SkinScore(
            skinType: type, score: Int(clamped.rounded()), verdict: weights.verdict(for: clamped.rounded()),
            reasons: sorted)
    }
}

extension Scorer {
    /// The total as a score from 0 to 100. Below `softFloor` it approaches 0 without reaching it
    /// (softFloor · e^((total − softFloor) / softFloor)), so two products that both do harm keep their order: a
    /// harsh scrub wash left on ranks under the same wash rinsed off instead of both reading 0.
    package static func bounded(_ total: Double, softFloor: Double) -> Double {
        guard softFloor > 0, total < softFloor else { return min(max(total, 0), 100) }
        return softFloor * exp((total - softFloor) / softFloor)
    }

    /// A chemist does not trade a serious risk for several small benefits: a comedogenic ester high in a
    /// gel is not bought back for acne-prone skin by its salicylic acid, nor a sensitiser for sensitive skin
    /// by its soothing agents. The benefits count less as the worst single risk for the type grows from
    /// `deal-breaker-from` points to `deal-breaker-full` (none left); the cut is a reason naming that risk.
    ///
    /// A deal-breaker is as strong as the evidence behind it: a grade from one rabbit-ear paper (or the web
    /// lists that copy it) is a reason to count a risk, not to refuse everything else the product does, so
    /// the worst risk is weighed by its points times its evidence (`ScoreReason.evidence`).
    func dealBreaker(_ reasons: [ScoreReason], benefits: Double, type: SkinType) -> ScoreReason? {
        let (from, full) = (weights.dealBreakerFrom, weights.dealBreakerFull)
        func weight(_ reason: ScoreReason) -> Double { -reason.points * reason.evidence }
        guard full > from, benefits > 0,
            let worst = reasons.filter({
                $0.rule.hasPrefix("risk.") && weights.dealBreakers[String($0.rule.dropFirst(5))]?.contains(type) == true
            }).max(by: { weight($0) < weight($1) }),
            weight(worst) > from
        else { return nil }
        let fraction = min(1, (weight(worst) - from) / (full - from))
        let points = -(benefits * fraction).rounded(toPlaces: 1)
        guard points != 0 else { return nil }
        return ScoreReason(
            points: points, rule: "model.deal-breaker", ingredient: worst.ingredient, position: worst.position,
            source: worst.source,
            detail:
                "\(worst.ingredient)'s \(worst.rule.dropFirst(5)) risk (\(worst.points.rounded(toPlaces: 1))) is not bought back by benefits for \(type.rawValue) skin: they count at \(Int(((1 - fraction) * 100).rounded()))%"
        )
    }
}

/// One list being scored: its ingredients with their estimates, how much each match counts, and the
/// families each serves (its own and those inferred from its role).
struct ScoringContext {
    struct Item {
        let index: Int
        let matched: MatchedIngredient
        let ingredient: Ingredient
        let estimate: ConcentrationEstimate
        /// 1 for exact and alias matches, the confidence of a fuzzy match at or above the minimum.
        let weight: Double
        let families: [Family]
        var position: Int { matched.token.position }
        var name: String { ingredient.name }
    }

    let list: IngredientList
    let estimates: [ConcentrationEstimate]
    let contact: ProductTypeDecision.Contact
    /// How the product is made to be used (`ProductTypeDecision.madeFor`), when that is rinsed off.
    let madeFor: ProductTypeDecision.Contact?
    let dictionary: IngredientDictionary
    /// The product form the concentration model read from the list.
    let profile: FormulaProfile
    /// The SPF the product's name states ("… Broad Spectrum SPF 30"), a tested claim.
    let statedSPF: Double?
    /// The product's name, when known.
    let name: String?
    /// Recognised ingredients that count (unknown ones and weak fuzzy matches do not).
    let items: [Item]
    /// Ingredients that were not recognised, or only by a fuzzy match below the minimum confidence.
    let unrecognised: [MatchedIngredient]

    var weights: ScoringWeights { dictionary.scoring }

    init(
        list: IngredientList, estimates: [ConcentrationEstimate], contact: ProductTypeDecision.Contact,
        dictionary: IngredientDictionary, profile: FormulaProfile = .emulsion, name: String? = nil,
        madeFor: ProductTypeDecision.Contact? = nil, soapMadeInTheJar: Bool = false
    ) {
        self.list = list
        self.estimates = estimates
        self.contact = contact
        self.madeFor = madeFor
        self.dictionary = dictionary
        self.profile = profile
        self.name = name
        self.statedSPF = name.flatMap(NameStrength.statedSPF)
        let weights = dictionary.scoring
        var items: [Item] = []
        var unrecognised: [MatchedIngredient] = []
        for (index, matched) in list.ingredients.enumerated() {
            let weight = Self.weight(of: matched, minimum: weights.fuzzyMinimumConfidence)
            guard let ingredient = matched.ingredient, weight > 0 else {
                if matched.token.section != .mayContain { unrecognised.append(matched) }
                // An unknown name that says what it is (a jasmine absolute) still carries that risk.
                if let rule = weights.probableFamilies.first(where: { $0.matches(printed: matched.token.text) }),
                    let family = dictionary.families[rule.family]
                {
                    let probable = Ingredient(
                        id: -1, name: matched.name, families: [rule.family], sources: rule.sources,
                        note: "not recognised; probably \(family.label.lowercased()) from its name")
                    items.append(
                        Item(
                            index: index, matched: matched, ingredient: probable, estimate: estimates[index],
                            weight: rule.weight, families: [family]))
                }
                continue
            }
            var families = dictionary.families(of: ingredient)
            // A fatty acid in a list that makes soap in the jar is there as soap, and strips as soap does.
            if soapMadeInTheJar, Self.isCleansingFattyAcid(ingredient), let soap = dictionary.families["soap"],
                !families.contains(soap)
            {
                families.append(soap)
            }
            let lowercasedName = ingredient.name.lowercased()
            for role in ingredient.roles {
                if let id = weights.inferredFamilies[role], !families.contains(where: { $0.id == id }),
                    !(weights.inferredFamilyExceptions[id] ?? []).contains(where: lowercasedName.contains),
                    let family = dictionary.families[id]
                {
                    families.append(family)
                }
            }
            if let fixedOils = weights.fixedOils, fixedOils.matches(ingredient, families: families.map(\.id)) {
                for id in fixedOils.families where !families.contains(where: { $0.id == id }) {
                    if let family = dictionary.families[id] { families.append(family) }
                }
            }
            items.append(
                Item(
                    index: index, matched: matched, ingredient: ingredient, estimate: estimates[index], weight: weight,
                    families: families))
        }
        self.items = items
        self.unrecognised = unrecognised
    }

    var rinsedOff: Bool { contact != .leaveOn }

    /// A fatty acid (its name ends in "acid" and it cleanses: lauric, myristic, stearic, behenic …), what
    /// a strong base turns into soap.
    static func isCleansingFattyAcid(_ ingredient: Ingredient) -> Bool {
        ingredient.roles.contains("cleansing") && NameKey.make(ingredient.name).hasSuffix(" acid")
    }

    /// The contact factor for something that counts at `rinseOff` when washed off in a minute and at
    /// `leaveOn` (usually 1) left on; a mask or peel (about ten minutes) is `mask-contact` of the way from
    /// the wash factor to the leave-on one.
    func contactFactor(_ rinseOff: Double, _ leaveOn: Double = 1) -> Double {
        factor(for: contact, rinseOff, leaveOn)
    }

    private func factor(for contact: ProductTypeDecision.Contact, _ rinseOff: Double, _ leaveOn: Double) -> Double {
        switch contact {
        case .leaveOn: leaveOn
        case .wash: rinseOff
        case .mask: rinseOff + (leaveOn - rinseOff) * weights.maskContact
        }
    }

    /// A product made to be rinsed off (a cleanser, cleansing oil or clay mask) and left on is not a
    /// leave-on treatment: its humectants and oils were put there to cushion a wash or a mask, while its
    /// clay, detergents and emulsifiers go on working. Left on, its benefits count as in the use it is made
    /// for (this factor, relative to its contact factor), its costs as left on; otherwise 1.
    func madeForCeiling(_ rinseOff: Double) -> Double {
        guard contact == .leaveOn, let madeFor, madeFor != .leaveOn else { return 1 }
        return factor(for: madeFor, rinseOff, 1)
    }

    /// ", made to be rinsed off: …" for a reason whose benefit `madeForCeiling` cut.
    var madeForNote: String {
        switch madeFor {
        case .wash: "a wash"
        case .mask: "a mask rinsed off after minutes"
        case .leaveOn, nil: ""
        }
    }

    /// ", rinsed off" or ", a mask rinsed off after minutes", for reason details.
    var contactNote: String {
        switch contact {
        case .leaveOn: ""
        case .wash: ", rinsed off"
        case .mask: ", rinsed off after minutes (mask or peel)"
        }
    }

    /// How much a match counts: exact and listed alias fully, a composed name by its share, a fuzzy match by its confidence when it reaches
    /// the minimum, else not at all (it may be another ingredient: never earn points on a guess).
    static func weight(of matched: MatchedIngredient, minimum: Double) -> Double {
        switch matched.match {
        // A name composed from Korean, Japanese or Chinese morphemes is as sure as its share (below 1
        // when a species was chosen among several); a listed name is sure.
        case .exact, .alias: min(1, max(0, matched.confidence))
        case .fuzzy: matched.confidence >= minimum ? matched.confidence : 0
        case .unknown: 0
        }
    }

    /// 0…1: share of the estimated substance that was recognised: an unknown ingredient at position 2
    /// costs more confidence than one at position 30.
    var confidence: Double {
        var known = 0.0
        var total = 0.0
        for (item, estimate) in zip(list.ingredients, estimates) where item.token.section != .mayContain {
            total += estimate.prominence
            known += estimate.prominence * Self.weight(of: item, minimum: weights.fuzzyMinimumConfidence)
        }
        return total == 0 ? 0 : (known / total).rounded(toPlaces: 2)
    }

    /// "~4% (1–10%, estimated from its position)", "2% as printed", …
    static func describe(_ estimate: ConcentrationEstimate) -> String {
        func format(_ value: Double) -> String {
            value >= 10
                ? "\(Int(value.rounded()))"
                : value >= 0.1 ? "\(value.rounded(toPlaces: 1))" : "\(value.rounded(toPlaces: 3))"
        }
        switch estimate.basis {
        case .printed: return "\(format(estimate.share))% as printed"
        case .stated: return "\(format(estimate.share))% as the product name states"
        case .trace: return "trace level (may contain)"
        case .position:
            let range = "\(format(estimate.low))–\(format(estimate.high))%"
            return estimate.belowOnePercentLine
                ? "≤1% (after the 1% line; ~\(format(estimate.share))%, \(range))"
                : "~\(format(estimate.share))% (\(range), estimated from its position)"
        case .unordered:
            return
                "~\(format(estimate.share))% (\(format(estimate.low))–\(format(estimate.high))%, uncertain: the list is printed alphabetically, so estimated from usual use levels)"
        }
    }
}
