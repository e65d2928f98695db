import Foundation

/// A printed heading that starts a part of a label: "Ingredients:", "Active Ingredients:", "Uses",
/// "May contain", `[+/-`, "전성분". Found by `SectionMarker.scan`.
struct SectionMarker: Equatable {
    enum Kind: Equatable {
        /// Starts a list of this section.
        case list(Section)
        /// Starts text that is not ingredients: Drug Facts "Purpose", "Uses", "Warnings", … (until the
        /// next heading), or marketing such as "Key ingredients:" (until the next heading or blank line).
        case ignore(untilBlankLine: Bool)
        /// A `ListTerminator`: text that is not ingredients until the next heading or blank line, and
        /// the end of a list that has begun.
        case terminator(ListTerminator.Kind)
        /// `Contains 2% or less of:`, `less than 2% of`, `contains one or more of the following:` in a food
        /// or OTC list: the names after it are the list's minor ingredients, in the same list. The phrase
        /// separates as a comma does and is not an ingredient.
        case minorIngredients
        /// One of `ListTerminator.fieldLabels` (`Product Name:`, `SKU:`, `품명:`): its line is not
        /// ingredients, and a list that had begun is over.
        case field
    }

    /// The heading itself, including its colon (and the bracket around it: `【使用方法】`).
    let range: Range<Int>
    let kind: Kind
    /// For `[+/- …]` and `(may contain …)`: where the bracketed group closes.
    let bracketEnd: Int?
    /// The heading's words alone, without colon or brackets.
    let phraseRange: Range<Int>

    init(range: Range<Int>, kind: Kind, bracketEnd: Int?, phraseRange: Range<Int>? = nil) {
        self.range = range
        self.kind = kind
        self.bracketEnd = bracketEnd
        self.phraseRange = phraseRange ?? range
    }
}

extension SectionMarker {
    private enum Follow {
        /// A colon (or ` -`) must follow, or the heading must end its line.
        case colonOrLineEnd
        /// The heading must be followed by a colon, or stand alone on its line.
        case colonOrAlone
        /// Anything may follow (the heading is unambiguous).
        case any
        /// A colon, its own line, or the start of a line with text after it (`Mode d'emploi Appliquer …`).
        case colonOrLineStart
    }

    private struct Keyword {
        let text: [Unicode.Scalar]
        let kind: Kind
        let follow: Follow
        /// Han, kana or Hangul with no space of its own: labels also print it letter-spaced (`保 质 期`,
        /// `【产 品 标 准 代 号】`).
        let spaceless: Bool
        init(_ text: String, _ kind: Kind, _ follow: Follow) {
            self.text = Array(text.unicodeScalars)
            self.kind = kind
            self.follow = follow
            spaceless = self.text.count >= 2 && !text.contains(" ") && ListHeadings.isSpaceless(text)
        }

        /// Where the keyword ends when printed at `start` of `lower` (letter-spaced, if spaceless), or nil.
        func end(in lower: [Unicode.Scalar], at start: Int) -> Int? {
            let end = start + text.count
            if end <= lower.count, lower[start..<end].elementsEqual(text) { return end }
            guard spaceless else { return nil }
            var k = start
            for (index, scalar) in text.enumerated() {
                if index > 0, k < lower.count, lower[k] == " " { k += 1 }
                guard k < lower.count, lower[k] == scalar else { return nil }
                k += 1
            }
            return k
        }
    }

    /// The may-contain markers, longest forms first where one contains another.
    private static let mayContainPhrases = [
        "may also contain", "may contain", "peut contenir", "kann enthalten", "puede contener", "può contenere",
        "pode conter", "kan bevatten", "+ / -", "+/-", "±",
    ]

    /// Longest first, so "inactive ingredients" wins over "ingredients".
    private static let keywords: [Keyword] = {
        let main = ListHeadings.main
        let active = [
            "active ingredients", "active ingredient", "medicinal ingredients", "actives", "active",
            "principes actifs", "wirkstoffe", "principios activos",
            // Japanese quasi-drugs (医薬部外品) print the active ingredients apart, then the others.
            "有効成分",
        ]
        let inactive = [
            "inactive ingredients", "inactive ingredient", "non-medicinal ingredients",
            "other ingredients", "inactive", "excipients", "その他の成分", "その他成分",
        ]
        let mayContain = mayContainPhrases
        let drugFacts = [
            "drug facts", "drug facts (continued)", "purpose", "purposes", "uses", "use", "warnings", "warning",
            "directions", "direction",
            "other information", "questions or comments?", "questions?", "questions",
            "do not use", "stop use", "keep out of reach of children", "when using this product",
            "ask a doctor", "for external use only", "caution", "cautions", "precautions", "storage",
        ]
        let marketing = [
            "key ingredients", "key ingredient", "hero ingredients", "star ingredients",
            "featured ingredients", "benefits", "description", "details", "highlights",
        ]
        var all: [Keyword] = []
        all += main.map { Keyword($0, .list(.main), .colonOrLineEnd) }
        // A photo cropped at the heading's first letter: OCR reads `ngredients (INCI):`, `NGREDIENTES,`.
        all += ["ngredients", "ngredient", "ngrédients", "ngredientes", "ngredienti", "ngrediënten", "ngredienser"]
            .map { Keyword($0, .list(.main), .colonOrLineEnd) }
        all += active.map {
            Keyword($0, .list(.active), $0 == "active" || $0 == "actives" ? .colonOrAlone : .colonOrLineEnd)
        }
        all += inactive.map { Keyword($0, .list(.inactive), $0 == "inactive" ? .colonOrAlone : .colonOrLineEnd) }
        all += mayContain.map { Keyword($0, .list(.mayContain), .any) }
        // Drug Facts headings also start their line with the text after them ("Uses ■ helps prevent
        // sunburn"); single words that begin ordinary sentences need their colon or their own line.
        let sentenceWords: Set<String> = [
            "use", "purpose", "purposes", "caution", "warning", "storage", "direction", "questions",
        ]
        // Warnings no name contains end a list wherever they are printed, also glued to the last name when OCR
        // lost the full stop (`…, Sodium Benzoate For external use only`).
        let warnings: Set<String> = [
            "for external use only", "keep out of reach of children", "when using this product",
        ]
        all += drugFacts.map {
            Keyword(
                $0, .ignore(untilBlankLine: false),
                sentenceWords.contains($0) ? .colonOrAlone : warnings.contains($0) ? .any : .colonOrLineStart)
        }
        all += marketing.map { Keyword($0, .ignore(untilBlankLine: true), .colonOrAlone) }
        // Terminators the Drug Facts headings above do not already cover.
        let taken = Set(all.map { String(String.UnicodeScalarView($0.text)) })
        for (phrase, kind) in ListTerminator.phrases where !taken.contains(phrase) {
            let follow: Follow =
                kind != .panelHeading
                ? .any
                : ListTerminator.colonOnlyHeadings.contains(phrase) ? .colonOrAlone : .colonOrLineStart
            all.append(Keyword(phrase, .terminator(kind), follow))
        }
        all += ListTerminator.fieldLabels.map { Keyword($0, .field, .colonOrAlone) }
        // Labels and shop texts typed without diacritics (`Sklad:`, `Skladniki`, `Ostrzezenia`, `Icindekiler`):
        // every Latin keyword also in its folded form, when that is not a keyword already.
        var texts = Set(all.map { String(String.UnicodeScalarView($0.text)) })
        for keyword in all {
            let text = String(String.UnicodeScalarView(keyword.text))
            guard let folded = foldedLatin(text), texts.insert(folded).inserted else { continue }
            all.append(Keyword(folded, keyword.kind, keyword.follow))
        }
        // Longest first; equal lengths in a fixed order, so which keyword wins never varies. Each text is made
        // a `String` once: building two in every comparison was a quarter of a one-list `inci analyze`.
        return all.map { (text: String(String.UnicodeScalarView($0.text)), keyword: $0) }
            .sorted {
                $0.keyword.text.count != $1.keyword.text.count
                    ? $0.keyword.text.count > $1.keyword.text.count : $0.text < $1.text
            }
            .map(\.keyword)
    }()

    /// `text` without its diacritics (`składniki` → `skladniki`, `içindekiler` → `icindekiler`), when it is
    /// Latin text that has some; nil otherwise.
    private static func foldedLatin(_ text: String) -> String? {
        guard text.unicodeScalars.contains(where: { $0.value >= 0xC0 }),
            text.unicodeScalars.allSatisfy({ $0.value < 0x250 || (0x300...0x36F).contains($0.value) })
        else { return nil }
        let special: [Character: String] = ["ł": "l", "ı": "i", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"]
        let replaced = text.map { special[$0] ?? String($0) }.joined()
        let folded = replaced.folding(options: .diacriticInsensitive, locale: nil)
        guard folded != text, folded.unicodeScalars.allSatisfy(\.isASCII) else { return nil }
        return folded
    }

    /// Keywords by first scalar, longest first within each.
    private static let keywordsByFirst: [Unicode.Scalar: [Keyword]] = Dictionary(
        grouping: keywords, by: { $0.text.first! })

    /// `keywordsByFirst` for ASCII first scalars, indexed by value: `scan` asks for every scalar of a
    /// label, and an array read costs less than hashing the scalar.
    private static let keywordsByASCIIFirst: [[Keyword]] = (0..<128).map {
        keywordsByFirst[Unicode.Scalar(UInt8($0))] ?? []
    }

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
        /// An actives' heading was read: the text is a Drug Facts panel.
        var drugFactsPanel = false
        var i = 0
        let (lowBits, highBits) = asciiFirstBits
        while i < lower.count {
            let value = lower[i].value
            if value < 64
                ? lowBits >> UInt64(value) & 1 == 0 && !MinorIngredientsPhrase.mayStart(lower[i])
                : value < 128 && highBits >> UInt64(value - 64) & 1 == 0
            {
                i += 1
                continue
            }
            if i == 0 || !isWordScalar(lower[i - 1]), let phraseEnd = MinorIngredientsPhrase.end(in: lower, at: i),
                !isInsideBracket(lower, at: i)
            {
                markers.append(SectionMarker(range: i..<phraseEnd, kind: .minorIngredients, bracketEnd: nil))
                i = phraseEnd
                continue
            }
            // Beyond ASCII no bit says whether a keyword starts with the scalar: look it up first, as most
            // start none (and the word tests below ask Unicode properties there).
            if lower[i].value >= 128, keywords(startingWith: lower[i]).isEmpty {
                i += 1
                continue
            }
            // Inside a word only a Han or Hangul list heading with its colon: `主要成分：水、…`, `주요성분: 정제수`
            // (the key or main ingredients), `保湿成分：…`.
            // A Latin name run on into a Han heading (`PHENOXYETHANOL注意事項：`) changes script there: no word goes on.
            let insideWord =
                i > 0 && isWordScalar(lower[i - 1]) && isWordScalar(lower[i])
                && !(lower[i - 1].isASCII && isCaseless(lower[i]))
            // A scraped page's text runs elements together: `IngrediëntenIngrediënten:` (a tab's label, then the
            // panel's heading) starts a heading where the case turns from lower to upper inside a word.
            let gluedAfter = insideWord && isCaseTurn(text.scalars, at: i)
            // Decided before the keywords are fetched: most scalars that pass the first-scalar test sit inside
            // a word, and fetching their keywords cost a retain and a release each.
            if insideWord, !gluedAfter, !isCaseless(lower[i - 1]) || !isCaseless(lower[i]) {
                i += 1
                continue
            }
            let candidates = keywords(startingWith: lower[i])
            guard !candidates.isEmpty else {
                i += 1
                continue
            }
            var matched: SectionMarker?
            for keyword in candidates
            where !insideWord
                || (keyword.spaceless || gluedAfter && keyword.text.count >= gluedHeadingLength)
                    && keyword.kind == .list(.main)
            {
                guard var end = keyword.end(in: lower, at: i) else { continue }
                if insideWord {
                    var k = end
                    while k < lower.count, lower[k] == " " { k += 1 }
                    guard k < lower.count, lower[k] == ":" || lower[k] == "：" else { continue }
                }
                // `IngredientsChicken 39.5%, …`: a list heading run together with the list's first name.
                // `全成分WATER(AQUA/EAU), GLYCERIN`: a Han heading glued to a Latin name, where the script changes.
                let gluedBefore =
                    keyword.kind == .list(.main)
                    && (keyword.text.count >= gluedHeadingLength && isCaseTurn(text.scalars, at: end)
                        || keyword.spaceless && end < lower.count && lower[end].isASCII && isWordScalar(lower[end])
                            && lineContinuesAsList(lower, from: end, separators: 1))
                if let last = keyword.text.last, isWordScalar(last), end < lower.count, isWordScalar(lower[end]),
                    !gluedBefore,
                    // Han and kana run on without spaces: `本生产线也生产…` starts the statement `本生产线`.
                    !(keyword.kind == .terminator(.statement) && isCaseless(last))
                {
                    // `成份係 Aqua`, `成分包括 …`: a list heading, a particle, then the list.
                    guard keyword.kind == .list(.main), let particleEnd = cjkParticleEnd(in: lower, from: end) else {
                        continue
                    }
                    end = particleEnd
                }
                var accepted = gluedBefore ? end : accept(keyword, in: lower, start: i, end: end, printed: text.scalars)
                // A Drug Facts panel run together on one line (`… Avobenzone 3% Purpose Sunscreen Uses helps prevent
                // sunburn Warnings …`): once its actives' heading was read, its other headings start where printed
                // capitalised after a space.
                if accepted == nil, drugFactsPanel, keyword.kind == .ignore(untilBlankLine: false), i > 0,
                    lower[i - 1] == " ", text.scalars[i].properties.isUppercase
                {
                    accepted = end
                }
                guard let acceptedEnd = accepted else { continue }
                var bracketEnd: Int?
                var start = i
                var headingEnd = acceptedEnd
                if keyword.kind == .list(.mayContain) {
                    // `Glycerin +/- 1%`: a tolerance after a percentage, not a shade marker.
                    if keyword.follow == .any, isTolerance(lower, after: end) { continue }
                    // `May contain peanuts.`: a food's traces statement, which ends the list.
                    if keyword.follow == .any, let statementEnd = tracesStatementEnd(in: lower, from: end) {
                        matched = SectionMarker(
                            range: i..<statementEnd, kind: .terminator(.statement), bracketEnd: nil,
                            phraseRange: i..<end)
                        break
                    }
                    // `[+/-(MAY CONTAIN/PEUT CONTENIR): CI 77491 …]`: the marker glossed in words.
                    if let glossEnd = mayContainGlossEnd(in: lower, from: headingEnd) { headingEnd = glossEnd }
                    if brackets == nil { brackets = matchingBrackets(in: lower) }
                    bracketEnd = closingBracket(in: lower, before: i, brackets: brackets ?? [:])
                    // `Mica [+/-] CI 77491, …`: a bracket around the marker alone; the list goes on after it.
                    if let close = bracketEnd,
                        lower[headingEnd..<max(headingEnd, close)].allSatisfy({ $0 == " " || $0 == ":" })
                    {
                        var open = i - 1
                        while open >= 0, lower[open] == " " { open -= 1 }
                        start = open
                        headingEnd = max(headingEnd, close + 1)
                        // `(May Contain): Titanium Dioxide`: the colon after the bracket is the heading's.
                        var next = headingEnd
                        while next < lower.count, lower[next] == " " { next += 1 }
                        if next < lower.count, lower[next] == ":" { headingEnd = next + 1 }
                        bracketEnd = nil
                    }
                }
                // `【使用方法】`, `[전성분]`: the opening bracket belongs to the heading.
                if headingEnd > end, closingHeadingBrackets.contains(lower[headingEnd - 1]) {
                    var k = i - 1
                    while k >= 0, lower[k] == " " { k -= 1 }
                    if k >= 0, openingHeadingBrackets.contains(lower[k]) { start = k }
                }
                // `Moisturizer Ingredients:`: a kit part's or shade's name before a list heading, on the
                // heading's line, is part of the heading.
                if case .list(let section) = keyword.kind, section != .mayContain, headingEnd > end,
                    lower[headingEnd - 1] == ":",
                    let qualifierStart = qualifierStart(in: lower, before: start)
                {
                    // Never back over a heading found before (`IngrediëntenIngrediënten:`).
                    start = max(qualifierStart, markers.last?.range.upperBound ?? 0)
                }
                matched = SectionMarker(
                    range: start..<headingEnd, kind: keyword.kind, bracketEnd: bracketEnd, phraseRange: i..<end)
                break
            }
            if let marker = matched {
                if marker.kind == .list(.active) { drugFactsPanel = true }
                markers.append(marker)
                i = marker.range.upperBound
            } else {
                i += 1
            }
        }
        return markers
    }

    /// Whether a `(` or `[` opened before `index` is still open there: a phrase inside a bracket
    /// (`Oil (Contains one or more of the following oils - Canola, Corn)`) belongs to that ingredient.
    private static func isInsideBracket(_ lower: [Unicode.Scalar], at index: Int) -> Bool {
        var depth = 0
        var k = index - 1
        while k >= 0, index - k <= 2 * ListBuilder.longestGroup {
            switch lower[k] {
            case ")", "]": depth += 1
            case "(", "[":
                if depth == 0 { return true }
                depth -= 1
            case "\n" where k + 1 < lower.count && lower[k + 1] == "\n": return false
            default: break
            }
            k -= 1
        }
        return false
    }

    private static let openingHeadingBrackets = HeadingBrackets.opening
    private static let closingHeadingBrackets = HeadingBrackets.closing

    /// Where the heading ends (after its colon), or nil when what follows says it is not a heading.
    private static func accept(
        _ keyword: Keyword, in lower: [Unicode.Scalar], start: Int, end: Int,
        printed: [Unicode.Scalar]
    ) -> Int? {
        var j = end
        if keyword.kind == .list(.main) { j = bilingualHeadingEnd(in: lower, from: j) }
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
        let colon = j < lower.count && (lower[j] == ":" || lower[j] == "：" || closingHeadingBrackets.contains(lower[j]))
        switch keyword.follow {
        case .any:
            if colon { return j + 1 }
            return end
        case .colonOrLineEnd:
            if colon { return j + 1 }
            if atLineEnd { return j }
            // `K< Q INGREDIENTS O Ss`: a heading read by OCR with specks around it, alone on its line otherwise.
            if keyword.kind == .list(.main), let lineEnd = ocrSpecksEnd(in: lower, from: j) { return lineEnd }
            // A Drug Facts table header: "Active ingredients          Purpose". Compared in place: copying
            // the rest of the line for every "active ingredient" of a long line is quadratic.
            if keyword.kind == .list(.active) {
                for word in ["purposes", "purpose"] {
                    let wordEnd = j + word.unicodeScalars.count
                    guard wordEnd <= lower.count, lower[j..<wordEnd].elementsEqual(word.unicodeScalars) else {
                        continue
                    }
                    var lineEnd = wordEnd
                    while lineEnd < lower.count, lower[lineEnd] != "\n", lower[lineEnd].isWhitespaceFast {
                        lineEnd += 1
                    }
                    if lineEnd == lower.count || lower[lineEnd] == "\n" { return lineEnd }
                    // The table flattened onto its line (openFDA's `Active ingredients Purpose Zinc Oxide 20%
                    // Sunscreen`): a name and its strength follow the header.
                    if lower[lineEnd].isAlphabeticFast, strengthFollows(lower, from: lineEnd) { return lineEnd }
                }
            }
            // "INGREDIENTS - Water, …"
            if j + 1 < lower.count, lower[j] == "-", lower[j + 1] == " " { return j + 1 }
            // `NGREDIENTES, Alcohol Denat, Parfum, …`: OCR read the colon of a heading starting its line as a comma.
            if keyword.kind == .list(.main), j < lower.count, lower[j] == ",", atLineStart(lower, before: start),
                lineContinuesAsList(lower, from: j + 1)
            {
                return j + 1
            }
            if keyword.kind == .list(.main) {
                // "Ingredients are: Aqua, …"
                for word in ["are", "is"] {
                    let wordEnd = j + word.unicodeScalars.count
                    if wordEnd < lower.count, lower[j..<wordEnd].elementsEqual(word.unicodeScalars),
                        lower[wordEnd] == ":"
                    {
                        return wordEnd + 1
                    }
                }
                // "INGREDIENTS Water, Glycerin, …" in capitals anywhere, or "Ingredients Water, …" at a line
                // start (`ingredient sugar, salt, water` typed in lower case too): a heading without its colon,
                // when the line goes on as a list.
                let inCapitals =
                    keyword.text.count >= 4
                    && printed[start..<end].allSatisfy { !$0.isAlphabeticFast || $0.properties.isUppercase }
                // A name follows: a letter (Han, kana and Hangul have no capitals: `全成分 水、グリセリン、…`,
                // `성분 정제수, …`) or a digit (`1,2-Hexanediol`).
                let nameFollows = printed[j].isAlphabeticFast || ("0"..."9").contains(printed[j])
                if j > end, j < printed.count, inCapitals || (nameFollows && atLineStart(lower, before: start)),
                    lineContinuesAsList(lower, from: j)
                {
                    return j
                }
            }
            // `Active ingredients Avobenzone 2.7%, …`, `Inactive ingredients water, fragrance`: a Drug Facts heading
            // of several words starting its line without a colon (openFDA's label fields print it so), when a name
            // and a separator follow on its line.
            if keyword.kind == .list(.active) || keyword.kind == .list(.inactive), keyword.text.contains(" "),
                j > end, j < printed.count, printed[j].isAlphabeticFast, atLineStart(lower, before: start),
                lineContinuesAsList(lower, from: j, separators: 1)
            {
                return j
            }
            // `Active ingredient (in each spray) Avobenzone 3% Purpose …`: an actives' heading at a line start, its
            // qualifier in brackets, then a name and its strength.
            if keyword.kind == .list(.active), keyword.text.contains(" "), atLineStart(lower, before: start),
                let nameStart = afterQualifier(lower, from: j), nameStart < printed.count,
                printed[nameStart].isAlphabeticFast, strengthFollows(lower, from: nameStart)
            {
                return nameStart
            }
            return nil
        case .colonOrAlone:
            if colon { return j + 1 }
            return atLineStart(lower, before: start) && atLineEnd ? j : nil
        case .colonOrLineStart:
            if colon { return j + 1 }
            if j + 1 < lower.count, lower[j] == "-", lower[j + 1] == " " { return j + 1 }
            return atLineStart(lower, before: start) ? j : nil
        }
    }

    /// The end of the line from `start` when all it holds is one to three specks of one or two characters
    /// (`O Ss`, `|`): what OCR reads from a photo's edges around a heading. Nil otherwise.
    private static func ocrSpecksEnd(in lower: [Unicode.Scalar], from start: Int) -> Int? {
        var k = start
        var specks = 0
        var length = 0
        while k < lower.count, lower[k] != "\n" {
            if lower[k] == " " {
                length = 0
            } else {
                if length == 0 { specks += 1 }
                length += 1
                if length > 2 || specks > 3 { return nil }
            }
            k += 1
        }
        return specks > 0 ? k : nil
    }

    /// The shortest heading recognised run together with a neighbouring word: `Ingredients`, `Zutaten`, not
    /// `Inci` (`InciDecoder` is a site's name).
    private static let gluedHeadingLength = 7

    /// Whether the printed case turns at `index` inside a word: a lower-case letter, then a capital
    /// (`…enIngr…`, `…tsChicken`), where a scraped page ran two elements' texts together.
    private static func isCaseTurn(_ printed: [Unicode.Scalar], at index: Int) -> Bool {
        guard index > 0 && index < printed.count else { return false }
        let (before, after) = (printed[index - 1], printed[index])
        // ASCII letters without the Unicode property look-up (a-z are ASCII's only lower-case letters, A-Z
        // its only capitals): `scan` asks at every letter inside a word.
        if before.isASCII && after.isASCII {
            return ("a"..."z").contains(before) && ("A"..."Z").contains(after)
        }
        return before.properties.isLowercase && after.properties.isUppercase
    }

    /// A letter of a script without capitals (Han, kana, Hangul), which starts a name as a capital does.
    private static func isCaseless(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x1100 && s.properties.isAlphabetic && !s.properties.isLowercase && !s.properties.isUppercase
    }

    /// After a may-contain marker, the end of a bracket that only repeats it in words, with its colon:
    /// `+/-(May Contain/Peut Contenir):`. Nil when no such bracket follows.
    private static func mayContainGlossEnd(in lower: [Unicode.Scalar], from start: Int) -> Int? {
        var open = start
        while open < lower.count, lower[open] == " " { open += 1 }
        guard open < lower.count, lower[open] == "(",
            let close = lower[open...].prefix(80).firstIndex(of: ")")
        else { return nil }
        var inside = String(String.UnicodeScalarView(lower[(open + 1)..<close]))
        for phrase in mayContainPhrases { inside = inside.replacingOccurrences(of: phrase, with: "") }
        guard inside.unicodeScalars.allSatisfy({ $0 == " " || $0 == "/" || $0 == "," }) else { return nil }
        var end = close + 1
        var next = end
        while next < lower.count, lower[next] == " " { next += 1 }
        if next < lower.count, lower[next] == ":" { end = next + 1 }
        return end
    }

    /// Where the text goes on after a bracketed qualifier (`(in each spray)`) and spaces at `from`, or `from`
    /// after spaces when no bracket is there; nil for a bracket that does not close within 40 scalars.
    private static func afterQualifier(_ lower: [Unicode.Scalar], from: Int) -> Int? {
        var k = from
        while k < lower.count, lower[k] == " " { k += 1 }
        guard k < lower.count, lower[k] == "(" else { return k }
        guard let close = lower[k...].prefix(40).firstIndex(of: ")") else { return nil }
        k = close + 1
        while k < lower.count, lower[k] == " " { k += 1 }
        return k
    }

    /// Whether a strength (`3%`, `0.5 %`) follows within the next 60 scalars of the line, before a full stop.
    private static func strengthFollows(_ lower: [Unicode.Scalar], from start: Int) -> Bool {
        var k = start
        while k < min(lower.count, start + 60), lower[k] != "\n" {
            if lower[k] == "%", k > start, ("0"..."9").contains(lower[k - 1]) || lower[k - 1] == " " {
                return true
            }
            if lower[k] == ".", k + 1 < lower.count, lower[k + 1] == " " { return false }
            k += 1
        }
        return false
    }

    /// After `may contain` (no colon), the end of a sentence whose words all name food allergens
    /// (`ListTerminator.tracesWords`: `peanuts.`, `milk and soy`), at its full stop or line end; nil otherwise.
    private static func tracesStatementEnd(in lower: [Unicode.Scalar], from start: Int) -> Int? {
        var k = start
        while k < lower.count, lower[k] == " " { k += 1 }
        guard k < lower.count, lower[k].isAlphabeticFast else { return nil }
        var end = k
        while end < lower.count, lower[end] != "\n", lower[end] != "." { end += 1 }
        let words = String(String.UnicodeScalarView(lower[k..<end])).split(whereSeparator: { $0 == " " || $0 == "," })
        guard !words.isEmpty, words.count <= 12, words.allSatisfy({ ListTerminator.tracesWords.contains(String($0)) }),
            words.contains(where: { !["and", "or", "other", "of", "&", "traces", "trace"].contains(String($0)) })
        else { return nil }
        return end < lower.count && lower[end] == "." ? end + 1 : end
    }

    /// Whether a number follows `+/-` (spaces aside): `Glycerin +/- 1%` prints a tolerance.
    private static func isTolerance(_ lower: [Unicode.Scalar], after end: Int) -> Bool {
        var k = end
        while k < lower.count, lower[k] == " " { k += 1 }
        return k < lower.count && (("0"..."9").contains(lower[k]) || lower[k] == ".")
    }

    /// `Ingrédients/Ingredients`, `Состав / Ingredients`: after a list heading, a slash and another list
    /// heading belong to it. Returns where the last heading ends (`from` when none follows).
    private static func bilingualHeadingEnd(in lower: [Unicode.Scalar], from: Int) -> Int {
        var end = from
        for _ in 0..<4 {
            var k = end
            while k < lower.count, lower[k] == " " { k += 1 }
            guard k < lower.count, lower[k] == "/" || lower[k] == "|" else { break }
            k += 1
            while k < lower.count, lower[k] == " " { k += 1 }
            guard k < lower.count,
                let next = keywords(startingWith: lower[k]).first(where: { keyword in
                    keyword.kind == .list(.main) && k + keyword.text.count <= lower.count
                        && lower[k..<(k + keyword.text.count)].elementsEqual(keyword.text)
                        && (k + keyword.text.count == lower.count || !isWordScalar(lower[k + keyword.text.count]))
                })
            else { break }
            end = k + next.text.count
        }
        return end
    }

    /// Chinese particles between a list heading and the list: `係`, `包括`, `如下`, `有`, `为`, `是`.
    private static let cjkParticles: [[Unicode.Scalar]] = ["如下", "包括", "包含", "係", "有", "为", "為", "是"].map {
        Array($0.unicodeScalars)
    }

    /// The end of a particle at `from` that a colon or a space and a Latin letter follow, if any.
    private static func cjkParticleEnd(in lower: [Unicode.Scalar], from: Int) -> Int? {
        for particle in cjkParticles {
            let end = from + particle.count
            guard end <= lower.count, lower[from..<end].elementsEqual(particle) else { continue }
            var k = end
            while k < lower.count, lower[k] == " " { k += 1 }
            guard k < lower.count else { return nil }
            if lower[k] == ":" || (k > end && lower[k].value < 0x80 && lower[k].isAlphabeticFast) { return end }
        }
        return nil
    }

    /// Whether the line from `start` holds list separators: `separators` (two unless told) within its first
    /// 300 scalars.
    private static func lineContinuesAsList(_ lower: [Unicode.Scalar], from start: Int, separators wanted: Int = 2)
        -> Bool
    {
        var separators = 0
        var k = start
        while k < min(lower.count, start + 300), lower[k] != "\n" {
            if lower[k].isListSeparator {
                separators += 1
                if separators >= wanted { return true }
            }
            k += 1
        }
        return false
    }

    /// Where a short name before a heading starts (`Moisturizer Ingredients:`): the line's start, or the end of
    /// the sentence before it on its line (a kit pasted as one paragraph: `Cleanser Ingredients: Water, … Citric
    /// Acid. Moisturizer Ingredients: Water, …`), when one to four words, no separator and no sentence stand
    /// between it and the heading.
    private static func qualifierStart(in lower: [Unicode.Scalar], before start: Int) -> Int? {
        var k = start - 1
        var words = 0
        var inWord = false
        while k >= 0, lower[k] != "\n", start - k <= 40 {
            let c = lower[k]
            if c == ".", lower[k + 1] == " ", k > 0, lower[k - 1].isAlphabeticFast || lower[k - 1] == ")",
                (1...4).contains(words)
            {
                return k + 1
            }
            if c.isListSeparator || c == "." || c == ":" || c == "(" || c == ")" { return nil }
            if c == " " {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
            k -= 1
        }
        guard k < 0 || lower[k] == "\n", (1...4).contains(words) else { return nil }
        return k + 1
    }

    /// Whether only spaces or a bullet stand between the line's start and `start`.
    private static func atLineStart(_ lower: [Unicode.Scalar], before start: Int) -> Bool {
        var k = start - 1
        while k >= 0, lower[k] == " " || (lower[k].isListBullet && lower[k] != "-") { k -= 1 }
        if k < 0 || lower[k] == "\n" { return true }
        // `Drug Facts Active ingredient Aluminum Sesquichlorohydrate (16%)`: the panel's title before a heading
        // on its line leaves the heading first in the panel.
        let title = Array("drug facts".unicodeScalars)
        guard k + 1 >= title.count, lower[(k + 1 - title.count)...k].elementsEqual(title) else { return false }
        return atLineStart(lower, before: k + 1 - title.count)
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
