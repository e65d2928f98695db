/// Checks that the scoring data names what exists: every family a dose ladder, use level, flag or
/// inferred family names is in `families.txt`, and every ingredient a potency, efficacy or use level
/// names is in the dictionary (when the dictionary's ingredients were loaded) under its canonical name:
/// the scorer looks members up by the canonical name, so an alias there never applies (willow bark's
/// potency was written under an alias and counted it as salicylic acid). Run by the loader, so
/// `inci dict lint` reports such a name instead of the scorer silently ignoring it.
enum ScoringDataCheck {
    /// `canonicalName` gives the canonical name of a known name or alias, nil for an unknown one.
    static func check(
        _ stanzas: [Stanza], families: [String: Family], canonicalName: ((String) -> String?)?,
        diagnostics: inout [DictionaryDiagnostic]
    ) {
        func family(_ id: String, _ stanza: Stanza, line: Int) {
            if families[id] == nil {
                diagnostics.append(.init(.error, file: stanza.file, line: line, "unknown family '\(id)'"))
            }
        }
        func name(_ text: String, _ stanza: Stanza, line: Int) {
            guard let canonicalName else { return }
            guard let canonical = canonicalName(text) else {
                diagnostics.append(
                    .init(
                        .warning, file: stanza.file, line: line,
                        "'\(text)' is not an ingredient or alias in ingredients/"))
                return
            }
            if NameKey.make(canonical) != NameKey.make(text) {
                diagnostics.append(
                    .init(
                        .error, file: stanza.file, line: line,
                        "'\(text)' is an alias of '\(canonical)': the scorer looks ingredients up by their canonical name"
                    ))
            }
        }
        for stanza in stanzas {
            let parts = stanza.header.split(separator: " ", maxSplits: 1).map(String.init)
            guard let kind = parts.first else { continue }
            switch kind {
            case "dose" where parts.count == 2:
                family(parts[1], stanza, line: stanza.line)
                // A mechanism-efficacy the family does not serve would never count.
                for item in stanza.list("mechanism-efficacy") {
                    if let id = item.split(separator: " ").first, let mechanism = Mechanism(rawValue: String(id)),
                        let served = families[parts[1]]?.serves, !served.contains(mechanism)
                    {
                        diagnostics.append(
                            .init(
                                .error, file: stanza.file,
                                line: stanza.field("mechanism-efficacy")?.line ?? stanza.line,
                                "'mechanism-efficacy': family '\(parts[1])' does not serve '\(id)' (families.txt)"))
                    }
                }
                for key in ["potency", "efficacy", "irritation-potency"] {
                    for item in stanza.list(key) {
                        let words = item.split(separator: " ")
                        if words.count > 1 {
                            name(
                                words.dropLast().joined(separator: " "), stanza,
                                line: stanza.field(key)?.line ?? stanza.line)
                        }
                    }
                }
            case "use-levels":
                for field in stanza.fields
                where field.key != "sources" && !ConcentrationPriors.groupSwitches.contains(field.key) {
                    if field.key.hasPrefix("family ") {
                        family(String(field.key.dropFirst(7)), stanza, line: field.line)
                    } else if !field.key.hasPrefix("role ") {
                        name(field.key, stanza, line: field.line)
                    }
                }
            case "flag", "list":
                for key in ["families", "except-families"] {
                    for id in stanza.list(key) { family(id, stanza, line: stanza.field(key)?.line ?? stanza.line) }
                }
            case "form-signals":
                for field in stanza.fields where field.key.hasSuffix("-families") {
                    for id in stanza.list(field.key) { family(id, stanza, line: field.line) }
                }
            case "probable" where parts.count == 2:
                family(parts[1], stanza, line: stanza.line)
            case "fixed-oils":
                for id in stanza.list("families") {
                    family(id, stanza, line: stanza.field("families")?.line ?? stanza.line)
                }
            case "inferred-families":
                for field in stanza.fields where field.key != "sources" {
                    family(
                        field.key.hasSuffix("-unless") ? String(field.key.dropLast(7)) : field.key, stanza,
                        line: field.line)
                }
            default:
                continue
            }
        }
    }
}
