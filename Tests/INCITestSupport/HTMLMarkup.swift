/// What an HTML report is made of, read from its markup: every tag and attribute name, for tests that check
/// input never became markup. Text in a report holds no raw `<`, so every `<` opens one of our tags.
public struct HTMLMarkup {
    public let tags: Set<String>
    public let attributes: Set<String>

    public init(_ html: String) {
        var tags: Set<String> = []
        var attributes: Set<String> = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            guard let close = rest.firstIndex(of: ">") else { break }
            let inside = rest[..<close]
            rest = rest[rest.index(after: close)...]
            if inside.hasPrefix("/") || inside.hasPrefix("!") { continue }
            let name = inside.prefix { $0.isLetter || $0.isNumber || $0 == "-" }.lowercased()
            tags.insert(name)
            // Attribute names: what stands before `=` outside quotes.
            var inQuotes = false
            var word = ""
            for character in inside.dropFirst(name.count) {
                if character == "\"" {
                    inQuotes.toggle()
                } else if !inQuotes {
                    if character == "=" {
                        attributes.insert(word.lowercased())
                        word = ""
                    } else if character == " " {
                        word = ""
                    } else {
                        word.append(character)
                    }
                }
            }
        }
        self.tags = tags
        self.attributes = attributes
    }

    /// The tags and attributes our reports write; anything else came from the input.
    public static let allowedTags: Set<String> = [
        "html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "h3", "h4", "h5", "p", "div", "span",
        "strong", "code", "a", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "th", "td", "details", "summary",
        "svg", "rect", "line", "text", "footer", "nav", "ul", "ol", "li", "section", "small", "em",
    ]
    public static let allowedAttributes: Set<String> = [
        "lang", "charset", "http-equiv", "content", "name", "class", "id", "href", "style", "role", "aria-label",
        "data-skin", "data-flag", "data-rule", "data-severity", "scope", "xmlns", "viewbox", "width", "height", "x",
        "y", "x1", "x2", "y1", "y2", "fill", "text-anchor", "open",
    ]

    /// Hostile strings a page or catalog may hold, for every report's tests.
    public static let hostileStrings = [
        "<img src=x onerror=alert(1)>", "</style><script>alert(2)</script>", "</script><b>bold</b>",
        "javascript:alert(3)", "\"><svg onload=alert(4)>", "nul\u{0}bell\u{7}esc\u{1B}del\u{7F}", "abc\u{202E}fdp.exe",
        "a\u{2066}isolated\u{2069}b", "&lt;already&gt;",
        // Last: in a list, `;` and the open bracket make the rest of the list this name's bracket.
        "'; background:url(https://evil.example/x)",
    ]
}

/// How a report escapes text, for tests that look a value up in a page: `&`, `<`, `>`, quotes.
public enum HTMLEscape {
    public static func text(_ string: String) -> String {
        string.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
