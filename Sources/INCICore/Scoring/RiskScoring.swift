import Foundation

/// The risk side of a score, per ingredient:
/// - its comedogenicity and irritancy ratings: (rating − threshold + 1) / (6 − threshold), times the
///   rating's confidence (see `ratingFactor`), times the dose response of `risk comedogenic` /
///   `risk irritancy` at its estimate (rabbit-ear grades were measured on neat or high-percentage
///   materials, so a thickener at 0.3 % counts a few percent of it);
/// - its risk families (fragrance, essential oil, drying alcohol, harsh surfactant, scrub, sensitising
///   preservatives, …), each by its own `risk` dose response;
/// - for actives that irritate (retinoids, hydroxy acids, benzoyl peroxide, L-ascorbic acid), the
///   irritation dose from the family's ladder (`risk active-irritation`).
/// Rinsed off, each counts at its `rinse-off` factor.
struct RiskScoring {
    let context: ScoringContext
    /// Sun protection came from the SPF the name states, not from filters in the list.
    var spfFromName = false

    private var weights: ScoringWeights { context.weights }

    /// Risks counted through ratings or dose ladders, never through a family's `risk:` line.
    static let computedRisks: Set<String> = ["comedogenic", "irritancy", "active-irritation", "surfactant-left-on"]

    func score(into reasons: inout [SkinType: [ScoreReason]]) -> [PoreProfile.Risk] {
        var found: [SkinType: [ScoreReason]] = [:]
        let risks = collect(into: &found)
        for (type, list) in found { reasons[type, default: []] += combineStrongest(list) }
        return risks
    }

    /// Risks whose ingredients are one exposure (`combine: strongest`: MCI and MI are one preservative blend,
    /// linalool and limonene are constituents of the fragrance printed before them) count their strongest
    /// ingredient in full and the others at `secondary-contributors`, as benefits do.
    private func combineStrongest(_ list: [ScoreReason]) -> [ScoreReason] {
        var result = list.filter {
            !weights.strongestRisks.contains(String($0.rule.dropFirst("risk.".count))) || !$0.rule.hasPrefix("risk.")
        }
        let grouped = Dictionary(
            grouping: list.filter {
                $0.rule.hasPrefix("risk.") && weights.strongestRisks.contains(String($0.rule.dropFirst("risk.".count)))
            }, by: \.rule)
        for rule in grouped.keys.sorted() {
            let ranked = grouped[rule]!.sorted {
                abs($0.points) != abs($1.points) ? abs($0.points) > abs($1.points) : $0.position < $1.position
            }
            result.append(ranked[0])
            for other in ranked.dropFirst() {
                let points = (other.points * weights.secondaryContributors).rounded(toPlaces: 1)
                guard points != 0 else { continue }
                result.append(
                    ScoreReason(
                        points: points, rule: other.rule, ingredient: other.ingredient, position: other.position,
                        source: other.source,
                        detail: other.detail
                            + "; counted at \(Int((weights.secondaryContributors * 100).rounded()))% beside \(ranked[0].ingredient), one exposure with it"
                    ))
            }
        }
        return result
    }

    private func collect(into reasons: inout [SkinType: [ScoreReason]]) -> [PoreProfile.Risk] {
        var risks: [PoreProfile.Risk] = []
        unlistedFilters(into: &reasons, risks: &risks)
        for item in context.items {
            let at = "at \(ScoringContext.describe(item.estimate))\(context.contactNote)"
            for (kind, rating, threshold) in [
                ("comedogenic", item.ingredient.comedogenic.first, weights.comedogenicThreshold),
                ("irritancy", item.ingredient.irritancy.first, weights.irritancyThreshold),
            ] {
                guard let rating, rating.value >= threshold else { continue }
                let scale = Double(rating.value - threshold + 1) / Double(6 - threshold)
                let (confidence, uncertainty) = ratingFactor(item.ingredient, rating, kind: kind)
                let factor =
                    scale * confidence
                    * weights.settings(forRisk: kind).factor(at: item.estimate, contact: context.contactFactor)
                    * item.weight
                risks.append(
                    .init(
                        kind: kind, name: item.name, position: item.position,
                        prominence: item.estimate.prominence.rounded(toPlaces: 2),
                        rating: rating, uncertainty: uncertainty))
                let noun = kind == "comedogenic" ? "comedogenic" : "irritant"
                add(
                    risk: kind, factor: factor, item: item, source: rating.source, to: &reasons,
                    detail:
                        "\(item.name) is rated \(rating.printed)/5 \(noun) (\(rating.source); counted at \(Int((confidence * 100).rounded()))% for its confidence) \(at)",
                    evidence: confidence)
            }
            if let (irritation, ladder) = activeIrritation(item) {
                let settings = weights.settings(forRisk: "active-irritation")
                let factor =
                    settings.response(relative: irritation) * context.contactFactor(settings.rinseOff, settings.leaveOn)
                    * item.weight
                risks.append(
                    .init(
                        kind: "active-irritation", name: item.name, position: item.position,
                        prominence: item.estimate.prominence.rounded(toPlaces: 2), rating: nil, uncertainty: nil))
                add(
                    risk: "active-irritation", factor: factor, item: item, source: ladder.sources.first, to: &reasons,
                    detail:
                        "\(item.name) irritates as an active: \(Int((irritation * 100).rounded()))% of the \(ladder.family) dose that irritates in full, \(at)"
                )
            }
            if context.profile == .surfactantWash, context.contact != .wash, weights.risks["surfactant-left-on"] != nil,
                weights.concentration.signals.isDetergent(item.matched)
            {
                // Detergents are made to be rinsed off: left on, they go on binding the barrier's lipids
                // and proteins (ananthapadmanabhan-2004), whatever soothes beside them.
                let settings = weights.settings(forRisk: "surfactant-left-on")
                let factor = settings.factor(at: item.estimate, contact: context.contactFactor) * item.weight
                risks.append(
                    .init(
                        kind: "surfactant-left-on", name: item.name, position: item.position,
                        prominence: item.estimate.prominence.rounded(toPlaces: 2), rating: nil, uncertainty: nil))
                add(
                    risk: "surfactant-left-on", factor: factor, item: item,
                    source: weights.riskSources["surfactant-left-on"]?.first, to: &reasons,
                    detail: "\(item.name) (a cleansing surfactant of a wash) left on the skin, \(at)")
            }
            for (risk, family) in familyRisks(item) {
                let factor =
                    weights.settings(forRisk: risk).factor(at: item.estimate, contact: context.contactFactor)
                    * item.weight
                risks.append(
                    .init(
                        kind: risk, name: item.name, position: item.position,
                        prominence: item.estimate.prominence.rounded(toPlaces: 2),
                        rating: nil, uncertainty: nil))
                let what = item.ingredient.id < 0 ? (item.ingredient.note ?? family.label) : family.label
                add(
                    risk: risk, factor: factor, item: item,
                    source: family.sources.first ?? weights.riskSources[risk]?.first, to: &reasons,
                    detail: "\(item.name) (\(what)) \(at)")
            }
        }
        return risks
    }

    /// A sunscreen whose filters are not in its list (its sun protection comes from the SPF its name states)
    /// and whose name does not claim mineral filters most likely holds the organic filters that cause most
    /// sunscreen allergy (avobenzone, octocrylene; `heurung-2014`): the photoallergen risk counts at the
    /// weight of a probable family (`probable-filter-weight`), at its full dose, and the detail says it is a
    /// guess. A name that claims mineral filters ("100% Mineral") carries none.
    private func unlistedFilters(into reasons: inout [SkinType: [ScoreReason]], risks: inout [PoreProfile.Risk]) {
        guard spfFromName, let spf = context.statedSPF, let name = context.name,
            !NameStrength.claimsMineralFilters(name), weights.risks["photoallergen"] != nil
        else { return }
        let settings = weights.settings(forRisk: "photoallergen")
        let factor =
            settings.response(relative: 1) * context.contactFactor(settings.rinseOff, settings.leaveOn)
            * weights.probableFilterWeight
        let label = "SPF \(Int(spf)) (product name)"
        risks.append(
            .init(kind: "photoallergen", name: label, position: 0, prominence: 0, rating: nil, uncertainty: nil))
        for type in SkinType.allCases {
            guard let perType = weights.risks["photoallergen"]?[type], perType != 0 else { continue }
            let points = (perType * factor).rounded(toPlaces: 1)
            guard points != 0 else { continue }
            reasons[type, default: []].append(
                ScoreReason(
                    points: points, rule: "risk.photoallergen", ingredient: label, position: 0,
                    source: weights.riskSources["photoallergen"]?.first,
                    detail:
                        "not in the list: the name states SPF \(Int(spf)) and claims no mineral filters, so its filters are probably organic (avobenzone, octocrylene); counted at \(Int((weights.probableFilterWeight * 100).rounded()))% as a guess\(context.contactNote)"
                ))
        }
    }

    /// The strongest irritation dose among the ingredient's dose ladders that irritate.
    private func activeIrritation(_ item: ScoringContext.Item) -> (Double, DoseLadder)? {
        var best: (Double, DoseLadder)?
        for family in item.families where family.kind == .active {
            guard let ladder = weights.dose[family.id],
                let dose = ladder.irritationDose(item.ingredient, at: item.estimate), dose > 0
            else { continue }
            if best == nil || dose > best!.0 { best = (dose, ladder) }
        }
        return best
    }

    /// The risk ids of the ingredient's risk families that have weights, each once; drying alcohols and
    /// harsh surfactants already are irritants, so `irritant` is not counted again for them.
    private func familyRisks(_ item: ScoringContext.Item) -> [(String, Family)] {
        var result: [(String, Family)] = []
        for family in item.families where family.kind == .risk {
            for risk in family.risks
            where weights.risks[risk] != nil && !Self.computedRisks.contains(risk)
                && !result.contains(where: { $0.0 == risk })
            {
                result.append((risk, family))
            }
        }
        if result.contains(where: { $0.0 == "drying-alcohol" || $0.0 == "harsh-surfactant" }) {
            result.removeAll { $0.0 == "irritant" }
        }
        return result
    }

    /// How much a rating counts, and why it is uncertain: the dictionary's stated confidence when there
    /// is one; else a human-assay source in full, a rabbit-ear paper at `rabbit-ear-factor`, and a grade
    /// only compiled web lists give at `secondary-rating-factor` × `rabbit-ear-factor` — however many
    /// lists repeat it, since they copy one rabbit-ear table.
    func ratingFactor(_ ingredient: Ingredient, _ rating: Rating, kind: String) -> (Double, String?) {
        let ratings = kind == "comedogenic" ? ingredient.comedogenic : ingredient.irritancy
        // Draelos and DiNardo's finding is about comedones; an irritancy grade is only said to be an animal's.
        let animalCaveat =
            kind == "comedogenic"
            ? "rabbit-ear grades overpredict human comedones (draelos-dinardo-2006)"
            : "a rabbit-ear grade, not a test on people"
        var notes: [String] = []
        let factor: Double
        let source = context.dictionary.sources[rating.source]
        if let stated = ingredient.ratingConfidence {
            factor = weights.ratingConfidenceFactors[stated.level] ?? 1
            notes.append("\(stated.level.rawValue) confidence: \(stated.reason)")
        } else if source?.kind == .primary {
            let human = source?.assay?.lowercased().contains("human") ?? false
            factor = human ? 1 : weights.rabbitEarFactor
            if !human { notes.append(animalCaveat) }
        } else if source?.kind == .secondary || source?.kind == nil {
            // The lists copy the rabbit-ear tables: a rabbit-ear grade, transcribed.
            factor = weights.secondaryRatingFactor * weights.rabbitEarFactor
            let lists = ratings.filter { context.dictionary.sources[$0.source]?.kind == .secondary }.count
            notes.append(
                "only compiled web lists grade it"
                    + (lists > 1 ? " (\(lists) lists, which copy one rabbit-ear table: one source)" : "")
                    + "; " + animalCaveat)
        } else {
            factor = 1
        }
        if Set(ratings.map(\.printed)).count > 1 {
            notes.append("sources disagree: " + ratings.map { "\($0.printed) (\($0.source))" }.joined(separator: ", "))
        }
        return (factor, notes.isEmpty ? nil : notes.joined(separator: "; "))
    }

    private func add(
        risk: String, factor: Double, item: ScoringContext.Item, source: String?,
        to reasons: inout [SkinType: [ScoreReason]], detail: String, evidence: Double = 1
    ) {
        for type in SkinType.allCases {
            guard let perType = weights.risks[risk]?[type], perType != 0 else { continue }
            let points = (perType * factor).rounded(toPlaces: 1)
            guard points != 0 else { continue }
            reasons[type, default: []].append(
                ScoreReason(
                    points: points, rule: "risk.\(risk)", ingredient: item.name,
                    position: item.position, source: source, detail: detail, evidence: evidence))
        }
    }
}
