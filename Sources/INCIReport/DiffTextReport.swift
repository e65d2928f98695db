import INCICore

/// The terminal report of `inci diff`: the summary, then ingredients added, removed and moved, printed
/// percentages, families, flags and each skin type's score with the reasons that changed most.
public struct DiffTextReport: Sendable {
    public let skinTypes: [SkinType]
    /// Reason changes shown per skin type (the JSON has all of them).
    public let reasonsPerType: Int

    public init(skinTypes: [SkinType] = SkinType.allCases, reasonsPerType: Int = 3) {
        self.skinTypes = skinTypes
        self.reasonsPerType = reasonsPerType
    }

    public func render(_ diff: ProductDiff, oldSource: String, newSource: String) -> String {
        var out = "\(oldSource) → \(newSource): \(diff.oldCount) → \(diff.newCount) ingredients\n"
        out += "Summary: \(diff.summary)\n"
        if let note = DiffWording.confidenceNote(diff) { out += "Note: \(note)\n" }
        func section(_ title: String, _ lines: [String]) {
            guard !lines.isEmpty else { return }
            out += "\n\(title)\n" + lines.map { "  \($0)\n" }.joined()
        }
        let nameWidth = min(
            36, (diff.added + diff.removed + diff.moved + diff.percentChanges).map(\.name.count).max() ?? 0)
        func padded(_ name: String) -> String { name + String(repeating: " ", count: max(0, nameWidth - name.count)) }
        func position(_ placement: ProductDiff.Placement) -> String {
            let text = "#\(placement.position)"
            return text + String(repeating: " ", count: max(0, 3 - text.count))
        }
        section(
            "Added (\(diff.added.count))",
            diff.added.map { "\(position($0.new!))  \(padded($0.name))  \(DiffWording.estimate($0.new!))" })
        section(
            "Removed (\(diff.removed.count))",
            diff.removed.map { "\(position($0.old!))  \(padded($0.name))  \(DiffWording.estimate($0.old!))" })
        section(
            "Moved (\(diff.moved.count))",
            diff.moved.map { change in
                "\(padded(change.name))  #\(change.old!.position) → #\(change.new!.position)"
                    + (change.crossing.map { "  \(DiffWording.crossing($0))" } ?? "")
            })
        section(
            "Printed percentages",
            diff.percentChanges.map {
                "\(padded($0.name))  \(DiffWording.percent($0.old?.percent)) → \(DiffWording.percent($0.new?.percent))"
            })
        section("Families", diff.families.map(DiffWording.family))
        section(
            "Flags",
            diff.flags.map { "\($0.id): \($0.old.rawValue) → \($0.new.rawValue)" } + diff.lists.map(DiffWording.list))
        let width = skinTypes.map(\.rawValue.count).max() ?? 0
        section(
            "Scores",
            diff.scores.filter { skinTypes.contains($0.skinType) }.map { change in
                let label =
                    change.skinType.rawValue + String(repeating: " ", count: width - change.skinType.rawValue.count)
                let verdicts = DiffWording.verdicts(change)
                let delta = DiffWording.delta(change)
                let reasons = DiffWording.reasons(change, limit: reasonsPerType)
                return "\(label)  \(pad(change.old, 3)) → \(pad(change.new, 3))  \(pad(delta, 4))  \(verdicts)"
                    + (reasons.isEmpty ? "" : "  \(reasons)")
            })
        return out
    }

    private func pad(_ value: some CustomStringConvertible, _ width: Int) -> String {
        let text = value.description
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}

/// Phrases the text and Markdown reports of `inci diff` share.
enum DiffWording {
    static func estimate(_ placement: ProductDiff.Placement) -> String {
        placement.estimateDescription
    }

    static func percent(_ value: Double?) -> String {
        guard let value else { return "not printed" }
        return (value == value.rounded() ? String(Int(value)) : String(value)) + "%"
    }

    static func crossing(_ crossing: ProductDiff.LineCrossing) -> String {
        switch crossing {
        case .fellBelow: "fell below the 1% line"
        case .roseAbove: "rose above the 1% line"
        }
    }

    static func lead(_ name: String, _ placement: ProductDiff.Placement) -> String {
        "\(name) #\(placement.position), \(estimate(placement))"
    }

    static func family(_ change: ProductDiff.FamilyChange) -> String {
        let label = change.family
        switch change.change {
        case .gained:
            return "+ \(label) (\(change.kind.rawValue)): \(lead(change.newLead!.name, change.newLead!.new!))"
        case .lost:
            return "- \(label) (\(change.kind.rawValue)): \(lead(change.oldLead!.name, change.oldLead!.old!))"
        case .rose, .fell:
            let arrow = change.change == .rose ? "↑" : "↓"
            return "\(arrow) \(label) (\(change.kind.rawValue)): \(lead(change.oldLead!.name, change.oldLead!.old!)) → "
                + lead(change.newLead!.name, change.newLead!.new!)
                + (change.crossing.map { " (\(crossing($0)))" } ?? "")
        }
    }

    static func list(_ change: ProductDiff.ListChange) -> String {
        var parts: [String] = []
        if !change.added.isEmpty { parts.append("+ " + change.added.joined(separator: ", ")) }
        if !change.removed.isEmpty { parts.append("- " + change.removed.joined(separator: ", ")) }
        return "\(change.list.replacingOccurrences(of: "_", with: " ")): " + parts.joined(separator: "; ")
    }

    /// "fine" when the verdict held, "fine → good" when it changed.
    static func verdicts(_ change: ProductDiff.ScoreChange) -> String {
        change.oldVerdict == change.newVerdict
            ? change.newVerdict.rawValue : "\(change.oldVerdict.rawValue) → \(change.newVerdict.rawValue)"
    }

    /// "+3", "-10", or "=" for no change.
    static func delta(_ change: ProductDiff.ScoreChange) -> String {
        change.delta == 0 ? "=" : (change.delta > 0 ? "+" : "") + String(change.delta)
    }

    /// The `limit` reasons that changed most (adjustments about no ingredient left to the JSON).
    static func reasons(_ change: ProductDiff.ScoreChange, limit: Int) -> String {
        change.reasons.filter { ProductTextReport.isSummarised(rule: $0.rule, ingredient: $0.ingredient) }.prefix(limit)
            .map(reason).joined(separator: "; ")
    }

    static func reason(_ change: ProductDiff.ReasonChange) -> String {
        let state = change.oldPoints == nil ? ", new" : change.newPoints == nil ? ", gone" : ""
        let who = change.ingredient.isEmpty ? "" : "\(change.ingredient) "
        return "\(ProductTextReport.signed(change.delta)) \(who)(\(ProductTextReport.ruleName(change.rule))\(state))"
    }

    /// Said when either version's recognised share is below 90 %: its scores are less sure.
    static func confidenceNote(_ diff: ProductDiff) -> String? {
        guard min(diff.oldConfidence, diff.newConfidence) < 0.9 else { return nil }
        return "recognised share of the substance is \(Int((diff.oldConfidence * 100).rounded()))% (old) and "
            + "\(Int((diff.newConfidence * 100).rounded()))% (new); score changes involving unknown ingredients are not known"
    }
}
