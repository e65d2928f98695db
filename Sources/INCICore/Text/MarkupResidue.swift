/// Markup pasted with a list: the tags of a page's source (`Water, <span class="allergen">Shea Butter</span>`,
/// or `&lt;p&gt;` decoded to `<p>`) and the closing-tag words an earlier clean-up left behind
/// (`AQUA (WATER), GLYCERIN. /p`). No ingredient name has either, so they are removed before the text is read:
/// a block tag (`<p>`, `<br>`, `<li>`) reads as the line break it renders, an inline one (`<span>`, `<b>`) as
/// nothing between two letters and a space elsewhere.
enum MarkupResidue {
    static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "tbody",
        "thead", "dt", "dd", "dl", "section", "article", "hr", "header", "footer", "main", "nav", "aside",
    ]
    static let inlineTags: Set<String> = [
        "span", "b", "strong", "em", "i", "a", "sup", "sub", "font", "small", "u", "mark", "abbr", "label", "strike",
    ]

    /// One piece of markup: the scalars it covers and what it reads as (a line break, a space or nothing).
    struct Piece {
        var range: Range<Int>
        var replacement: Unicode.Scalar?
    }

    /// The markup in `scalars`, in order, not overlapping.
    static func pieces(in scalars: [Unicode.Scalar]) -> [Piece] {
        var pieces: [Piece] = []
        var i = 0
        while i < scalars.count {
            if scalars[i] == "<", let (end, name) = tag(in: scalars, at: i) {
                let block = blockTags.contains(name)
                let betweenLetters =
                    i > 0 && scalars[i - 1].properties.isAlphabetic && end < scalars.count
                    && scalars[end].properties.isAlphabetic
                pieces.append(Piece(range: i..<end, replacement: block ? "\n" : betweenLetters ? nil : " "))
                i = end
                continue
            }
            if scalars[i] == "/", i == 0 || scalars[i - 1] == " " || scalars[i - 1] == "\n",
                let end = strayClosingTag(in: scalars, at: i)
            {
                pieces.append(Piece(range: i..<end, replacement: " "))
                i = end
                continue
            }
            i += 1
        }
        return pieces
    }

    /// `<span class="x">`, `</p>`, `<br/>` at `start`: where it ends and its name, when the name is an HTML tag's.
    private static func tag(in scalars: [Unicode.Scalar], at start: Int) -> (Int, String)? {
        var j = start + 1
        if j < scalars.count, scalars[j] == "/" { j += 1 }
        let name = word(in: scalars, from: j)
        guard !name.isEmpty, blockTags.contains(name) || inlineTags.contains(name) else { return nil }
        j += name.unicodeScalars.count
        guard j < scalars.count, scalars[j] == ">" || scalars[j] == " " || scalars[j] == "/" else { return nil }
        let limit = min(scalars.count, start + 400)
        while j < limit, scalars[j] != ">" {
            if scalars[j] == "<" { return nil }
            j += 1
        }
        return j < limit ? (j + 1, name) : nil
    }

    /// ` /p`, ` /span` standing as a word at `start`: a closing tag whose brackets were stripped. Single-letter
    /// inline tags (`/b`, `/i`) are left alone: `A /B` is not markup.
    private static func strayClosingTag(in scalars: [Unicode.Scalar], at start: Int) -> Int? {
        let name = word(in: scalars, from: start + 1)
        guard name == "p" || name.unicodeScalars.count > 1, blockTags.contains(name) || inlineTags.contains(name)
        else { return nil }
        let end = start + 1 + name.unicodeScalars.count
        guard end == scalars.count || scalars[end] == " " || scalars[end] == "\n" else { return nil }
        return end
    }

    /// The ASCII letters and digits from `start`, lower-cased.
    private static func word(in scalars: [Unicode.Scalar], from start: Int) -> String {
        var j = start
        var name = ""
        while j < scalars.count, j - start < 10, scalars[j].isASCII,
            scalars[j].properties.isAlphabetic || (j > start && ("0"..."9").contains(scalars[j]))
        {
            name.unicodeScalars.append(NormalizedText.lowercase(scalars[j]))
            j += 1
        }
        return name
    }
}
