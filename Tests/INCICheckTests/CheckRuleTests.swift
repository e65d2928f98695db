import Foundation
import INCICheck
import INCICore
import INCIDictionaryData
import Testing

/// Each rule of `inci check`, in process: it fires on a product that breaks it, stays silent on one that
/// keeps it, and honours the policy's switches, severities and the options it declares.
@Suite struct CheckRuleTests {
    static let dictionary = EmbeddedDictionary.shared

    static func product(
        _ ingredients: String, name: String = "Test Product", claims: Set<Claim> = [],
        skinTypes: [SkinType] = []
    ) -> CatalogProduct {
        CatalogProduct(
            file: "catalog.csv", line: 2, name: name, ingredientsColumn: "INCI", ingredients: ingredients,
            claims: claims, claimedSkinTypes: skinTypes)
    }

    static func findings(_ product: CatalogProduct, policy: CheckPolicy = CheckPolicy()) -> [Finding] {
        CatalogChecker(policy: policy, dictionary: dictionary).check(product)
    }

    /// A plain, well-formed list that keeps every claim below.
    static let plain = "Water, Glycerin, Niacinamide, Panthenol, Sodium Hyaluronate, Phenoxyethanol, Ethylhexylglycerin"

    struct Case: Sendable, CustomStringConvertible {
        let rule: String
        let breaking: CatalogProduct
        let keeping: CatalogProduct
        /// Words the message must hold (the evidence a catalog editor needs).
        let evidence: String
        var description: String { rule }
    }

    static let cases: [Case] = [
        Case(rule: "missing-ingredients", breaking: product(" "), keeping: product(plain), evidence: "column 'INCI'"),
        Case(
            rule: "not-an-ingredient-list", breaking: product("See packaging for the full list of ingredients."),
            keeping: product(plain), evidence: "not an ingredient list"),
        Case(
            rule: "unknown-ingredients", breaking: product("Water, Qwxzq Blend, Florbium Extract, Zzyzx Complex"),
            keeping: product(plain), evidence: "are not recognized"),
        Case(
            rule: "duplicate-ingredient", breaking: product("Water, Glycerin, Niacinamide, Glycerin"),
            keeping: product(plain),
            evidence: "Glycerin is listed twice (#2 and #4)"),
        Case(
            rule: "probable-typo", breaking: product("Water, Glycerine, Niacinamid, Phenoxyethanol"),
            keeping: product(plain),
            evidence: "did you mean \"Niacinamide\""),
        Case(
            rule: "percent-out-of-range", breaking: product("Water 80%, Glycerin 30%, Niacinamide"),
            keeping: product(plain),
            evidence: "add up to 110.0%"),
        Case(
            rule: "fragrance-free-claim", breaking: product(plain + ", Parfum, Linalool", claims: [.fragranceFree]),
            keeping: product(plain, claims: [.fragranceFree]), evidence: "Parfum"),
        Case(
            rule: "alcohol-free-claim", breaking: product("Water, Alcohol Denat., Glycerin", claims: [.alcoholFree]),
            keeping: product("Water, Cetearyl Alcohol, Glycerin", claims: [.alcoholFree]),
            evidence: "the drying alcohol Alcohol Denat."),
        Case(
            rule: "paraben-free-claim", breaking: product(plain + ", Methylparaben", claims: [.parabenFree]),
            keeping: product(plain, claims: [.parabenFree]), evidence: "Methylparaben"),
        Case(
            rule: "sulfate-free-claim",
            breaking: product("Water, Sodium Lauryl Sulfate, Cocamidopropyl Betaine", claims: [.sulfateFree]),
            keeping: product("Water, Cocamidopropyl Betaine, Glycerin", claims: [.sulfateFree]),
            evidence: "Sodium Lauryl Sulfate"),
        Case(
            rule: "silicone-free-claim", breaking: product("Water, Dimethicone, Glycerin", claims: [.siliconeFree]),
            keeping: product(plain, claims: [.siliconeFree]), evidence: "Dimethicone"),
        Case(
            rule: "non-comedogenic-claim",
            breaking: product("Isopropyl Myristate, Water, Glycerin", claims: [.nonComedogenic]),
            keeping: product(plain, claims: [.nonComedogenic]), evidence: "Isopropyl Myristate (#1, rated"),
        Case(
            rule: "oil-free-claim",
            breaking: product("Water, Helianthus Annuus Seed Oil, Glycerin", claims: [.oilFree]),
            keeping: product(plain, claims: [.oilFree]), evidence: "Seed Oil (#2) above the 1% line"),
        Case(
            rule: "pore-claim-without-active",
            breaking: product("Water, Glycerin, Butylene Glycol, Phenoxyethanol", claims: [.poreMinimizing]),
            keeping: product("Water, Niacinamide, Glycerin, Phenoxyethanol", claims: [.poreMinimizing]),
            evidence: "no pore-relevant active"),
    ]

    @Test("each rule fires on a product that breaks it and not on one that keeps it", arguments: cases)
    func ruleFiresOnlyWhenBroken(_ example: Case) throws {
        let broken = Self.findings(example.breaking).filter { $0.rule.rawValue == example.rule }
        #expect(broken.count >= 1, "\(example.rule) did not fire")
        #expect(broken.contains { $0.message.contains(example.evidence) }, "messages: \(broken.map(\.message))")
        #expect(broken.allSatisfy { $0.severity == RuleID(rawValue: example.rule).rule?.defaultSeverity })
        let kept = Self.findings(example.keeping).filter { $0.rule.rawValue == example.rule }
        #expect(kept.isEmpty, "\(example.rule) fired on a product that keeps it: \(kept.map(\.message))")
    }

    @Test(
        "skin-type rules: an 'avoid' score for a claimed type is an error, a low one below the policy's minimum a warning"
    )
    func skinTypeRules() throws {
        let harsh = Self.product(
            "Alcohol Denat., Water, Menthol, Parfum, Limonene, Linalool, Eugenol, Citral", skinTypes: [.sensitive])
        let avoid = Self.findings(harsh).filter { $0.rule.rawValue == "claimed-skin-type-avoid" }
        #expect(avoid.count == 1)
        #expect(avoid.first?.message.contains("claimed for sensitive skin") == true)
        // The cause names two ingredients, each once, never a model correction that names none.
        let cause = try #require(avoid.first?.message.split(separator: "(avoid): ").last)
        let named = cause.split(separator: ", ").map { $0.split(separator: " (").first.map(String.init) ?? "" }
        #expect(named.count == 2 && Set(named).count == 2 && !named.contains(""), "\(cause)")
        #expect(named.first == "Alcohol Denat.", "\(cause)")
        #expect(
            !cause.contains("model."), "a cause is named by its own risk, not the deal-breaker added on top: \(cause)")
        var policy = CheckPolicy()
        policy.minimumScore = 101
        let gentle = Self.product(Self.plain, skinTypes: [.dry])
        let low = Self.findings(gentle, policy: policy).filter { $0.rule.rawValue == "minimum-score" }
        #expect(low.count == 1 && low[0].message.contains("below the policy's minimum of 101"))
        #expect(Self.findings(gentle).filter { $0.rule.rawValue == "minimum-score" }.isEmpty)
    }

    @Test("a 'for sensitive skin' claim printed in the list makes sensitive a claimed type for every skin-type rule")
    func claimPrintedWithTheListCounts() {
        let list =
            "For sensitive skin. Ingredients: Alcohol Denat., Water, Menthol, Parfum, Limonene, Linalool, Eugenol, Citral"
        let findings = Self.findings(Self.product(list))
        #expect(findings.contains { $0.rule.rawValue == "claimed-skin-type-avoid" && $0.message.contains("sensitive") })
    }

    @Test("a weak fuzzy guess counts as not recognized, named as printed")
    func weakGuessIsUnknown() throws {
        let policy = try PolicyLoader.parse(
            "rules:\n  unknown-ingredients: { threshold: 0.3 }\n", file: "p.yml", knownFamilies: [])
        let found = Self.findings(Self.product("Water, Sodium Laurel Sulfate, Glycerin"), policy: policy)
            .filter { $0.rule.rawValue == "unknown-ingredients" }
        #expect(found.count == 1)
        #expect(found.first?.message.hasSuffix(": Sodium Laurel Sulfate") == true, "\(found.map(\.message))")
    }

    @Test("the policy turns a rule off or changes its severity")
    func policySwitches() throws {
        let broken = Self.product(Self.plain + ", Parfum", claims: [.fragranceFree])
        let policy = try PolicyLoader.parse(
            "rules:\n  fragrance-free-claim: off\n  probable-typo: error\n", file: "p.yml", knownFamilies: [])
        #expect(Self.findings(broken, policy: policy).isEmpty)
        let typo = Self.findings(Self.product("Water, Niacinamid"), policy: policy).filter {
            $0.rule.rawValue == "probable-typo"
        }
        #expect(typo.map(\.severity) == [.error])
    }

    @Test("a rule's options are declared by the rule: accepted on it, refused on another, validated by its bounds")
    func declaredOptions() throws {
        let policy = try PolicyLoader.parse(
            "rules:\n  unknown-ingredients: { threshold: 0.5 }\n  minimum-score: { minimum: 55 }\n  non-comedogenic-claim: { rating: 4 }\n",
            file: "p.yml", knownFamilies: [])
        #expect(policy.unknownThreshold == 0.5 && policy.minimumScore == 55 && policy.comedogenicRating == 4)
        #expect(throws: PolicyError.self) {
            try PolicyLoader.parse("rules:\n  probable-typo: { threshold: 0.5 }\n", file: "p.yml", knownFamilies: [])
        }
        do {
            _ = try PolicyLoader.parse("rules:\n  minimum-score:\n    minimum: 120\n", file: "p.yml", knownFamilies: [])
            Issue.record("a minimum of 120 was accepted")
        } catch {
            #expect(error.description == "p.yml:3: 'minimum' is a score between 0 and 100")
        }
        do {
            _ = try PolicyLoader.parse("rules:\n  fragance-free-claim: off\n", file: "p.yml", knownFamilies: [])
            Issue.record("an unknown rule was accepted")
        } catch {
            #expect(error.description.contains("unknown rule 'fragance-free-claim'"))
        }
    }

    @Test(
        "a kit's repeats are expected: a kit word in the name skips duplicate-ingredient, the same letters inside a word do not",
        arguments: [
            ("Travel Kit", false), ("Mini Set: Cleanser + Cream", false), ("Skincare Minis", false),
            ("Sunset Glow Cream", true), ("Miniature Balm", true), ("Duologue Serum", true),
        ])
    func kitNames(name: String, reportsTheRepeat: Bool) {
        let findings = Self.findings(Self.product("Water, Glycerin, Niacinamide, Glycerin", name: name))
        #expect(findings.contains { $0.rule.rawValue == "duplicate-ingredient" } == reportsTheRepeat)
    }

    @Test("one registry: ids are unique kebab-case, every rule has a summary, and the policy knows every rule")
    func registry() {
        let ids = CheckRules.all.map(\.id.rawValue)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil })
        #expect(CheckRules.all.allSatisfy { !$0.summary.isEmpty && $0.summary.hasSuffix(".") })
        #expect(RuleID.allCases.map(\.rawValue) == ids)
        let policy = CheckPolicy()
        #expect(CheckRules.all.allSatisfy { policy.setting($0.id).severity == $0.defaultSeverity })
    }
}
