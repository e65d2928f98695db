import INCICore

extension CatalogChecker {
    /// Minimum scores for claimed skin types, forbidden families, EU Annex II substances.
    func checkPolicy(_ analysis: ProductAnalysis, product: CatalogProduct, into findings: inout FindingCollector) {
        var claimedTypes = product.claimedSkinTypes
        if Claim.claims(in: product.claimText).contains(.sensitiveSkin), !claimedTypes.contains(.sensitive) { claimedTypes.append(.sensitive) }
        for type in claimedTypes {
            guard let score = analysis.score(for: type), score.score < policy.minimumScore, score.verdict != .avoid else { continue }
            findings.add(.minimumScore, "claimed for \(type.rawValue) skin, but scores \(score.score)/100, below the policy's minimum of \(policy.minimumScore)")
        }
        if !policy.forbiddenFamilies.isEmpty {
            for item in analysis.list.ingredients {
                guard let ingredient = item.ingredient else { continue }
                for family in ingredient.families where policy.forbiddenFamilies.contains(family) {
                    let label = dictionary.families[family]?.label ?? family
                    findings.add(.forbiddenFamily, "\(ingredient.name) (#\(item.token.position)) belongs to '\(family)' (\(label)), which the policy forbids", ingredient: ingredient.name)
                }
            }
        }
        if let annexII {
            for item in analysis.list.ingredients {
                guard let entry = annexII.entry(for: item) else { continue }
                findings.add(.euProhibited, "\(item.name) (#\(item.token.position)) is prohibited in EU cosmetics: Annex II entry \(entry.reference) (\(entry.name))", ingredient: item.name)
            }
        }
    }
}
