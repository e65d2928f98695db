import Foundation

/// The benefit side of a score: what each mechanism (unclog, barrier, occlusion, …) gets from the
/// ingredients serving it.
///
/// An ingredient serves a mechanism at the strength its family's dose ladder gives at its concentration
/// estimate (see `DoseLadder`), times its contact factor (rinsed off, a leave-on active works little),
/// times its match weight. A mechanism counts its strongest ingredient in full and the others at
/// `secondary-contributors` (a ceramide cream with cholesterol and fatty acids beats ceramide alone;
/// ten extracts at traces do not make a soothing product); a `combine: sum` mechanism (sun protection)
/// adds the doses first, as UV filters do.
struct BenefitScoring {
    let context: ScoringContext

    private var weights: ScoringWeights { context.weights }

    struct Contribution {
        let item: ScoringContext.Item
        let family: Family
        let ladder: DoseLadder
        let strength: Double
        /// The dose relative to the ladder's effective dose, for summed mechanisms.
        let relativeDose: Double
    }

    func score(into reasons: inout [SkinType: [ScoreReason]]) -> [PoreProfile.MechanismStrength] {
        var contributions: [Mechanism: [Contribution]] = [:]
        for item in context.items {
            for family in item.families where family.kind == .active {
                for mechanism in family.serves {
                    let contribution = contribute(item, family, mechanism)
                    if let index = contributions[mechanism]?.firstIndex(where: { $0.item.index == item.index }) {
                        if contributions[mechanism]![index].strength < contribution.strength {
                            contributions[mechanism]![index] = contribution
                        }
                    } else {
                        contributions[mechanism, default: []].append(contribution)
                    }
                }
            }
        }
        var strengths: [PoreProfile.MechanismStrength] = []
        var rankedBy: [Mechanism: [Contribution]] = [:]
        var strengthOf: [Mechanism: Double] = [:]
        for mechanism in Mechanism.allCases {
            guard let serving = contributions[mechanism]?.filter({ $0.strength > 0 || $0.relativeDose > 0 }),
                !serving.isEmpty
            else { continue }
            let ranked = serving.sorted {
                $0.strength != $1.strength ? $0.strength > $1.strength : $0.item.position < $1.item.position
            }
            rankedBy[mechanism] = ranked
            strengthOf[mechanism] = weights.summedMechanisms.contains(mechanism) ? summed(ranked) : combined(ranked)
        }
        let namedSPF = statedSunProtection(beyond: strengthOf[.sunProtection] ?? 0)
        if let namedSPF {
            // The filters the list shows still serve (and are named in the pore profile); an empty list of
            // them is what tells the risks that the product's filters are not in its list at all.
            let listed = (rankedBy[.sunProtection] ?? []).map(Self.profileIngredient)
            rankedBy[.sunProtection] = nil
            strengthOf[.sunProtection] = namedSPF.strength
            strengths.append(
                .init(
                    mechanism: .sunProtection, strength: namedSPF.strength.rounded(toPlaces: 2), ingredients: listed))
            for type in SkinType.allCases {
                guard let perType = weights.mechanisms[.sunProtection]?[type], perType != 0 else { continue }
                let points = (perType * namedSPF.strength).rounded(toPlaces: 1)
                guard points != 0 else { continue }
                reasons[type, default: []].append(
                    ScoreReason(
                        points: points, rule: "mechanism.sun-protection", ingredient: namedSPF.label, position: 0,
                        source: namedSPF.source, detail: namedSPF.detail))
            }
        }
        for mechanism in Mechanism.allCases {
            guard let ranked = rankedBy[mechanism], let strength = strengthOf[mechanism], strength > 0 else { continue }
            let sealing = weights.sealing[mechanism]
            let sealed = sealing.map { $0.by.map { sealingStrength($0, strengthOf, contributions) }.max() ?? 0 } ?? 1
            strengths.append(
                .init(
                    mechanism: mechanism, strength: strength.rounded(toPlaces: 2),
                    ingredients: ranked.map(Self.profileIngredient)))
            let strongest = ranked[0]
            let others = ranked.dropFirst().prefix(3).map(\.item.name)
            let contact =
                context.rinsedOff
                ? "; \(context.contactNote.dropFirst(2)), it counts at \(Int((context.contactFactor(strongest.ladder.rinseOff) * 100).rounded()))%"
                : ""
            let detail =
                "\(strongest.item.name) (\(strongest.family.label)) serves \(mechanism.rawValue) at \(ScoringContext.describe(strongest.item.estimate))"
                + ": \(Int((strength * 100).rounded()))% of full strength\(contact)"
                + (others.isEmpty ? "" : "; with " + others.joined(separator: ", "))
            for type in SkinType.allCases {
                guard let perType = weights.mechanisms[mechanism]?[type], perType != 0 else { continue }
                // Unsealed, the mechanism counts `unsealed` of its points; sealed in full, all of them.
                let unsealed = sealing?.unsealed[type] ?? 1
                let sealFactor = unsealed + (1 - unsealed) * min(1, sealed)
                // Left on, a product made to be rinsed off keeps the costs of its base (clay's drying for
                // dry skin) but gains no more than the use it is made for gives.
                let ceiling = perType > 0 ? context.madeForCeiling(strongest.ladder.rinseOff) : 1
                let points = (perType * strength * sealFactor * ceiling).rounded(toPlaces: 1)
                guard points != 0 else { continue }
                let madeForNote =
                    ceiling < 0.995
                    ? "; made to be rinsed off (\(context.madeForNote)), left on it counts as used so: \(Int((ceiling * 100).rounded()))%"
                    : ""
                let sealNote =
                    sealFactor < 0.995
                    ? "; nothing in the product seals it in for \(type.rawValue) skin (\(sealing!.by.joined(separator: " or ")) \(Int((sealed * 100).rounded()))%), so it counts at \(Int((sealFactor * 100).rounded()))%"
                    : ""
                reasons[type, default: []].append(
                    ScoreReason(
                        points: points, rule: "mechanism.\(mechanism.rawValue)", ingredient: strongest.item.name,
                        position: strongest.item.position,
                        source: sealFactor < 0.995
                            ? weights.mechanismSources[mechanism]?.first
                            : strongest.ladder.sources.first ?? strongest.family.sources.first
                                ?? weights.mechanismSources[mechanism]?.first,
                        detail: detail + sealNote + madeForNote))
            }
        }
        return strengths
    }

    private func contribute(_ item: ScoringContext.Item, _ family: Family, _ mechanism: Mechanism) -> Contribution {
        let ladder = weights.ladder(for: family.id)
        var strength = ladder.benefit(item.ingredient, at: item.estimate) * ladder.efficacy(for: mechanism)
        if item.estimate.belowOnePercentLine && !item.estimate.basis.isFact && item.estimate.basis != .trace {
            strength = min(strength, weights.lowLevelStrength)
        }
        if item.estimate.basis == .trace { strength = min(strength, 0.05) }
        let contact = context.contactFactor(ladder.rinseOff)
        let relative = item.estimate.share * ladder.potency(of: item.ingredient) / ladder.effective
        return Contribution(
            item: item, family: family, ladder: ladder, strength: strength * contact * item.weight,
            relativeDose: item.estimate.basis == .trace
                ? 0 : relative * contact * item.weight * ladder.efficacy(for: mechanism))
    }

    /// Sun protection from the SPF the product's name states, when the filters the list shows account for
    /// less (a catalog row that leaves out a sunscreen's Drug Facts actives; a tinted cream whose filters
    /// are printed apart). The SPF is read on the filters' ladder: SPF 30 is the full strength that 15 % of
    /// filters give, lower SPFs on the same log scale (SPF 15 ≈ 0.8). Rinsed off, it protects nothing.
    private func statedSunProtection(beyond listed: Double) -> (
        strength: Double, label: String, source: String?, detail: String
    )? {
        guard let spf = context.statedSPF, let family = context.dictionary.families["uv-filter"] else { return nil }
        let ladder = weights.ladder(for: family.id)
        let strength = min(1, log(spf) / log(30)) * context.contactFactor(ladder.rinseOff)
        guard strength > listed + 0.005 else { return nil }
        let shown =
            listed > 0
            ? "the filters in its list account for \(Int((listed * 100).rounded()))%" : "its list shows no UV filter"
        return (
            strength, "SPF \(Int(spf)) (product name)", ladder.sources.first,
            "the product name states SPF \(Int(spf)) (a tested claim) and \(shown): sun protection counted from the SPF at \(Int((strength * 100).rounded()))% of full strength\(context.contactNote)"
        )
    }

    /// A contribution as the pore profile names it.
    private static func profileIngredient(_ contribution: Contribution) -> PoreProfile.Contributor {
        .init(
            name: contribution.item.name, position: contribution.item.position,
            prominence: contribution.strength.rounded(toPlaces: 2),
            belowOnePercentLine: contribution.item.estimate.belowOnePercentLine)
    }

    /// How strongly a mechanism, or the strongest ingredient of a family, seals water in.
    private func sealingStrength(
        _ name: String, _ strengthOf: [Mechanism: Double], _ contributions: [Mechanism: [Contribution]]
    ) -> Double {
        if let mechanism = Mechanism(rawValue: name) { return strengthOf[mechanism] ?? 0 }
        return contributions.values.joined().filter { $0.family.id == name }.map(\.strength).max() ?? 0
    }

    /// The strongest in full, the others at `secondary-contributors`, as independent chances.
    private func combined(_ ranked: [Contribution]) -> Double {
        var missing = 1 - ranked[0].strength
        for other in ranked.dropFirst() { missing *= 1 - weights.secondaryContributors * other.strength }
        return min(1, max(0, 1 - missing))
    }

    /// Doses added (relative to each family's effective dose), read on the first ladder's log scale. The
    /// most the sum reaches is its members' efficacy weighted by their doses: a film of dimethicone with a
    /// trace of petrolatum lets water through as dimethicone does (kraft-lynde-2005), not as petrolatum.
    private func summed(_ ranked: [Contribution]) -> Double {
        let total = ranked.reduce(0) { $0 + $1.relativeDose }
        let ladder = ranked[0].ladder
        let threshold = ladder.threshold / ladder.effective
        guard total > threshold else { return 0 }
        let efficacy =
            ranked.reduce(0) { $0 + $1.relativeDose * $1.ladder.efficacy(of: $1.item.ingredient) } / total
        return efficacy * min(1, log(total / threshold) / log(1 / threshold))
    }
}
