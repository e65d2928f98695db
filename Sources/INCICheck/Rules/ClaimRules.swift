import INCICore

extension CatalogChecker {
    /// Benzyl Alcohol is one of the EU's 26 fragrance allergens, but at the levels it is used as a
    /// preservative (≤ 1 %) it is not there for scent; users argue both ways. inci's choice: alone it
    /// does not contradict a fragrance-free claim (other allergens, fragrance and essential oils do).
    static let fragranceLookAlikes: Set<String> = ["Benzyl Alcohol"]

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

        if claims.contains(.fragranceFree) {
            let found = ingredients { _, ingredient, _ in
                !Self.fragranceLookAlikes.contains(ingredient.name)
                    && ingredient.families.contains { ["fragrance", "essential-oil", "eu-allergen-26"].contains($0) }
            }
            if !found.isEmpty { findings.add(.fragranceFreeClaim, "claimed fragrance-free, but contains \(describe(found))", ingredient: found[0].name) }
        }
        if claims.contains(.alcoholFree) {
            let found = ingredients { _, ingredient, _ in ingredient.families.contains("drying-alcohol") }
            if !found.isEmpty { findings.add(.alcoholFreeClaim, "claimed alcohol-free, but contains the drying alcohol \(describe(found))", ingredient: found[0].name) }
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
        if claims.contains(.parabenFree) {
            let found = ingredients { _, ingredient, _ in ingredient.families.contains("paraben") || ingredient.name.lowercased().hasSuffix("paraben") }
            if !found.isEmpty { findings.add(.parabenFreeClaim, "claimed paraben-free, but contains \(describe(found))", ingredient: found[0].name) }
        }
        if claims.contains(.sulfateFree) {
            let found = ingredients { _, ingredient, _ in
                ingredient.families.contains("harsh-sulfate")
                    || (ingredient.name.lowercased().contains("sulfate") && ingredient.roles.contains { ["surfactant", "cleansing", "foaming"].contains($0) })
            }
            if !found.isEmpty { findings.add(.sulfateFreeClaim, "claimed sulfate-free, but contains \(describe(found))", ingredient: found[0].name) }
        }
        if claims.contains(.siliconeFree) {
            let found = ingredients { _, ingredient, _ in
                ingredient.families.contains("silicone") || ingredient.name.lowercased().contains(/methicone|siloxane|dimethiconol|silsesquioxane/)
            }
            if !found.isEmpty { findings.add(.siliconeFreeClaim, "claimed silicone-free, but contains \(describe(found))", ingredient: found[0].name) }
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
