/// How strings from the input (product names, page text, catalog cells) are made safe for each place they can
/// go in an HTML report. Pages and catalogs come from the internet: nothing from them may become markup, an
/// attribute, a link that runs code, or CSS. Tag and attribute names are `StaticString` in `HTMLWriter`, so
/// they can only come from our code; CSS only ever takes numbers (`CSSDeclaration`).
public enum HTMLEscaping {
    /// Text content: `&`, `<`, `>` escaped (quotes too, so the same text is safe in an attribute), and
    /// invisible characters made visible.
    public static func text(_ string: String) -> String {
        var out = ""
        out.reserveCapacity(string.utf8.count)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if let visible = visible(scalar) { out += visible } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// A double-quoted attribute value: the same escaping as text (quotes included).
    public static func attribute(_ string: String) -> String { text(string) }

    /// What an invisible or direction-changing character is shown as, nil for an ordinary one.
    ///
    /// Control characters become their Unicode control pictures (`␀`, `␛`, …) or `⟨U+0085⟩`; tabs and line
    /// breaks become spaces (a name has none worth keeping). Bidirectional overrides and isolates (U+202A–E,
    /// U+2066–9) and the marks (U+200E, U+200F, U+061C) would reorder the text around them — a name could
    /// display as something it is not — so they are shown as `⟨U+202E⟩` rather than obeyed.
    static func visible(_ scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        switch value {
        case 0x09, 0x0A, 0x0D: return " "
        case 0x00..<0x20: return String(Unicode.Scalar(0x2400 + value)!)
        case 0x7F: return "\u{2421}"
        case 0x80..<0xA0, 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0x2028, 0x2029:
            return "\u{27E8}U+" + hex(value) + "\u{27E9}"
        default: return nil
        }
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// A link target, or nil when it must not be one: only `http:`, `https:` and relative references
    /// (`page.html`, `#p3`, `/a/b`) are links. `javascript:`, `data:`, `vbscript:`, any other scheme, and any
    /// URL with control characters or whitespace (which browsers strip, so `java\tscript:` would still run)
    /// are not: the caller shows them as text.
    public static func url(_ string: String) -> String? {
        guard !string.isEmpty,
            !string.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || visible($0) != nil })
        else { return nil }
        // A scheme is the part before the first `:` when no `/`, `?` or `#` comes before it (RFC 3986).
        if let colon = string.firstIndex(of: ":"),
            !string[..<colon].contains(where: { $0 == "/" || $0 == "?" || $0 == "#" })
        {
            let scheme = string[..<colon].lowercased()
            guard scheme == "http" || scheme == "https" else { return nil }
        }
        // `\` reads as `/` in browsers: `\\evil.example` would be a network path; keep it out.
        guard !string.contains("\\") else { return nil }
        return attribute(string)
    }
}
