/// A printed heading that starts a part of a label: "Ingredients:", "Active Ingredients:", "Uses",
/// "May contain", `[+/-`, "전성분". Found by `SectionMarker.scan`.
struct SectionMarker: Equatable {
    enum Kind: Equatable {
        /// Starts a list of this section.
        case list(Section)
        /// Starts text that is not ingredients: Drug Facts "Purpose", "Uses", "Warnings", … (until the
        /// next heading), or marketing such as "Key ingredients:" (until the next heading or blank line).
        case ignore(untilBlankLine: Bool)
    }

    /// The heading itself, including its colon.
    let range: Range<Int>
    let kind: Kind
    /// For `[+/- …]` and `(may contain …)`: where the bracketed group closes.
    let bracketEnd: Int?
}

extension SectionMarker {
    private enum Follow {
        /// A colon (or ` -`) must follow, or the heading must end its line.
        case colonOrLineEnd
        /// The heading must be followed by a colon, or stand alone on its line.
        case colonOrAlone
        /// Anything may follow (the heading is unambiguous).
        case any
    }

    private struct Keyword {
        let text: [Unicode.Scalar]
        let kind: Kind
        let follow: Follow
        init(_ text: String, _ kind: Kind, _ follow: Follow) {
            self.text = Array(text.unicodeScalars)
            self.kind = kind
            self.follow = follow
        }
    }

    /// Longest first, so "inactive ingredients" wins over "ingredients".
    private static let keywords: [Keyword] = {
        let main: [String] = [
            "full ingredients list", "full ingredient list", "ingredient list", "ingredients list",
            "ingredients", "ingredient", "ingrédients", "ingrédient", "inhaltsstoffe", "ingredienti",
            "ingredientes", "ingrediënten", "składniki", "ingredienser", "ainesosat", "composition",
            "inci", "全成分", "成分", "전성분", "성분", "配合成分",
        ]
        let active = ["active ingredients", "active ingredient", "medicinal ingredients", "actives", "active",
                      "principes actifs", "wirkstoffe", "principios activos"]
        let inactive = ["inactive ingredients", "inactive ingredient", "non-medicinal ingredients",
                        "other ingredients", "inactive", "excipients"]
        let mayContain = ["may contain", "may also contain", "peut contenir", "kann enthalten", "puede contener",
                          "può contenere", "pode conter", "kan bevatten", "+/-", "+ / -", "±"]
        let drugFacts = ["drug facts", "drug facts (continued)", "purpose", "purposes", "uses", "use", "warnings", "warning", "directions", "direction",
                         "other information", "questions or comments?", "questions?", "questions",
                         "do not use", "stop use", "keep out of reach of children", "when using this product",
                         "ask a doctor", "for external use only", "caution", "cautions", "precautions", "storage"]
        let marketing = ["how to use", "key ingredients", "key ingredient", "hero ingredients", "star ingredients",
                         "featured ingredients", "benefits", "description", "details", "highlights"]
        var all: [Keyword] = []
        all += main.map { Keyword($0, .list(.main), .colonOrLineEnd) }
        all += active.map { Keyword($0, .list(.active), $0 == "active" || $0 == "actives" ? .colonOrAlone : .colonOrLineEnd) }
        all += inactive.map { Keyword($0, .list(.inactive), $0 == "inactive" ? .colonOrAlone : .colonOrLineEnd) }
        all += mayContain.map { Keyword($0, .list(.mayContain), .any) }
        all += drugFacts.map { Keyword($0, .ignore(untilBlankLine: false), .colonOrAlone) }
        all += marketing.map { Keyword($0, .ignore(untilBlankLine: true), .colonOrAlone) }
        return all.sorted { $0.text.count > $1.text.count }
    }()

    /// Keywords by first scalar, longest first within each.
    private static let keywordsByFirst: [Unicode.Scalar: [Keyword]] = Dictionary(grouping: keywords, by: { $0.text.first! })

    /// `keywordsByFirst` for ASCII first scalars, indexed by value: `scan` asks for every scalar of a
    /// label, and an array read costs less than hashing the scalar.
    private static let keywordsByASCIIFirst: [[Keyword]] = (0..<128).map { keywordsByFirst[Unicode.Scalar(UInt8($0))] ?? [] }

    /// The keywords that start with `first`, longest first (empty when none does).
    private static func keywords(startingWith first: Unicode.Scalar) -> [Keyword] {
        first.value < 128 ? keywordsByASCIIFirst[Int(first.value)] : keywordsByFirst[first] ?? []
    }

    /// One bit per ASCII scalar that starts a keyword (values 0-63, then 64-127): `scan` tests every
    /// scalar, and most start none; fetching an empty list for each cost a retain and a release.
    private static let asciiFirstBits: (UInt64, UInt64) = keywordsByASCIIFirst.indices.reduce((0, 0)) { bits, value in
        guard !keywordsByASCIIFirst[value].isEmpty else { return bits }
        return value < 64 ? (bits.0 | 1 << UInt64(value), bits.1) : (bits.0, bits.1 | 1 << UInt64(value - 64))
    }

    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.isAlphabeticFast || ("0"..."9").contains(s)
    }

    /// All headings in `text`, in order, non-overlapping.
    static func scan(_ text: NormalizedText) -> [SectionMarker] {
        let lower = text.lower
        var markers: [SectionMarker] = []
        var brackets: [Int: Int]?
        var i = 0
        let (lowBits, highBits) = asciiFirstBits
        while i < lower.count {
            let value = lower[i].value
            if value < 64 ? lowBits >> UInt64(value) & 1 == 0 : value < 128 && highBits >> UInt64(value - 64) & 1 == 0 {
                i += 1
                continue
            }
            let candidates = keywords(startingWith: lower[i])
            guard !candidates.isEmpty else { i += 1; continue }
            if i > 0, isWordScalar(lower[i - 1]), isWordScalar(lower[i]) { i += 1; continue }
            var matched: SectionMarker?
            for keyword in candidates {
                let end = i + keyword.text.count
                guard end <= lower.count, lower[i..<end].elementsEqual(keyword.text) else { continue }
                if let last = keyword.text.last, isWordScalar(last), end < lower.count, isWordScalar(lower[end]) { continue }
                guard let headingEnd = accept(keyword, in: lower, start: i, end: end) else { continue }
                var bracketEnd: Int?
                if keyword.kind == .list(.mayContain) {
                    if brackets == nil { brackets = matchingBrackets(in: lower) }
                    bracketEnd = closingBracket(in: lower, before: i, brackets: brackets ?? [:])
                }
                matched = SectionMarker(range: i..<headingEnd, kind: keyword.kind, bracketEnd: bracketEnd)
                break
            }
            if let marker = matched {
                markers.append(marker)
                i = marker.range.upperBound
            } else {
                i += 1
            }
        }
        return markers
    }

    /// Where the heading ends (after its colon), or nil when what follows says it is not a heading.
    private static func accept(_ keyword: Keyword, in lower: [Unicode.Scalar], start: Int, end: Int) -> Int? {
        var j = end
        // "Active ingredients (in each gram):" — skip a short parenthesised qualifier.
        if j < lower.count, keyword.kind != .list(.mayContain) {
            var k = j
            while k < lower.count, lower[k] == " " { k += 1 }
            if k < lower.count, lower[k] == "(", let close = lower[k...].prefix(40).firstIndex(of: ")") {
                let after = lower[(close + 1)...].prefix(3)
                if after.contains(":") { j = close + 1 }
            }
        }
        while j < lower.count, lower[j] == " " { j += 1 }
        let atLineEnd = j == lower.count || lower[j] == "\n"
        let colon = j < lower.count && (lower[j] == ":" || lower[j] == "：" || lower[j] == "]" || lower[j] == "】")
        switch keyword.follow {
        case .any:
            if colon { return j + 1 }
            return end
        case .colonOrLineEnd:
            if colon { return j + 1 }
            if atLineEnd { return j }
            // A Drug Facts table header: "Active ingredients          Purpose". Compared in place: copying
            // the rest of the line for every "active ingredient" of a long line is quadratic.
            if keyword.kind == .list(.active) {
                for word in ["purposes", "purpose"] {
                    let wordEnd = j + word.unicodeScalars.count
                    guard wordEnd <= lower.count, lower[j..<wordEnd].elementsEqual(word.unicodeScalars) else { continue }
                    var lineEnd = wordEnd
                    while lineEnd < lower.count, lower[lineEnd] != "\n", lower[lineEnd].isWhitespaceFast { lineEnd += 1 }
                    if lineEnd == lower.count || lower[lineEnd] == "\n" { return lineEnd }
                }
            }
            // "INGREDIENTS - Water, …"
            if j + 1 < lower.count, lower[j] == "-", lower[j + 1] == " " { return j + 1 }
            return nil
        case .colonOrAlone:
            if colon { return j + 1 }
            var k = start - 1
            while k >= 0, lower[k] == " " { k -= 1 }
            let atLineStart = k < 0 || lower[k] == "\n"
            return atLineStart && atLineEnd ? j : nil
        }
    }

    /// For a heading right after `[` or `(`, the index of the matching close bracket.
    private static func closingBracket(in lower: [Unicode.Scalar], before start: Int, brackets: [Int: Int]) -> Int? {
        var k = start - 1
        while k >= 0, lower[k] == " " { k -= 1 }
        guard k >= 0, lower[k] == "[" || lower[k] == "(" else { return nil }
        return brackets[k]
    }

    /// Each `[` and `(` that closes → the index of its close, nesting counted per kind of bracket; found
    /// in one pass, since searching from every `[+/-` of a text is quadratic.
    private static func matchingBrackets(in lower: [Unicode.Scalar]) -> [Int: Int] {
        var closes: [Int: Int] = [:]
        var squares: [Int] = []
        var rounds: [Int] = []
        for (index, scalar) in lower.enumerated() {
            switch scalar {
            case "[": squares.append(index)
            case "(": rounds.append(index)
            case "]": if let open = squares.popLast() { closes[open] = index }
            case ")": if let open = rounds.popLast() { closes[open] = index }
            default: break
            }
        }
        return closes
    }
}
