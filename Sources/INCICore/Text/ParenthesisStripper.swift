/// Removes parenthesised and bracketed parts of a name: `Butyrospermum Parkii (Shea) Butter` →
/// `Butyrospermum Parkii  Butter`. Unbalanced brackets are kept as text.
enum ParenthesisStripper {
    static func strip(_ name: String) -> String {
        var out = ""
        var depth = 0
        for character in name {
            switch character {
            case "(", "[": depth += 1
            case ")", "]": if depth > 0 { depth -= 1 } else { out.append(character) }
            default: if depth == 0 { out.append(character) }
            }
        }
        return depth == 0 ? out : name
    }

    /// The contents of the parenthesised groups, outermost first: `Aqua (Water)` → `["Water"]`.
    static func groups(_ name: String) -> [String] {
        var groups: [String] = []
        var depth = 0
        var current = ""
        for character in name {
            switch character {
            case "(", "[":
                if depth > 0 { current.append(character) }
                depth += 1
            case ")", "]":
                depth -= 1
                if depth == 0 {
                    groups.append(current)
                    current = ""
                } else if depth > 0 {
                    current.append(character)
                } else {
                    return []
                }
            default:
                if depth > 0 { current.append(character) }
            }
        }
        return depth == 0 ? groups : []
    }
}

extension ParenthesisStripper {
    /// Splits at `separator` outside brackets, trimming the parts: `A/B (C/D)` → `A`, `B (C/D)`.
    static func splitOutside(_ text: String, separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        for c in text {
            if c == "(" || c == "[" { depth += 1 }
            if c == ")" || c == "]" { depth = max(0, depth - 1) }
            if c == separator && depth == 0 {
                parts.append(current.trimmingWhitespace())
                current = ""
            } else {
                current.append(c)
            }
        }
        parts.append(current.trimmingWhitespace())
        return parts.filter { !$0.isEmpty }
    }
}
