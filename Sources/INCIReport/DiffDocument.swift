import INCICore
import INCIJSON

/// The JSON shape of `inci diff --format json`. Field names are a public contract (README's field
/// table): add fields; never rename or remove one.
public struct DiffDocument: Encodable, Sendable {
    /// One version as a whole.
    public struct Version: Encodable, Sendable {
        let source: String
        let ingredients: Int
        let confidence: Double
    }

    /// Where an ingredient stands in one version.
    public struct Side: Encodable, Sendable {
        let name: String
        let position: Int
        let printed: String
        let percent: Double?
        let share: Double
        let low: Double
        let high: Double
        let basis: ConcentrationEstimate.Basis
        let belowOnePercentLine: Bool

        enum CodingKeys: String, CodingKey {
            case name, position, printed, percent, share, low, high, basis
            case belowOnePercentLine = "below_one_percent_line"
        }

        init(name: String, _ placement: ProductDiff.Placement) {
            self.name = name
            position = placement.position
            printed = placement.printed
            percent = placement.percent
            share = placement.estimate.share.rounded(toPlaces: 3)
            low = placement.estimate.low.rounded(toPlaces: 3)
            high = placement.estimate.high.rounded(toPlaces: 3)
            basis = placement.estimate.basis
            belowOnePercentLine = placement.estimate.belowOnePercentLine
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(position, forKey: .position)
            try container.encode(printed, forKey: .printed)
            try container.encode(percent, forKey: .percent)  // explicit null when not printed
            try container.encode(share, forKey: .share)
            try container.encode(low, forKey: .low)
            try container.encode(high, forKey: .high)
            try container.encode(basis, forKey: .basis)
            try container.encode(belowOnePercentLine, forKey: .belowOnePercentLine)
        }
    }

    /// An ingredient in either version or both.
    public struct Change: Encodable, Sendable {
        let name: String
        let old: Side?
        let new: Side?
        let onePercentLine: ProductDiff.LineCrossing?

        enum CodingKeys: String, CodingKey {
            case name, old, new
            case onePercentLine = "one_percent_line"
        }

        init(_ change: ProductDiff.IngredientChange) {
            name = change.name
            old = change.old.map { Side(name: change.name, $0) }
            new = change.new.map { Side(name: change.name, $0) }
            onePercentLine = change.crossing
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(old, forKey: .old)
            try container.encode(new, forKey: .new)
            try container.encode(onePercentLine, forKey: .onePercentLine)
        }
    }

    public struct FamilyValue: Encodable, Sendable {
        let family: String
        let label: String
        let kind: String
        let change: ProductDiff.FamilyChange.Change
        let oldLead: Side?
        let newLead: Side?
        let onePercentLine: ProductDiff.LineCrossing?

        enum CodingKeys: String, CodingKey {
            case family, label, kind, change
            case oldLead = "old_lead"
            case newLead = "new_lead"
            case onePercentLine = "one_percent_line"
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(family, forKey: .family)
            try container.encode(label, forKey: .label)
            try container.encode(kind, forKey: .kind)
            try container.encode(change, forKey: .change)
            try container.encode(oldLead, forKey: .oldLead)
            try container.encode(newLead, forKey: .newLead)
            try container.encode(onePercentLine, forKey: .onePercentLine)
        }
    }

    /// A free-from flag: `true`, `false` or `null` (unknown), as `inci analyze` writes it.
    public struct FlagValue: Encodable, Sendable {
        let flag: String
        let old: Bool?
        let new: Bool?

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(flag, forKey: .flag)
            try container.encode(old, forKey: .old)
            try container.encode(new, forKey: .new)
        }

        enum CodingKeys: String, CodingKey { case flag, old, new }
    }

    public struct ListValue: Encodable, Sendable {
        let list: String
        let added: [String]
        let removed: [String]
    }

    public struct ReasonValue: Encodable, Sendable {
        let rule: String
        let ingredient: String
        let oldPoints: Double?
        let newPoints: Double?
        let delta: Double
        let source: String?
        let detail: String

        enum CodingKeys: String, CodingKey {
            case rule, ingredient, delta, source, detail
            case oldPoints = "old_points"
            case newPoints = "new_points"
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(rule, forKey: .rule)
            try container.encode(ingredient, forKey: .ingredient)
            try container.encode(oldPoints, forKey: .oldPoints)
            try container.encode(newPoints, forKey: .newPoints)
            try container.encode(delta, forKey: .delta)
            try container.encode(source, forKey: .source)
            try container.encode(detail, forKey: .detail)
        }
    }

    public struct ScoreValue: Encodable, Sendable {
        let old: Int
        let new: Int
        let delta: Int
        let oldVerdict: Verdict
        let newVerdict: Verdict
        let reasons: [ReasonValue]

        enum CodingKeys: String, CodingKey {
            case old, new, delta, reasons
            case oldVerdict = "old_verdict"
            case newVerdict = "new_verdict"
        }
    }

    let old: Version
    let new: Version
    let unchanged: Bool
    let summary: String
    let added: [Change]
    let removed: [Change]
    let moved: [Change]
    let percentChanges: [Change]
    let families: [FamilyValue]
    let flags: [FlagValue]
    let lists: [ListValue]
    let scores: [String: ScoreValue]
    let schemaVersion = JSONOutput.schemaVersion

    enum CodingKeys: String, CodingKey {
        case old, new, unchanged, summary, added, removed, moved, families, flags, lists, scores
        case percentChanges = "percent_changes"
        case schemaVersion = "schema_version"
    }

    /// `oldSource` and `newSource` name the versions as the user gave them (a path, `<old>`).
    public init(_ diff: ProductDiff, oldSource: String, newSource: String, skinTypes: [SkinType] = SkinType.allCases) {
        old = Version(source: oldSource, ingredients: diff.oldCount, confidence: diff.oldConfidence)
        new = Version(source: newSource, ingredients: diff.newCount, confidence: diff.newConfidence)
        unchanged = diff.isUnchanged
        summary = diff.summary
        added = diff.added.map(Change.init)
        removed = diff.removed.map(Change.init)
        moved = diff.moved.map(Change.init)
        percentChanges = diff.percentChanges.map(Change.init)
        families = diff.families.map { change in
            FamilyValue(
                family: change.family, label: change.label, kind: change.kind.rawValue, change: change.change,
                oldLead: change.oldLead.flatMap { lead in lead.old.map { Side(name: lead.name, $0) } },
                newLead: change.newLead.flatMap { lead in lead.new.map { Side(name: lead.name, $0) } },
                onePercentLine: change.crossing)
        }
        flags = diff.flags.map { FlagValue(flag: $0.id, old: $0.old.flagValue, new: $0.new.flagValue) }
        lists = diff.lists.map { ListValue(list: $0.list, added: $0.added, removed: $0.removed) }
        scores = diff.scores.keyedBySkinType(skinTypes, skinType: \.skinType) { change in
            ScoreValue(
                old: change.old, new: change.new, delta: change.delta, oldVerdict: change.oldVerdict,
                newVerdict: change.newVerdict,
                reasons: change.reasons.map {
                    ReasonValue(
                        rule: $0.rule, ingredient: $0.ingredient, oldPoints: $0.oldPoints, newPoints: $0.newPoints,
                        delta: $0.delta, source: $0.source, detail: $0.detail)
                })
        }
    }
}

extension ProductFlags.Answer {
    /// `true`, `false`, or nil when unknown — the JSON value of a free-from flag.
    var flagValue: Bool? {
        switch self {
        case .yes: true
        case .no: false
        case .unknown: nil
        }
    }
}
