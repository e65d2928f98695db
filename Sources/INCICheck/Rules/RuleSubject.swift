import INCICore

/// What the rules look at for one product: the catalog's row, how its ingredient cell read, and the
/// claims and claimed skin types worked out once for every rule.
public struct RuleSubject: Sendable {
    /// How the ingredient cell read.
    public enum Reading: Sendable {
        /// The cell is empty (or there is no ingredients column).
        case missing
        /// The cell has text that is not an ingredient list (prose, a placeholder).
        case notAList(TokenizerError)
        /// A list, matched and scored.
        case analyzed(ProductAnalysis)
    }

    public let product: CatalogProduct
    public let reading: Reading
    public let policy: CheckPolicy
    public let dictionary: IngredientDictionary
    public let annexII: AnnexIIList?
    /// The catalog's claims and those printed with the list itself ("…, Sans Parfum, …").
    public let claims: Set<Claim>
    /// The skin types the catalog claims, plus sensitive when a claim says "for sensitive skin".
    public let claimedSkinTypes: [SkinType]
    /// The same product in the earlier catalog (`--against`), analyzed, when it is there and holds a list.
    public let previous: Previous?

    /// A product's earlier version: its analysis, and where it was read (`old.csv:12`).
    public struct Previous: Sendable {
        public let analysis: ProductAnalysis
        public let place: String

        public init(analysis: ProductAnalysis, place: String) {
            self.analysis = analysis
            self.place = place
        }
    }

    public init(
        product: CatalogProduct, reading: Reading, policy: CheckPolicy, dictionary: IngredientDictionary,
        annexII: AnnexIIList?, previous: Previous? = nil
    ) {
        self.product = product
        self.previous = previous
        self.reading = reading
        self.policy = policy
        self.dictionary = dictionary
        self.annexII = annexII
        var claims = product.claims
        if case .analyzed(let analysis) = reading { claims.formUnion(analysis.list.claims) }
        self.claims = claims
        var types = product.claimedSkinTypes
        if claims.contains(.sensitiveSkin), !types.contains(.sensitive) { types.append(.sensitive) }
        claimedSkinTypes = types
    }

    /// The analysis, when the cell read as a list.
    public var analysis: ProductAnalysis? {
        if case .analyzed(let analysis) = reading { analysis } else { nil }
    }

    /// The matched ingredients with their estimates, for rules that look at each.
    var ingredientsWithEstimates: Zip2Sequence<[MatchedIngredient], [ConcentrationEstimate]> {
        let analysis = self.analysis
        return zip(analysis?.list.ingredients ?? [], analysis?.estimates ?? [])
    }
}

extension [MatchedIngredient] {
    /// Up to four names with their positions, for a message ("Parfum (#12), Linalool (#14), …").
    var describedForFinding: String {
        prefix(4).map { "\($0.name) (#\($0.token.position))" }.joined(separator: ", ") + (count > 4 ? ", …" : "")
    }
}
