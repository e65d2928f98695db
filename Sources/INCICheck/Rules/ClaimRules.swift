import INCICore

extension CatalogChecker {
    /// Free-from claims and the flag (`Dictionaries/scoring/flags.txt`) that decides each: the same
    /// answer `inci analyze` and `inci scan` give, so the three never disagree on what a product contains.
    static let freeFromClaims: [(claim: Claim, flag: String, rule: RuleID, what: String)] = [
        (.fragranceFree, "fragrance-free", .fragranceFreeClaim, "fragrance-free"),
        (.alcoholFree, "drying-alcohol-free", .alcoholFreeClaim, "alcohol-free"),
        (.parabenFree, "paraben-free", .parabenFreeClaim, "paraben-free"),
        (.sulfateFree, "sulfate-free", .sulfateFreeClaim, "sulfate-free"),
        (.siliconeFree, "silicone-free", .siliconeFreeClaim, "silicone-free"),
    ]

    func checkClaims(_ analysis: ProductAnalysis, product: CatalogProduct, into findings: inout FindingCollector) {
        // Claims of the claims column and those printed with the list itself ("…, Sans Parfum, …").
        let claims = Set(Claim.claims(in: product.claimText)).union(analysis.list.claims)
        let items = analysis.list.ingredients
        let estimates = analysis.estimates

        func ingredients(_ predicate: (MatchedIngredient, Ingredient, ConcentrationEstimate) -> Bool) -> [MatchedIngredient] {
            zip(items, estimates).compactMap { item, estimate in
                guard let ingredient = item.ingredient, predicate(item, ingredient, estimate) else { return nil }
                return item
            }
        }
        func describe(_ found: [MatchedIngredient]) -> String {
            found.prefix(4).map { "\($0.name) (#\($0.token.position))" }.joined(separator: ", ") + (found.count > 4 ? ", …" : "")
        }

        for (claim, flag, rule, what) in Self.freeFromClaims where claims.contains(claim) {
            guard let answer = analysis.flags.freeFrom(flag), answer.answer == .no else { continue }
            let found = answer.found.compactMap { name in items.first { $0.name == name } }
            let kind = claim == .alcoholFree ? "the drying alcohol " : ""
            findings.add(rule, "claimed \(what), but contains \(kind)\(describe(found))", ingredient: found.first?.name ?? answer.found[0])
        }
        if claims.contains(.nonComedogenic) {
            let found = ingredients { _, ingredient, estimate in
                (ingredient.comedogenic.first?.value ?? 0) >= policy.comedogenicRating && !estimate.belowOnePercentLine
            }
            if !found.isEmpty {
                let rated = found.prefix(4).map { "\($0.name) (#\($0.token.position), rated \($0.ingredient!.comedogenic[0].printed)/5 by \($0.ingredient!.comedogenic[0].source))" }
                findings.add(.nonComedogenicClaim, "claimed non-comedogenic, but contains " + rated.joined(separator: ", ") + " above the 1% line", ingredient: found[0].name)
            }
        }
        if claims.contains(.oilFree) {
            let found = ingredients { item, ingredient, estimate in
                guard !estimate.belowOnePercentLine else { return false }
                let words = NameKey.make(ingredient.name).split(separator: " ")
                let isOil = words.contains("oil") && !words.contains("extract") && !ingredient.families.contains("essential-oil")
                    && !["peg", "ppg", "polyglyceryl"].contains(String(words.first ?? ""))
                return isOil || ["paraffinum liquidum", "mineral oil"].contains(NameKey.make(ingredient.name))
            }
            if !found.isEmpty { findings.add(.oilFreeClaim, "claimed oil-free, but contains \(describe(found)) above the 1% line", ingredient: found[0].name) }
        }
        var claimedTypes = product.claimedSkinTypes
        if claims.contains(.sensitiveSkin), !claimedTypes.contains(.sensitive) { claimedTypes.append(.sensitive) }
        for type in claimedTypes {
            guard let score = analysis.score(for: type), score.verdict == .avoid else { continue }
            let reasons = score.reasons.filter { $0.points < 0 }.prefix(2).map { "\($0.ingredient) (\($0.rule))" }.joined(separator: ", ")
            findings.add(.claimedSkinTypeAvoid, "claimed for \(type.rawValue) skin, but inci scores it \(score.score)/100 (avoid): \(reasons)")
        }
        if claims.contains(.poreMinimizing) {
            let poreMechanisms: Set<Mechanism> = [.unclog, .sebumControl, .firming, .oilAbsorption]
            let active = analysis.poreProfile.mechanisms.filter { poreMechanisms.contains($0.mechanism) }
                .flatMap(\.ingredients).filter { !$0.belowOnePercentLine }
            if active.isEmpty {
                let low = analysis.poreProfile.mechanisms.filter { poreMechanisms.contains($0.mechanism) }.flatMap(\.ingredients).map(\.name)
                findings.add(.poreClaimWithoutActive, "claims to minimize pores, but no pore-relevant active (BHA/AHA, niacinamide, retinoid, zinc, clay, …) is above the 1% line"
                             + (low.isEmpty ? "" : "; only at a low level: \(low.prefix(3).joined(separator: ", "))"))
            }
        }
    }
}
