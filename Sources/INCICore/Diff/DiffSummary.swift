extension ProductDiff {
    /// One line saying what changed, for a catalog finding or a heading: "2 added (Colloidal Oatmeal,
    /// Dimethicone), 1 removed (Parfum); gained silicone; lost fragrance; fragrance-free: no → yes;
    /// scores: sensitive 48 → 61 (+13)". "no change" when the versions are the same.
    public var summary: String {
        var parts: [String] = []
        func names(_ changes: [IngredientChange]) -> String {
            changes.prefix(3).map(\.name).joined(separator: ", ") + (changes.count > 3 ? ", …" : "")
        }
        if !added.isEmpty { parts.append("\(added.count) added (\(names(added)))") }
        if !removed.isEmpty { parts.append("\(removed.count) removed (\(names(removed)))") }
        if !moved.isEmpty { parts.append("\(moved.count) moved") }
        if !percentChanges.isEmpty { parts.append("\(percentChanges.count) printed % changed") }
        var line = parts.joined(separator: ", ")
        func append(_ text: String) { line += line.isEmpty ? text : "; " + text }
        for change in [FamilyChange.Change.gained, .lost, .rose, .fell] {
            let labels = families.filter { $0.change == change }.map(\.family)
            if !labels.isEmpty { append("\(change.rawValue) \(labels.joined(separator: ", "))") }
        }
        for flag in flags { append("\(flag.id): \(flag.old.rawValue) → \(flag.new.rawValue)") }
        let scored = scores.filter { $0.delta != 0 }
        if !scored.isEmpty {
            append(
                "scores: "
                    + scored.map {
                        "\($0.skinType.rawValue) \($0.old) → \($0.new) (\($0.delta > 0 ? "+" : "")\($0.delta))"
                    }
                    .joined(separator: ", "))
        }
        return line.isEmpty ? "no change" : line
    }
}
