/// Turns label text into tokens: text → sections → sentences → list items → cleaned names.
///
/// It knows typography, not ingredients: it never consults the dictionary. Alias groups such as
/// `Water/Aqua/Eau` and synonyms in parentheses are resolved by the `Matcher`, which can tell
/// `Caprylic/Capric Triglyceride` (one name) from `Parfum/Fragrance` (two names of one ingredient).
public struct Tokenizer: Sendable {
    public init() {}

    /// The longest label text accepted: real labels, even kits with several lists and Drug Facts panels,
    /// are a few kilobytes; 1 MiB leaves room and bounds the memory one input can take.
    public static let maximumBytes = 1 << 20

    public func tokenize(_ input: String) throws(TokenizerError) -> TokenizedList {
        let bytes = input.utf8.count
        if bytes > Self.maximumBytes { throw .tooLarge(bytes: bytes) }
        try Self.checkIsText(input)
        let text = NormalizedText(input)
        let markers = SectionMarker.scan(text)
        var state = ListBuilder(text: text)
        for region in Self.regions(of: text, markers: markers) {
            state.process(region)
        }
        let list = state.finish()
        guard !list.tokens.isEmpty else {
            let excerpt = text.text(0..<text.scalars.count).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            throw .noIngredientList(excerpt: excerpt.count > 60 ? String(excerpt.prefix(57)) + "..." : excerpt)
        }
        return list
    }

    // MARK: - Input checks

    static func checkIsText(_ input: String) throws(TokenizerError) {
        var total = 0
        var suspicious = 0
        var meaningful = false
        for scalar in input.unicodeScalars {
            total += 1
            switch scalar.value {
            case 0: throw .binary(offset: total - 1)
            case 0x01...0x08, 0x0E...0x1F, 0x7F, 0xFFFD: suspicious += 1
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0xFEFF, 0x200B: break
            default: meaningful = true
            }
        }
        guard meaningful else { throw .empty }
        if suspicious * 10 > total { throw .binary(offset: 0) }
    }

    // MARK: - Regions

    struct Region {
        var range: Range<Int>
        /// nil: text that is not ingredients (Drug Facts "Uses", marketing headings).
        var section: Section?
        /// Right after a list heading ("Ingredients:", "May contain"): a list (re)starts here.
        var opensList = false
        /// A `ListTerminator` and the text it governs: a list that has begun ends here.
        var endsList = false
        /// Before the label's first list heading: the product name, claims, marketing.
        var beforeHeading = false
    }

    static func regions(of text: NormalizedText, markers: [SectionMarker]) -> [Region] {
        var markers = markers
        // `Contains: wheat, barley` as the whole text: the word that ends a list with its allergens heads one
        // when nothing was printed before it, and no list heading after it (`Contains: Sodium fluoride (1450
        // ppm F)` above a toothpaste's `Ingredients:` is its statement).
        // Lines without a separator before it are the product's name (`Product Title⏎CONTAINS: Alpha-Glucan, …`).
        if let first = markers.first, case .terminator(.panelHeading) = first.kind,
            ListTerminator.contentsHeadings.contains(String(scalars: text.lower[first.phraseRange])),
            text.scalars[0..<first.range.lowerBound].allSatisfy(\.isWhitespaceFast)
                || !text.scalars[0..<first.range.lowerBound].contains(where: { $0.isListSeparator })
                    && text.scalars[first.range.lowerBound - 1] == "\n",
            !markers.dropFirst().contains(where: { $0.kind == .list(.main) })
        {
            markers[0] = SectionMarker(
                range: first.range, kind: .list(.main), bracketEnd: nil, phraseRange: first.phraseRange)
        }
        var regions: [Region] = []
        var current: Section? = .main
        var listSection: Section = .main
        var start = 0
        var skipUntil = 0
        var opens = false
        // When a list heading is printed, the list starts after it: what comes before is the
        // product name, claims or marketing (a `[+/- …]` group or "May contain" is not such a heading).
        var seenHeading = !markers.indices.contains { index in
            guard case .list(let section) = markers[index].kind, section != .mayContain,
                markers[index].bracketEnd == nil
            else { return false }
            // A heading with nothing after it ("… organic ingredient" ending a footnote) starts no list; one
            // right above another panel (`Main Ingredients:⏎Analytical constituents: …`) starts an empty one.
            guard index + 1 < markers.count else {
                return text.scalars[markers[index].range.upperBound...].contains { $0.isAlphabeticFast }
            }
            let next = markers[index + 1]
            if case .terminator = next.kind { return true }
            return text.scalars[markers[index].range.upperBound..<next.range.lowerBound].contains {
                $0.isAlphabeticFast
            }
        }
        func append(_ range: Range<Int>, _ section: Section?, endsList: Bool = false) {
            regions.append(
                Region(
                    range: range, section: section, opensList: opens, endsList: endsList, beforeHeading: !seenHeading))
            opens = false
        }
        for (index, marker) in markers.enumerated() where marker.range.lowerBound >= skipUntil {
            // Markers are sorted and do not overlap: the next one starts at or after this one's end.
            let next = index + 1 < markers.count ? markers[index + 1] : nil
            // `octocrylene inactive ingredients: water, glycerin`, `Acetaminophen 500mg; inactive: corn starch`: with no
            // actives' heading, the name on the inactive heading's line before it is the active.
            // (The heading took the name as a kit part's qualifier: the phrase itself starts after it.)
            if marker.kind == .list(.inactive), !seenHeading,
                let activeStart = activeBeforeInactive(in: text, from: start, to: marker.phraseRange.lowerBound)
            {
                append(start..<activeStart, current)
                seenHeading = true
                opens = true
                append(activeStart..<marker.phraseRange.lowerBound, .active)
            } else {
                append(start..<marker.range.lowerBound, current)
            }
            switch marker.kind {
            case .list(let section):
                if section != .mayContain { seenHeading = true }
                opens = true
                if let close = marker.bracketEnd {
                    // `[+/- May contain: …]`, `[+/- MAY CONTAIN / PEUT CONTENIR …]`: headings right after the
                    // first belong to it.
                    var contentStart = marker.range.upperBound
                    var following = index + 1
                    while following < markers.count, markers[following].kind == .list(.mayContain),
                        markers[following].range.lowerBound < close,
                        text.scalars[contentStart..<markers[following].range.lowerBound].allSatisfy({
                            $0 == " " || $0 == ":" || $0 == "/"
                        })
                    {
                        contentStart = markers[following].range.upperBound
                        following += 1
                    }
                    append(contentStart..<max(contentStart, close), section)
                    start = close + 1
                    skipUntil = close + 1
                    opens = true
                } else {
                    current = section
                    if section != .mayContain { listSection = section }
                    start = marker.range.upperBound
                }
            case .ignore(let untilBlankLine):
                // Until a blank line, or the next heading when that comes first.
                if untilBlankLine,
                    let blank = blankLine(
                        in: text, from: marker.range.upperBound,
                        before: next?.range.lowerBound ?? text.scalars.count)
                {
                    append(marker.range.upperBound..<blank, nil)
                    start = blank
                    current = listSection
                } else {
                    current = nil
                    start = marker.range.upperBound
                }
            case .minorIngredients:
                // A separator: the list goes on in its section after it.
                start = marker.range.upperBound
            case .terminator, .field:
                // A panel or statement runs to a blank line or the next heading, a field (`Product Name: …`) to
                // the end of its line or the next heading on it (`제품명: 어떤세럼, 전성분: …`); a list that had
                // begun before it is over.
                let stop = next?.range.lowerBound ?? text.scalars.count
                var end = marker.range.upperBound
                if marker.kind == .field {
                    while end < stop, text.scalars[end] != "\n" { end += 1 }
                } else if marker.kind == .terminator(.statement),
                    !text.scalars[0..<marker.range.lowerBound].contains(where: { $0.isListSeparator }),
                    let sentenceEnd = sentenceEnd(in: text, from: end, before: stop),
                    text.scalars[sentenceEnd..<stop].count(where: { $0.isListSeparator }) >= 2
                {
                    // `Made in France. Aqua, Glycerin, …`: a statement printed before any list is one sentence of
                    // the label's front, not the end of a list that has not begun (a nutrition table after its
                    // title, with no separators, stays out).
                    end = sentenceEnd
                } else {
                    end = blankLine(in: text, from: marker.range.upperBound, before: stop) ?? stop
                }
                regions.append(
                    Region(
                        range: marker.range.lowerBound..<max(marker.range.lowerBound + 1, end), section: nil,
                        endsList: true, beforeHeading: !seenHeading))
                start = end
                current = listSection
            }
        }
        append(start..<text.scalars.count, current)
        return regions.filter { !$0.range.isEmpty }
    }

    /// Where an active ingredient starts on an inactive heading's line, before it (`octocrylene inactive
    /// ingredients:`, `Acetaminophen 500mg; inactive:`): one to four words that carry a strength (`500mg`, `3%`) or
    /// are printed in lower case (as openFDA's fields are); a product's name in title case is not one.
    static func activeBeforeInactive(in text: NormalizedText, from start: Int, to end: Int) -> Int? {
        var lineStart = end
        while lineStart > start, text.scalars[lineStart - 1] != "\n" { lineStart -= 1 }
        let line = String(String.UnicodeScalarView(text.scalars[lineStart..<end]))
        let name = String(line.drop { " ;,.:".contains($0) }.reversed().drop { " ;,.:".contains($0) }.reversed())
        let words = name.split(separator: " ")
        guard (1...4).contains(words.count), name.contains(where: { $0.isLetter }) else { return nil }
        let strength = words.contains { word in
            let lower = word.lowercased()
            return lower.first?.isNumber == true && ["%", "mg", "mcg", "g"].contains { lower.hasSuffix($0) }
        }
        let lowerCase = !name.contains { $0.isUppercase || $0.isNumber }
        guard strength || lowerCase, !ProseDetector.isProse(parts: [name]) else { return nil }
        return lineStart
    }

    /// The start of the next blank line after `start` and before `end`, if any.
    /// Where the sentence that runs at `start` ends: after its full stop (followed by a space) or at its line's
    /// end; nil when it runs to `end`.
    static func sentenceEnd(in text: NormalizedText, from start: Int, before end: Int) -> Int? {
        let s = text.scalars
        var i = start
        while i < end {
            if s[i] == "\n" { return i }
            if s[i] == ".", i + 1 < end, s[i + 1] == " " || s[i + 1] == "\n" { return i + 1 }
            i += 1
        }
        return nil
    }

    static func blankLine(in text: NormalizedText, from start: Int, before end: Int) -> Int? {
        var i = start
        let s = text.scalars
        while i < min(end, s.count) {
            if s[i] == "\n" {
                var j = i + 1
                while j < s.count, s[j] == " " { j += 1 }
                if j < s.count, s[j] == "\n" { return i }
            }
            i += 1
        }
        return nil
    }
}
