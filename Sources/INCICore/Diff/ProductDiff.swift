/// What changed between two versions of one product's list (a reformulation), in the terms of the
/// analysis: ingredients added, removed and moved (the 1% line crossed called out), printed percentages
/// changed, families gained, lost or shifted, flags changed, and each skin type's score with the reasons
/// that changed. Built by `ProductDiff.init(old:new:dictionary:)` from two analyses; ingredients are
/// compared by what they are, not how they are printed (`Water` and `Aqua/Water/Eau` are one).
public struct ProductDiff: Sendable, Hashable {
    /// Where an ingredient stands in one version.
    public struct Placement: Sendable, Hashable {
        public let position: Int
        /// As printed in that version.
        public let printed: String
        /// The printed percentage, when there is one.
        public let percent: Double?
        public let estimate: ConcentrationEstimate

        /// The estimate in the scorer's words: "2% as printed", "~4% (1–10%, estimated from its position)".
        public var estimateDescription: String { ScoringContext.describe(estimate) }
    }

    /// Which way an ingredient (or a family's leading ingredient) crossed the 1% line.
    public enum LineCrossing: String, Sendable, Hashable, Codable {
        /// It was above the line and is now after it.
        case fellBelow = "fell-below"
        /// It was after the line and is now above it.
        case roseAbove = "rose-above"

        init?(old: ConcentrationEstimate, new: ConcentrationEstimate) {
            switch (old.belowOnePercentLine, new.belowOnePercentLine) {
            case (false, true): self = .fellBelow
            case (true, false): self = .roseAbove
            default: return nil
            }
        }
    }

    /// One ingredient in either version or both.
    public struct IngredientChange: Sendable, Hashable {
        /// The canonical name (the new version's reading when in both).
        public let name: String
        /// nil when added.
        public let old: Placement?
        /// nil when removed.
        public let new: Placement?
        /// Set when the ingredient is in both versions and crossed the 1% line.
        public let crossing: LineCrossing?
    }

    /// A family present in one version only, or whose leading ingredient shifted.
    public struct FamilyChange: Sendable, Hashable {
        public enum Change: String, Sendable, Hashable, Codable {
            case gained, lost
            /// In both; its leading ingredient is now much more of the product (×2 or more) or rose above the 1% line.
            case rose
            /// In both; its leading ingredient is now much less of the product or fell below the 1% line.
            case fell
        }

        /// The family id (`fragrance`, `drying-alcohol`, `bha`, …).
        public let family: String
        public let label: String
        public let kind: Family.Kind
        public let change: Change
        /// The family's first ingredient in the old version (nil when gained).
        public let oldLead: IngredientChange?
        /// The family's first ingredient in the new version (nil when lost).
        public let newLead: IngredientChange?
        /// Set when the leading ingredient crossed the 1% line.
        public let crossing: LineCrossing?
    }

    /// A free-from flag whose answer changed (`fragrance-free`: yes → no).
    public struct FlagChange: Sendable, Hashable {
        public let id: String
        public let old: ProductFlags.Answer
        public let new: ProductFlags.Answer
    }

    /// A list flag (EU allergens, pregnancy caution, exfoliating acids, …) whose names changed.
    public struct ListChange: Sendable, Hashable {
        /// The JSON name of the list: `eu_allergens`, `pregnancy_caution`, `exfoliating_acids`, `retinoids`,
        /// `fungal_acne_triggers`, `comedogenic`, `unrecognised`.
        public let list: String
        public let added: [String]
        public let removed: [String]
    }

    /// One reason of a skin type's score whose points changed, appeared or went away.
    public struct ReasonChange: Sendable, Hashable {
        public let rule: String
        /// Empty for model-wide reasons (diminishing returns).
        public let ingredient: String
        /// nil when the reason is new.
        public let oldPoints: Double?
        /// nil when the reason is gone.
        public let newPoints: Double?
        /// The sentence of the newest version that has the reason.
        public let detail: String
        public let source: String?

        /// New points minus old ones (a missing side counts 0), rounded to 0.1.
        public var delta: Double { ((newPoints ?? 0) - (oldPoints ?? 0)).rounded(toPlaces: 1) }
    }

    /// One skin type's score in both versions.
    public struct ScoreChange: Sendable, Hashable {
        public let skinType: SkinType
        public let old: Int
        public let new: Int
        public let oldVerdict: Verdict
        public let newVerdict: Verdict
        /// Largest changes first.
        public let reasons: [ReasonChange]

        public var delta: Int { new - old }
    }

    /// Ingredients in the new version only, in new order.
    public let added: [IngredientChange]
    /// Ingredients in the old version only, in old order.
    public let removed: [IngredientChange]
    /// Ingredients in both whose order relative to the others changed, or that crossed the 1% line, in new order.
    public let moved: [IngredientChange]
    /// Ingredients in both whose printed percentage changed (printed in one version only included), in new order.
    public let percentChanges: [IngredientChange]
    /// Families gained and lost, then those that shifted, each in family order of the dictionary's ids.
    public let families: [FamilyChange]
    public let flags: [FlagChange]
    public let lists: [ListChange]
    /// Every skin type, in `SkinType.allCases` order, changed or not.
    public let scores: [ScoreChange]
    /// Recognised share of each version's substance (0…1): a diff of poorly recognised lists is less sure.
    public let oldConfidence: Double
    public let newConfidence: Double
    /// Ingredient counts of each version.
    public let oldCount: Int
    public let newCount: Int

    /// True when the two versions hold the same ingredients in the same order at the same printed
    /// percentages and score the same: a reprint, not a reformulation.
    public var isUnchanged: Bool {
        added.isEmpty && removed.isEmpty && moved.isEmpty && percentChanges.isEmpty && families.isEmpty
            && flags.isEmpty && scores.allSatisfy { $0.delta == 0 && $0.reasons.isEmpty }
    }

    public func score(for type: SkinType) -> ScoreChange? { scores.first { $0.skinType == type } }

    /// Whether `type`'s score dropped by more than `tolerance` points.
    public func isWorse(for type: SkinType, tolerance: Double = 0) -> Bool {
        guard let change = score(for: type) else { return false }
        return Double(-change.delta) > tolerance
    }
}
