import INCICore

/// Runs the policy's rules on one product at a time: catalog text → ingredients → scores → findings.
/// Holds no per-catalog state, so memory stays flat however many rows are checked.
public struct CatalogChecker: Sendable {
    public let policy: CheckPolicy
    public let dictionary: IngredientDictionary
    public let annexII: AnnexIIList?
    let analyzer: IngredientAnalyzer
    let scorer: Scorer

    public init(policy: CheckPolicy, dictionary: IngredientDictionary, annexII: AnnexIIList? = nil) {
        self.policy = policy
        self.dictionary = dictionary
        self.annexII = annexII
        analyzer = IngredientAnalyzer(dictionary: dictionary)
        scorer = Scorer(dictionary: dictionary)
    }

    public func check(_ product: CatalogProduct) -> [Finding] {
        var findings = FindingCollector(policy: policy, location: product.location)
        let trimmed = product.ingredients.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            findings.add(.missingIngredients, "no ingredient list\(product.ingredientsColumn.map { " in column '\($0)'" } ?? " (no ingredients column found)")")
            return findings.all
        }
        let list: IngredientList
        do throws(TokenizerError) {
            if let matched = product.list { list = matched } else { list = try analyzer.analyze(product.ingredients) }
        } catch {
            findings.add(.notAnIngredientList, "the ingredient cell is not an ingredient list: \(error.description)")
            return findings.all
        }
        let analysis = scorer.analyze(list, productType: .decide(given: nil, name: product.name, category: product.category))
        checkDataQuality(analysis, product: product, into: &findings)
        checkClaims(analysis, product: product, into: &findings)
        checkPolicy(analysis, product: product, into: &findings)
        return findings.all
    }
}

/// Collects findings for one product, applying the policy's rule switches and severities.
struct FindingCollector {
    let policy: CheckPolicy
    let location: FindingLocation
    private(set) var all: [Finding] = []

    init(policy: CheckPolicy, location: FindingLocation) {
        self.policy = policy
        self.location = location
    }

    mutating func add(_ rule: RuleID, _ message: String, ingredient: String? = nil) {
        let setting = policy.setting(rule)
        guard setting.enabled else { return }
        all.append(Finding(rule: rule, severity: setting.severity, message: message, location: location, ingredient: ingredient))
    }
}

import Foundation
