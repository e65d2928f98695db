import Foundation

/// Turns matched ingredients into scores per skin type, a pore profile and flags:
/// matched ingredients → concentration estimates → points with reasons → report.
///
/// Deterministic: the same list and options always give the same analysis. All numbers come from
/// `dictionary.scoring` (see `Dictionaries/scoring/weights.txt`).
public struct Scorer: Sendable {
    public let dictionary: IngredientDictionary

    public init(dictionary: IngredientDictionary) {
        self.dictionary = dictionary
    }

    private var weights: ScoringWeights { dictionary.scoring }

    public func analyze(_ list: IngredientList, productType: ProductTypeDecision) -> ProductAnalysis {
        let distribution = ConcentrationModel.estimate(list, weights: weights)
        let estimates = distribution.estimates, linePosition = distribution.linePosition
        let rinseOff = productType.type == .rinseOff
        var reasons: [SkinType: [ScoreReason]] = [:]

        // Mechanisms: once each, at the strength of the most prominent ingredient serving it.
        var contributors: [Mechanism: [(item: MatchedIngredient, estimate: ConcentrationEstimate, family: Family, strength: Double)]] = [:]
        for (item, estimate) in zip(list.ingredients, estimates) {
            guard let ingredient = item.ingredient else { continue }
            for family in dictionary.families(of: ingredient) where family.kind == .active {
                let strength = ConcentrationModel.strength(of: estimate, family: family.id, weights: weights)
                for mechanism in family.serves {
                    if let index = contributors[mechanism]?.firstIndex(where: { $0.item.ingredient?.id == ingredient.id }) {
                        if contributors[mechanism]![index].strength < strength { contributors[mechanism]![index] = (item, estimate, family, strength) }
                    } else {
                        contributors[mechanism, default: []].append((item, estimate, family, strength))
                    }
                }
            }
        }
        var mechanismStrengths: [PoreProfile.MechanismStrength] = []
        for mechanism in Mechanism.allCases {
            guard let serving = contributors[mechanism], !serving.isEmpty else { continue }
            let ranked = serving.sorted { $0.strength != $1.strength ? $0.strength > $1.strength : $0.item.token.position < $1.item.token.position }
            let strongest = ranked[0]
            let strength = strongest.strength
            mechanismStrengths.append(.init(mechanism: mechanism, strength: strength.rounded(toPlaces: 2), ingredients: ranked.map {
                .init(name: $0.item.name, position: $0.item.token.position, prominence: $0.strength.rounded(toPlaces: 2),
                      belowOnePercentLine: $0.estimate.belowOnePercentLine)
            }))
            for type in SkinType.allCases {
                guard let perType = weights.mechanisms[mechanism]?[type], perType != 0 else { continue }
                let level = strongest.estimate.belowOnePercentLine ? "present at a low level (after the 1% line)" : Self.describe(strongest.estimate)
                reasons[type, default: []].append(ScoreReason(
                    points: (perType * strength).rounded(toPlaces: 1), rule: "mechanism.\(mechanism.rawValue)",
                    ingredient: strongest.item.name, position: strongest.item.token.position,
                    source: strongest.family.sources.first ?? weights.mechanismSources[mechanism]?.first,
                    detail: "\(strongest.item.name) (\(strongest.family.label)) serves \(mechanism.rawValue), \(level)"))
            }
        }

        // Risks: per ingredient.
        var risks: [PoreProfile.Risk] = []
        for (item, estimate) in zip(list.ingredients, estimates) {
            guard let ingredient = item.ingredient else { continue }
            let position = item.token.position
            if let rating = ingredient.comedogenic.first, rating.value >= weights.comedogenicThreshold {
                let humanData = dictionary.sources[rating.source]?.assay?.lowercased().contains("human") ?? false
                let assayFactor = humanData ? 1 : weights.rabbitEarFactor
                let uncertainty = humanData ? nil : Self.comedogenicUncertainty(ingredient, source: dictionary.sources[rating.source])
                let scale = Double(rating.value - weights.comedogenicThreshold + 1) / Double(6 - weights.comedogenicThreshold)
                let factor = scale * estimate.prominence * assayFactor * (rinseOff ? weights.rinseOffComedogenic : 1)
                risks.append(.init(kind: "comedogenic", name: item.name, position: position, prominence: estimate.prominence.rounded(toPlaces: 2),
                                   rating: rating, uncertainty: uncertainty))
                add(risk: "comedogenic", factor: factor, item: item, source: rating.source,
                    detail: "\(item.name) is rated \(rating.printed)/5 comedogenic (\(rating.source)) at \(Self.describe(estimate))\(rinseOff ? ", rinsed off" : "")", to: &reasons)
            }
            if let rating = ingredient.irritancy.first, rating.value >= weights.irritancyThreshold {
                let scale = Double(rating.value - weights.irritancyThreshold + 1) / Double(6 - weights.irritancyThreshold)
                let factor = scale * estimate.prominence * (rinseOff ? weights.rinseOffIrritancy : 1)
                risks.append(.init(kind: "irritancy", name: item.name, position: position, prominence: estimate.prominence.rounded(toPlaces: 2),
                                   rating: rating, uncertainty: nil))
                add(risk: "irritancy", factor: factor, item: item, source: rating.source,
                    detail: "\(item.name) is rated \(rating.printed)/5 irritant (\(rating.source)) at \(Self.describe(estimate))", to: &reasons)
            }
            var riskIDs: [(String, Family)] = []
            for family in dictionary.families(of: ingredient) where family.kind == .risk {
                // Comedogenicity and irritancy count through the ingredient's ratings, not its family.
                for risk in family.risks where weights.risks[risk] != nil && risk != "comedogenic" && risk != "irritancy"
                    && !riskIDs.contains(where: { $0.0 == risk }) {
                    riskIDs.append((risk, family))
                }
            }
            // Drying alcohols and harsh surfactants already are irritants: count them once.
            if riskIDs.contains(where: { $0.0 == "drying-alcohol" || $0.0 == "harsh-surfactant" }) {
                riskIDs.removeAll { $0.0 == "irritant" }
            }
            for (risk, family) in riskIDs {
                let rinseFactor = rinseOff && risk != "harsh-surfactant" ? weights.rinseOffOther : 1
                risks.append(.init(kind: risk, name: item.name, position: position, prominence: estimate.prominence.rounded(toPlaces: 2),
                                   rating: nil, uncertainty: nil))
                add(risk: risk, factor: estimate.prominence * rinseFactor, item: item, source: family.sources.first,
                    detail: "\(item.name) (\(family.label)) at \(Self.describe(estimate))", to: &reasons)
            }
        }

        let scores = SkinType.allCases.map { type -> SkinScore in
            var list = (reasons[type] ?? []).filter { $0.points != 0 }
            let benefits = list.filter { $0.points > 0 }.reduce(0) { $0 + $1.points }
            if benefits > 0, weights.benefitCap > 0 {
                let saturated = weights.benefitCap * (1 - exp(-benefits / weights.benefitCap))
                let adjustment = (saturated - benefits).rounded(toPlaces: 1)
                if adjustment != 0 {
                    list.append(ScoreReason(points: adjustment, rule: "model.diminishing-returns", ingredient: "", position: 0,
                                            source: nil, detail: "benefits add up with diminishing returns (\(benefits.rounded(toPlaces: 1)) points count as \(saturated.rounded(toPlaces: 1)))"))
                }
            }
            let total = weights.base + list.reduce(0) { $0 + $1.points }
            let clamped = min(max(total, 0), 100)
            let sorted = list.sorted { abs($0.points) != abs($1.points) ? abs($0.points) > abs($1.points) : ($0.position, $0.rule) < ($1.position, $1.rule) }
            return SkinScore(skinType: type, score: Int(clamped.rounded()), verdict: weights.verdict(for: clamped.rounded()), reasons: sorted)
        }

        return ProductAnalysis(list: list, estimates: estimates, onePercentLinePosition: linePosition, formulaProfile: distribution.profile, productType: productType,
                               scores: scores, poreProfile: PoreProfile(mechanisms: mechanismStrengths, risks: risks),
                               flags: flags(list), confidence: confidence(list, estimates))
    }

    private func add(risk: String, factor: Double, item: MatchedIngredient, source: String?, detail: String,
                     to reasons: inout [SkinType: [ScoreReason]]) {
        for type in SkinType.allCases {
            guard let perType = weights.risks[risk]?[type], perType != 0 else { continue }
            let points = (perType * factor).rounded(toPlaces: 1)
            guard points != 0 else { continue }
            reasons[type, default: []].append(ScoreReason(points: points, rule: "risk.\(risk)", ingredient: item.name,
                                                          position: item.token.position, source: source, detail: detail))
        }
    }

    /// Share of the estimated substance that was recognized: an unknown ingredient at position 2 costs
    /// more confidence than one at position 30.
    private func confidence(_ list: IngredientList, _ estimates: [ConcentrationEstimate]) -> Double {
        var known = 0.0, total = 0.0
        for (item, estimate) in zip(list.ingredients, estimates) where item.token.section != .mayContain {
            total += estimate.prominence
            if item.match != .unknown { known += estimate.prominence * (item.match == .fuzzy ? item.confidence : 1) }
        }
        return total == 0 ? 0 : (known / total).rounded(toPlaces: 2)
    }

    private func flags(_ list: IngredientList) -> ProductFlags {
        func names(withFamily ids: Set<String>) -> [String] {
            var seen: Set<String> = []
            return list.ingredients.compactMap { item in
                guard let ingredient = item.ingredient, ingredient.families.contains(where: ids.contains), seen.insert(ingredient.name).inserted else { return nil }
                return ingredient.name
            }
        }
        let fragrance = names(withFamily: ["fragrance"])
        let essentialOils = names(withFamily: ["essential-oil"])
        let dryingAlcohols = names(withFamily: ["drying-alcohol"])
        let fungal = names(withFamily: ["fungal-acne-trigger"])
        let acids = names(withFamily: ["bha", "aha", "pha"])
        let retinoids = names(withFamily: ["retinoid"])
        var comedogenic: [ProductFlags.RatedIngredient] = []
        for item in list.ingredients {
            if let ingredient = item.ingredient, let rating = ingredient.comedogenic.first, rating.value >= weights.comedogenicThreshold,
               !comedogenic.contains(where: { $0.name == ingredient.name }) {
                comedogenic.append(.init(name: ingredient.name, position: item.token.position, rating: rating))
            }
        }
        var advice: [String] = []
        if !acids.isEmpty && !retinoids.isEmpty {
            advice.append("Contains exfoliating acids and a retinoid: introduce slowly and don't layer other acids or retinoids with it.")
        } else if !acids.isEmpty {
            advice.append("Exfoliating acids: don't stack with a retinoid or other acids in the same routine; start 1-2 times a week.")
        } else if !retinoids.isEmpty {
            advice.append("Retinoid: use at night, don't stack with exfoliating acids, and wear sunscreen by day.")
        }
        return ProductFlags(fragranceFree: fragrance.isEmpty, essentialOilFree: essentialOils.isEmpty, dryingAlcoholFree: dryingAlcohols.isEmpty,
                            fungalAcneSafe: fungal.isEmpty, euAllergens: names(withFamily: ["eu-allergen-26"]),
                            pregnancyCaution: names(withFamily: ["pregnancy-caution"]), exfoliatingAcids: acids, retinoids: retinoids,
                            fungalAcneTriggers: fungal, comedogenic: comedogenic, advice: advice)
    }

    static func describe(_ estimate: ConcentrationEstimate) -> String {
        let share = estimate.share >= 10 ? "\(Int(estimate.share.rounded()))" : "\(estimate.share.rounded(toPlaces: 1))"
        switch estimate.basis {
        case .printed: return "\(share)% as printed"
        case .trace: return "trace level (may contain)"
        case .position: return estimate.belowOnePercentLine ? "≤1% (after the 1% line)" : "~\(share)% (estimated from its position)"
        }
    }

    static func comedogenicUncertainty(_ ingredient: Ingredient, source: Source?) -> String {
        var text = "rabbit-ear grades overpredict human comedones (draelos-dinardo-2006)"
        let values = Set(ingredient.comedogenic.map(\.printed))
        if values.count > 1 {
            text += "; sources disagree: " + ingredient.comedogenic.map { "\($0.printed) (\($0.source))" }.joined(separator: ", ")
        }
        return text
    }
}
