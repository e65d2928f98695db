import INCICore

/// `inci diff --format markdown`: the same content as the text report, as tables for a pull-request
/// comment or a changelog.
public struct DiffMarkdownReport: Sendable {
    public let skinTypes: [SkinType]
    public let reasonsPerType: Int

    public init(skinTypes: [SkinType] = SkinType.allCases, reasonsPerType: Int = 3) {
        self.skinTypes = skinTypes
        self.reasonsPerType = reasonsPerType
    }

    public func render(_ diff: ProductDiff, oldSource: String, newSource: String) -> String {
        var out = "### `\(Self.cell(oldSource))` → `\(Self.cell(newSource))`\n\n"
        out += "\(Self.cell(diff.summary))\n"
        if let note = DiffWording.confidenceNote(diff) { out += "\n> \(note)\n" }
        func table(_ title: String, _ header: [String], _ rows: [[String]]) {
            guard !rows.isEmpty else { return }
            out += "\n**\(title)**\n\n| \(header.joined(separator: " | ")) |\n"
            out += "|" + String(repeating: "---|", count: header.count) + "\n"
            for row in rows { out += "| " + row.map(Self.cell).joined(separator: " | ") + " |\n" }
        }
        table(
            "Added", ["#", "ingredient", "estimate"],
            diff.added.map { ["\($0.new!.position)", $0.name, DiffWording.estimate($0.new!)] })
        table(
            "Removed", ["#", "ingredient", "estimate"],
            diff.removed.map { ["\($0.old!.position)", $0.name, DiffWording.estimate($0.old!)] })
        table(
            "Moved", ["ingredient", "old #", "new #", "1% line"],
            diff.moved.map {
                [$0.name, "\($0.old!.position)", "\($0.new!.position)", $0.crossing.map(DiffWording.crossing) ?? ""]
            })
        table(
            "Printed percentages", ["ingredient", "old", "new"],
            diff.percentChanges.map {
                [$0.name, DiffWording.percent($0.old?.percent), DiffWording.percent($0.new?.percent)]
            })
        table("Families", ["change"], diff.families.map { [DiffWording.family($0)] })
        table(
            "Flags", ["flag", "change"],
            diff.flags.map { [$0.id, "\($0.old.rawValue) → \($0.new.rawValue)"] }
                + diff.lists.map { [$0.list, DiffWording.list($0)] })
        table(
            "Scores", ["skin type", "old", "new", "change", "verdict", "reasons that changed most"],
            diff.scores.filter { skinTypes.contains($0.skinType) }.map { change in
                [
                    change.skinType.rawValue, "\(change.old)", "\(change.new)",
                    DiffWording.delta(change), DiffWording.verdicts(change),
                    DiffWording.reasons(change, limit: reasonsPerType),
                ]
            })
        return out
    }

    /// Text safe in a table cell: pipes escaped, line breaks as spaces.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
