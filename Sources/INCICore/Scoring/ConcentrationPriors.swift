/// What is known before reading a list: the usual make-up of each product form and the usual use levels
/// of ingredients (`Dictionaries/scoring/concentration.txt`). The concentration model combines them with
/// what the list's order proves.
package struct ConcentrationPriors: Sendable, Hashable {
    package struct Profile: Sendable, Hashable {
        package var label: String
        /// The first ingredient's usual share, percent.
        package var firstShare: Double
        /// Its usual minimum, percent.
        package var firstLow: Double
        /// How many ingredients usually sit above 1 % when no line marker is found.
        package var aboveLine: Int
        package var sources: [String]
    }

    /// A usual use level: the range in which an ingredient is used for its purpose, and the most it is
    /// used at (or allowed) at all.
    package struct UseLevel: Sendable, Hashable {
        package var typicalLow: Double?
        package var typicalHigh: Double?
        package var max: Double?
        package var source: String?
        /// A formulation aid (preservative, chelator, gum, fragrance): its usual maximum bounds the rest of
        /// the list and, at 1 % or less, marks the 1% line.
        package var marksLine = false
        /// A US OTC monograph active (sunscreen filter, acne active, skin protectant): a Drug Facts label
        /// prints it first, outside the descending order (`DrugFactsBlock`).
        package var drugFacts = false

        /// Parses `LOW-HIGH`, `max N` or `LOW-HIGH max N`.
        init?(parsing text: String, source: String?) {
            var words = text.split(separator: " ").map(String.init)
            self.source = source
            if let index = words.firstIndex(of: "max") {
                guard index + 1 < words.count, let value = Double(words[index + 1]), value > 0, value <= 100 else {
                    return nil
                }
                max = value
                words.removeSubrange(index...(index + 1))
            }
            if let range = words.first {
                let bounds = range.split(separator: "-").compactMap { Double($0) }
                guard words.count == 1, bounds.count == 2, bounds[0] >= 0, bounds[0] <= bounds[1], bounds[1] <= 100
                else { return nil }
                typicalLow = bounds[0]
                typicalHigh = bounds[1]
            }
            if max == nil && typicalHigh == nil { return nil }
        }
    }

    package var profiles: [FormulaProfile: Profile] = [
        .waterSerum: Profile(label: "water-based serum", firstShare: 80, firstLow: 45, aboveLine: 6, sources: []),
        .emulsion: Profile(label: "emulsion", firstShare: 68, firstLow: 40, aboveLine: 9, sources: []),
        .surfactantWash: Profile(label: "wash", firstShare: 65, firstLow: 35, aboveLine: 6, sources: []),
        .anhydrous: Profile(label: "anhydrous", firstShare: 50, firstLow: 15, aboveLine: 6, sources: []),
        .powder: Profile(label: "powder", firstShare: 55, firstLow: 20, aboveLine: 5, sources: []),
    ]
    /// By name key (`NameKey.make`), family id and first role.
    package var byName: [String: UseLevel] = [:]
    package var byFamily: [String: UseLevel] = [:]
    package var byRole: [String: UseLevel] = [:]
    /// What makes an ingredient read as water, a detergent, an emollient or a powder (`form-signals`).
    package var signals = FormSignals()

    package init() {}

    /// The use level that applies to `ingredient`: its own, else its families' (the lowest max), else its
    /// first role's.
    package func useLevel(for ingredient: Ingredient) -> UseLevel? {
        if let level = byName[NameKey.make(ingredient.name)] { return level }
        let familyLevels = ingredient.families.compactMap { byFamily[$0] }
        if let level = familyLevels.min(by: { ($0.max ?? 100) < ($1.max ?? 100) }) { return level }
        return ingredient.roles.first.flatMap { byRole[$0] }
    }

    /// The yes/no settings of a `use-levels` group, applying to each of its ingredients.
    package static let groupSwitches = ["marks-line", "drug-facts"]

    mutating func parse(
        _ stanza: Stanza, kind: String, name: String, sources: [String], diagnostics: inout [DictionaryDiagnostic]
    ) {
        if kind == "form-signals" {
            signals.parse(stanza, diagnostics: &diagnostics)
            return
        }
        if kind == "profile" {
            guard let form = FormulaProfile(rawValue: name) else {
                diagnostics.append(
                    .init(
                        .error, file: stanza.file, line: stanza.line,
                        "unknown profile '\(name)' (expected \(FormulaProfile.allCases.map(\.rawValue).joined(separator: ", ")))"
                    ))
                return
            }
            var profile = profiles[form]!
            profile.sources = sources
            for field in stanza.fields where field.key != "sources" {
                if field.key == "label" {
                    profile.label = field.value
                    continue
                }
                guard let value = Double(field.value), value > 0, value <= 100 else {
                    diagnostics.append(
                        .init(
                            .error, file: stanza.file, line: field.line,
                            "'\(field.key)' needs a number above 0 and at most 100, found '\(field.value)'"))
                    continue
                }
                switch field.key {
                case "first-share": profile.firstShare = value
                case "first-low": profile.firstLow = value
                case "above-line": profile.aboveLine = max(1, Int(value))
                default:
                    diagnostics.append(
                        .init(.error, file: stanza.file, line: field.line, "unknown profile setting '\(field.key)'"))
                }
            }
            if profile.firstLow > profile.firstShare {
                diagnostics.append(
                    .init(
                        .error, file: stanza.file, line: stanza.line,
                        "'first-low' (\(profile.firstLow)) is above 'first-share' (\(profile.firstShare))"))
                profile.firstLow = profile.firstShare
            }
            profiles[form] = profile
            return
        }
        var switches: [String: Bool] = [:]
        for key in Self.groupSwitches {
            guard let field = stanza.field(key) else { continue }
            guard ["yes", "no"].contains(field.value) else {
                diagnostics.append(
                    .init(
                        .error, file: stanza.file, line: field.line,
                        "'\(key)' is 'yes' or 'no', found '\(field.value)'"))
                return
            }
            switches[key] = field.value == "yes"
        }
        for field in stanza.fields where field.key != "sources" && !Self.groupSwitches.contains(field.key) {
            guard var level = UseLevel(parsing: field.value, source: sources.first) else {
                diagnostics.append(
                    .init(
                        .error, file: stanza.file, line: field.line,
                        "'\(field.key)' needs 'LOW-HIGH', 'max N' or 'LOW-HIGH max N' (percent), found '\(field.value)'"
                    ))
                continue
            }
            level.marksLine = switches["marks-line"] ?? false
            level.drugFacts = switches["drug-facts"] ?? false
            let words = field.key.split(separator: " ", maxSplits: 1).map(String.init)
            switch words.first {
            case "family" where words.count == 2: byFamily[words[1]] = level
            case "role" where words.count == 2: byRole[words[1]] = level
            default: byName[NameKey.make(field.key)] = level
            }
        }
    }
}
