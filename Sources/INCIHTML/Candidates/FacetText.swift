/// The text of a filter facet: one option per line, each with the number of products it matches
/// ("Niacinamide (153)", "Vitamin C (196)", "View all"). Names with counts are a shop's filters, not the
/// product's list, whose items are separated by list punctuation and never counted.
enum FacetText {
    static func isCounts(_ text: String) -> Bool {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmed() }.filter { !$0.isEmpty }
        guard lines.count >= 2 else { return false }
        let counted = lines.filter(endsWithCount).count
        return counted * 2 >= lines.count
    }

    /// "Niacinamide (153)", "Niacinamide [12]": a name, then a whole number alone in brackets. (A bare
    /// trailing number is part of names: "Polysorbate 20", "Red 40".)
    static func endsWithCount(_ line: String) -> Bool {
        var rest = Substring(line)
        guard let last = rest.last, last == ")" || last == "]" else { return false }
        rest = rest.dropLast()
        guard let open = rest.lastIndex(where: { $0 == "(" || $0 == "[" }) else { return false }
        let number = rest[rest.index(after: open)...].filter { $0 != "," && $0 != "." && $0 != " " }
        return !number.isEmpty && number.allSatisfy(\.isASCIIDigit) && rest[..<open].contains(where: \.isLetter)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
