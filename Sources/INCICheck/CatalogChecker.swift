import INCICore

/// Runs the policy's rules on one product at a time: catalog text → ingredients → scores → findings.
/// Holds no per-catalog state, so memory stays flat however many rows are checked.
public struct CatalogChecker: Sendable {
    public let policy: CheckPolicy
    public let dictionary: IngredientDictionary
    public let annexII: AnnexIIList?
    /// The earlier catalog `--against` names, for the `reformulated` rule.
    public let previous: PreviousCatalog?
    let analyzer: IngredientAnalyzer
    let scorer: Scorer

    public init(
        policy: CheckPolicy, dictionary: IngredientDictionary, annexII: AnnexIIList? = nil,
        previous: PreviousCatalog? = nil
    ) {
        self.policy = policy
        self.dictionary = dictionary
        self.annexII = annexII
        self.previous = previous
        analyzer = IngredientAnalyzer(dictionary: dictionary)
        scorer = Scorer(dictionary: dictionary)
    }

    /// One product's findings, and its scores when its list could be read (for the report's histogram).
    public struct Checked: Sendable {
        public let findings: [Finding]
        public let scores: [SkinScore]
    }

    public func check(_ product: CatalogProduct) -> [Finding] { checkAndScore(product).findings }

    public func checkAndScore(_ product: CatalogProduct) -> Checked {
        let reading = read(product)
        let subject = RuleSubject(
            product: product, reading: reading, policy: policy, dictionary: dictionary, annexII: annexII,
            previous: earlier(product))
        var findings = FindingCollector(policy: policy, location: product.location)
        for rule in CheckRules.all { rule.check(subject, into: &findings) }
        guard case .analyzed(let analysis) = reading else { return Checked(findings: findings.all, scores: []) }
        return Checked(findings: findings.all, scores: analysis.scores)
    }

    /// The product's earlier version, read as the product is, when the earlier catalog holds it with a list
    /// that differs. The same text cannot be a reformulation, so most products of a catalog checked against
    /// its last release are not analyzed twice.
    private func earlier(_ product: CatalogProduct) -> RuleSubject.Previous? {
        guard let entry = previous?.entry(for: product), entry.product.ingredients != product.ingredients,
            case .analyzed(let analysis) = read(entry.product)
        else { return nil }
        return RuleSubject.Previous(analysis: analysis, place: entry.place)
    }

    /// Reads the ingredient cell once for every rule: the list a page's extractor already matched, or the
    /// catalog's text analyzed and scored.
    private func read(_ product: CatalogProduct) -> RuleSubject.Reading {
        guard !product.ingredients.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return .missing }
        let list: IngredientList
        if let matched = product.list {
            list = matched
        } else {
            do throws(TokenizerError) { list = try analyzer.analyze(product.ingredients) } catch {
                return .notAList(error)
            }
        }
        return .analyzed(
            scorer.analyze(list, productType: .decide(given: nil, name: product.name, category: product.category)))
    }
}
