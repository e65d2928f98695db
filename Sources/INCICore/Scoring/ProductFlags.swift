/// Facts a shopper filters on, and the ingredients behind each. A "free from" answer is `yes` only when
/// every ingredient was recognised and none is of the kind; `no` names the ones that are; `unknown`
/// names the unrecognised ones that could be. Never "yes" on a guess.
public struct ProductFlags: Sendable, Hashable {
    public enum Answer: String, Sendable, Hashable, Codable { case yes, no, unknown }

    public struct FreeFrom: Sendable, Hashable {
        /// The flag id from `flags.txt`: `fragrance-free`, `drying-alcohol-free`, …
        public let id: String
        public let answer: Answer
        /// Recognised ingredients of the kind, in printed order (for `no`).
        public let found: [String]
        /// Ingredients inci did not recognise (for `unknown`).
        public let unrecognised: [String]

        /// true, false, or nil when unknown.
        public var value: Bool? {
            switch answer {
            case .yes: true
            case .no: false
            case .unknown: nil
            }
        }
    }

    public struct RatedIngredient: Sendable, Hashable {
        public let name: String
        public let position: Int
        public let rating: Rating
    }

    /// In `flags.txt` order.
    public let freeFrom: [FreeFrom]
    public let euAllergens: [String]
    public let pregnancyCaution: [String]
    /// Hydroxy acids at an exfoliating dose (a pH adjuster at the end of a list is not one).
    public let exfoliatingAcids: [String]
    public let retinoids: [String]
    public let fungalAcneTriggers: [String]
    public let comedogenic: [RatedIngredient]
    /// Ingredients inci did not recognise (or only by a weak fuzzy match).
    public let unrecognised: [String]
    /// Routine advice, e.g. not to stack acids and retinoids.
    public let advice: [String]

    public func freeFrom(_ id: String) -> FreeFrom? { freeFrom.first { $0.id == id } }

    public var fragranceFree: Bool? { freeFrom("fragrance-free")?.value }
    public var essentialOilFree: Bool? { freeFrom("essential-oil-free")?.value }
    public var dryingAlcoholFree: Bool? { freeFrom("drying-alcohol-free")?.value }
    public var fungalAcneSafe: Bool? { freeFrom("fungal-acne-safe")?.value }

    static func make(_ context: ScoringContext) -> ProductFlags {
        let weights = context.weights
        func names(_ predicate: (ScoringContext.Item) -> Bool) -> [String] {
            var seen: Set<String> = []
            return context.items.compactMap { item in
                predicate(item) && seen.insert(item.name).inserted ? item.name : nil
            }
        }
        /// The ingredients on the list `id` of flags.txt (at a working dose, when the list says so).
        func list(_ id: String) -> [String] {
            guard let rule = weights.lists[id] else { return [] }
            return names { item in
                rule.matches(item.ingredient)
                    && (!rule.atDose
                        || item.families.contains {
                            rule.families.contains($0.id)
                                && weights.ladder(for: $0.id).benefit(item.ingredient, at: item.estimate) > 0
                        })
            }
        }
        var unrecognisedSeen: Set<String> = []
        // Named as printed: a weak fuzzy match's guess ("Niacinamide" for "Vitamin D3") is what was not recognised.
        let unrecognised = context.unrecognised.map { LabelCase.titleCaseIfShouting($0.token.text) }.filter {
            unrecognisedSeen.insert($0).inserted
        }
        let freeFrom = weights.flags.map { rule -> FreeFrom in
            let found = names { rule.matches($0.ingredient) }
            let answer: Answer = !found.isEmpty ? .no : unrecognised.isEmpty ? .yes : .unknown
            return FreeFrom(
                id: rule.id, answer: answer, found: found, unrecognised: answer == .unknown ? unrecognised : [])
        }
        let acids = list("exfoliating-acids")
        let retinoids = list("retinoids")
        var comedogenic: [RatedIngredient] = []
        for item in context.items {
            if let rating = item.ingredient.comedogenic.first, rating.value >= weights.comedogenicThreshold,
                !comedogenic.contains(where: { $0.name == item.name })
            {
                comedogenic.append(.init(name: item.name, position: item.position, rating: rating))
            }
        }
        var advice: [String] = []
        if !acids.isEmpty && !retinoids.isEmpty {
            advice.append(
                "Contains exfoliating acids and a retinoid: introduce slowly and don't layer other acids or retinoids with it."
            )
        } else if !acids.isEmpty {
            advice.append(
                "Exfoliating acids: don't stack with a retinoid or other acids in the same routine; start 1-2 times a week."
            )
        } else if !retinoids.isEmpty {
            advice.append("Retinoid: use at night, don't stack with exfoliating acids, and wear sunscreen by day.")
        }
        return ProductFlags(
            freeFrom: freeFrom, euAllergens: list("eu-allergens"), pregnancyCaution: list("pregnancy-caution"),
            exfoliatingAcids: acids, retinoids: retinoids, fungalAcneTriggers: list("fungal-acne-triggers"),
            comedogenic: comedogenic, unrecognised: unrecognised, advice: advice)
    }
}
