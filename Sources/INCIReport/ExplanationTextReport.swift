import INCICore

/// `inci explain NAME` on a terminal.
public struct ExplanationTextReport: Sendable {
    public init() {}

    public func render(_ explanation: IngredientExplanation) -> String {
        guard let ingredient = explanation.ingredient else {
            var out = "\"\(explanation.typed)\": not in the dictionary (unknown)\n"
            if !explanation.suggestions.isEmpty {
                out += "  did you mean: \(explanation.suggestions.joined(separator: "; "))\n"
            }
            return out
        }
        var out = "\(ingredient.name)\n"
        switch explanation.match {
        case .exact: out += "  matched: exact name\n"
        case .alias:
            if let composition = explanation.composition {
                out +=
                    "  matched: composed from its parts (\"\(explanation.typed)\", \(composition.language.name) label name)\n"
                out += "  composed: \(composition.summary)\n"
                if composition.isAmbiguous {
                    out +=
                        "  ambiguous: chosen for \(Int((composition.share * 100).rounded()))% of the weight of real labels; could also be \(composition.alternatives.joined(separator: "; "))\n"
                }
                let rules = composition.parts.compactMap { part in
                    part.rule.map { "\(part.printed) Dictionaries/\($0)" }
                }
                if !rules.isEmpty { out += "  rules: \(rules.joined(separator: ", "))\n" }
            } else {
                out += "  matched: another name of it (\"\(explanation.typed)\")\n"
            }
        case .fuzzy:
            out +=
                "  matched: probable misspelling of it (\"\(explanation.typed)\", confidence \(explanation.confidence))\n"
        case .unknown: break
        }
        let names = ingredient.aliases + explanation.languageAliases
        if !names.isEmpty { out += "  also printed as: \(names.joined(separator: "; "))\n" }
        if !ingredient.roles.isEmpty { out += "  roles: \(ingredient.roles.joined(separator: ", "))\n" }
        for family in explanation.families {
            var line = "  family: \(family.id) — \(family.label)"
            if !family.serves.isEmpty { line += "; serves \(family.serves.map(\.rawValue).joined(separator: ", "))" }
            if !family.risks.isEmpty { line += "; risks \(family.risks.joined(separator: ", "))" }
            out += line + "\n"
        }
        for (kind, ratings) in [("comedogenicity", explanation.comedogenic), ("irritancy", explanation.irritancy)]
        where !ratings.isEmpty {
            out += "  \(kind):\n"
            for sourced in ratings {
                var line = "    \(sourced.rating.printed)/5  \(sourced.rating.source)"
                if sourced.usedByScorer { line += "  (used by the scorer)" }
                if let assay = sourced.source?.assay { line += "\n          assay: \(assay)" }
                if let cite = sourced.source?.citation { line += "\n          \(cite)" }
                out += line + "\n"
            }
        }
        for disagreement in explanation.disagreements { out += "  sources disagree on \(disagreement)\n" }
        if !explanation.sources.isEmpty {
            out += "  sources: \(explanation.sources.map(\.id).joined(separator: ", "))\n"
        }
        if let note = ingredient.note { out += "  note: \(note)\n" }
        out += "  entry: Dictionaries/\(ingredient.file):\(ingredient.line)\n"
        return out
    }
}
