/// The working state of one `Tokenizer.tokenize` call: splits regions into sentences and items, drops
/// prose, records footnotes, and collects tokens in order.
struct ListBuilder {
    let text: NormalizedText
    private(set) var tokens: [Token] = []
    private(set) var footnotes: [String: String] = [:]
    /// Claims printed before the list, among its items or in prose around it.
    private(set) var claims: Set<Claim> = []

    /// `text.scalars`, held directly: read once per scalar in every loop below.
    private let s: [Unicode.Scalar]

    init(text: NormalizedText) {
        self.text = text
        s = text.scalars
    }

    static let longestName = 4_096
    /// Words that end in a period that does not end the list: `Alcohol Denat.`, `Red No. 40`.
    static let abbreviations: Set<String> = [
        "denat", "no", "nos", "st", "ext", "var", "spp", "ssp", "subsp", "sp",
        "aq", "vit", "approx", "incl", "fl", "oz", "hydr", "cv", "f", "l", "co", "nr",
    ]

    // MARK: - Regions → sentences

    /// A terminator ended the list; text is ignored until a list heading opens a list again.
    private var closed = false
    /// Where prose after the list's first items ended: the rest of that paragraph is not read.
    private var proseAfterList: Int?
    /// The last sentence read was a list of names closed by a full stop (`…, Black 2 (CI 77266).`): a line
    /// below it that is not itself a list (a batch code, the product's name in other languages, a shop's
    /// menu read by OCR) is the label's other text, not one more ingredient.
    private var listEndedWithPeriod = false

    private func hasBlankLine(between start: Int, and end: Int) -> Bool {
        var newlines = 0
        for i in start..<max(start, end) {
            if s[i] == "\n" {
                newlines += 1
                if newlines >= 2 { return true }
            } else if s[i] != " " {
                newlines = 0
            }
        }
        return false
    }

    mutating func process(_ region: Tokenizer.Region) {
        if region.endsList {
            if !tokens.isEmpty { closed = true }
            return
        }
        if region.opensList {
            closed = false
            listEndedWithPeriod = false
        }
        proseAfterList = nil
        guard !closed, let section = region.section else { return }
        // Before a list heading stand the product's name and claims; a list of its own there (a kit's
        // first part before "Moisturizer Ingredients:") has at least five comma-separated items.
        if region.beforeHeading, !isListBeforeHeading(withoutMarketingLines(region.range)) {
            claims.formUnion(Claim.claims(in: text.text(region.range)))
            return
        }
        let highlights = tokens.isEmpty && !region.opensList
        read(withoutMarketingLines(region.range, highlightsBeforeList: highlights), of: region, section: section)
        // The notes were the list after all (the comma line below them is a sentence): read the region with them.
        if highlights, tokens.isEmpty {
            proseAfterList = nil
            listEndedWithPeriod = false
            read(withoutMarketingLines(region.range), of: region, section: section)
        }
    }

    private mutating func read(_ runs: [Range<Int>], of region: Tokenizer.Region, section: Section) {
        // The last run that holds a list (two separators or more), for the product front's check below.
        let lastListRun = runs.lastIndex { run in s[run].count(where: { $0.isListSeparator }) >= 2 }
        for (index, run) in runs.enumerated() {
            // A product's front read above its list, without a heading: `TERRA VIVA⏎ESFOLIANTE CORPORAL⏎200 g⏎
            // COFFEA ARABICA SEED POWDER, …`. Lines with no separator above the net quantity, when a list follows
            // it, are the product's name, not its first ingredient.
            if tokens.isEmpty, let lastListRun, index < lastListRun,
                isFrontAboveQuantity(run, within: region.range)
            {
                claims.formUnion(Claim.claims(in: text.text(run)))
                continue
            }
            // A list typed with several separators (`Aqua • Glycerin; Niacinamide⏎Panthenol`) is not a
            // printed column: its line breaks separate too.
            let commaStyle = isCommaStyle(run) && separatorKinds(run) < 2
            let runSentences = sentences(in: run, commaStyle: commaStyle)
            // `Per 100g⏎Energy: 100 kcal⏎Protein: 5g⏎Fat: 3g`: a nutrition table, one nutrient a line.
            if NutritionTable.isTable(runSentences.map { text.text($0) }) {
                if !tokens.isEmpty { closed = true }
                continue
            }
            if tokens.isEmpty, !region.opensList, isDescription(runSentences) {
                claims.formUnion(Claim.claims(in: text.text(run)))
                continue
            }
            for sentence in runSentences {
                processSentence(sentence, section: section)
            }
        }
    }

    /// The parts of `range` left after removing Sephora-style `-Key ingredient: what it does` lines
    /// (a bullet, a name, a colon, prose), which may run over several sentences.
    ///
    /// With `highlightsBeforeList` (no heading opened the region and nothing was read yet), notes on a key
    /// ingredient above the first comma list line (`Green Tea Leaf Water: Antimicrobial and soothing`) are a
    /// page's highlights too.
    private func withoutMarketingLines(_ range: Range<Int>, highlightsBeforeList: Bool = false) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var runStart = range.lowerBound
        var lineStart = range.lowerBound
        var afterMarketing = false
        let firstListLine = highlightsBeforeList ? firstCommaListLine(in: range) : nil
        if let firstListLine, isBulletHighlightBlock(range.lowerBound..<firstListLine, above: firstListLine) {
            runStart = firstListLine
            lineStart = firstListLine
        }
        while lineStart < range.upperBound {
            var lineEnd = lineStart
            while lineEnd < range.upperBound, s[lineEnd] != "\n" { lineEnd += 1 }
            let line = lineStart..<lineEnd
            if let firstListLine, lineStart < firstListLine, isHighlightLine(line) {
                if runStart < lineStart { runs.append(runStart..<lineStart) }
                runStart = min(lineEnd + 1, range.upperBound)
                lineStart = lineEnd + 1
                continue
            }
            // A marketing line wrapped onto the next (`-Sweet Almond Oil: … leaves it soft⏎and silky.`): a line
            // that goes on in lower case, after a line with no full stop, belongs to it unless it is a list.
            let continuesMarketing =
                afterMarketing && startsInLowerCase(line)
                && previousNonSpace(before: lineStart, from: range.lowerBound) != "."
                && s[line].count(where: { $0.isListSeparator }) < 2
            afterMarketing = isMarketingLine(line) || continuesMarketing
            if afterMarketing || isQuantityLine(line) {
                if runStart < lineStart { runs.append(runStart..<lineStart) }
                runStart = min(lineEnd + 1, range.upperBound)
            }
            lineStart = lineEnd + 1
        }
        if runStart < range.upperBound { runs.append(runStart..<range.upperBound) }
        return runs
    }

    /// Whether `run` holds lines without a list separator and ends where a net-quantity line (`200 g`, `30 ml`)
    /// of `region` starts.
    private func isFrontAboveQuantity(_ run: Range<Int>, within region: Range<Int>) -> Bool {
        guard run.upperBound < region.upperBound, run.upperBound > 0, s[run.upperBound - 1] == "\n",
            !s[run].contains(where: { $0.isListSeparator })
        else { return false }
        var lineEnd = run.upperBound
        while lineEnd < region.upperBound, s[lineEnd] != "\n", lineEnd - run.upperBound <= 40 { lineEnd += 1 }
        return isQuantityLine(run.upperBound..<lineEnd)
    }

    private func startsInLowerCase(_ line: Range<Int>) -> Bool {
        guard let first = s[line].first(where: { $0 != " " }) else { return false }
        return first.properties.isLowercase
    }

    /// Whether text before a list heading is itself a list: comma style and five items or more, or
    /// items that each carry a percentage (sunscreen actives printed before "Inactive Ingredients:"). Judged
    /// without `-Key ingredient: what it does` highlight lines, which the reading drops too (Sephora prints
    /// them above a sunscreen's actives).
    private func isListBeforeHeading(_ runs: [Range<Int>]) -> Bool {
        guard !runs.isEmpty else { return false }
        var separators = 0
        var percents = 0
        for run in runs {
            for i in run {
                if s[i].isListSeparator && !isDigitComma(at: i) { separators += 1 }
                if s[i] == "%" { percents += 1 }
            }
        }
        guard (separators >= 4 && runs.allSatisfy(isCommaStyle)) || (separators >= 1 && percents > separators) else {
            return false
        }
        // A shop's description above the heading has commas too (`Kojący szampon MURKY zawiera ekstrakt z piołunu,
        // pochodną kwasu …, oraz azeloglicynę. Dodatkowo zawiera argininę, niacynamid, …`): its parts read as
        // sentences, a list's as names.
        let parts = runs.flatMap {
            text.text($0).split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "." || $0 == "\n" })
        }
        .map(String.init).filter { !$0.trimmingWhitespace().isEmpty }
        return !ProseDetector.isProse(parts: parts)
    }

    /// A region is comma-style when separators outnumber its lines: then a line break inside it is a
    /// wrapped line, not a new item. Otherwise (one ingredient per line) line breaks separate items.
    private func isCommaStyle(_ range: Range<Int>) -> Bool {
        var separators = 0
        var lines = 0
        var lineHasText = false
        for i in range {
            let c = s[i]
            if c == "\n" {
                if lineHasText { lines += 1 }
                lineHasText = false
            } else if c != " " {
                lineHasText = true
            }
            if c.isListSeparator, !isDigitComma(at: i) { separators += 1 }
        }
        if lineHasText { lines += 1 }
        // Or most lines hold a separator: a comma list wrapped mid-name (`Sodium⏎Hyaluronate, ⏎Tocopherol`).
        return separators >= 2 && (separators >= lines || linesWithSeparator(range) * 2 >= lines)
    }

    /// How many kinds of separator `range` uses: commas, semicolons, pipes, bullets. A kind printed rarely
    /// beside a common one (one `|` that OCR read from a box edge among 25 commas) is not counted.
    private func separatorKinds(_ range: Range<Int>) -> Int {
        var counts: [UInt32: Int] = [:]
        for i in range where s[i].isListSeparator && !isDigitComma(at: i) {
            switch s[i] {
            case ",", "、": counts[0x2C, default: 0] += 1
            case ";", "|": counts[s[i].value, default: 0] += 1
            default: counts[0x2022, default: 0] += 1
            }
        }
        let most = counts.values.max() ?? 0
        return counts.values.count { $0 * 8 >= most }
    }

    private func linesWithSeparator(_ range: Range<Int>) -> Int {
        var count = 0
        var found = false
        for i in range {
            if s[i] == "\n" {
                if found { count += 1 }
                found = false
            } else if s[i].isListSeparator, !isDigitComma(at: i) {
                found = true
            }
        }
        return count + (found ? 1 : 0)
    }

    /// `1,2-Hexanediol` and `2,5%`: a comma between two digits does not separate; nor do the commas of
    /// spaced locants, single digits each followed by a comma and a space, the last by a hyphen
    /// (`1, 2-Hexanediol`, `1, 2, 3-Propanetriol`).
    /// Other locants (`N,N-`, `alpha,3,3-`, `4a,5,9b-`) are `LocantComma`'s.
    private func isDigitComma(at i: Int) -> Bool {
        guard s[i] == ",", i > 0, i + 1 < s.count else { return false }
        guard ("0"..."9").contains(s[i - 1]) else { return LocantComma.joinsLocants(s, at: i) }
        if ("0"..."9").contains(s[i + 1]) { return true }
        let singleDigitBefore = i < 2 || !(s[i - 2].isAlphabeticFast || ("0"..."9").contains(s[i - 2]))
        guard singleDigitBefore else { return false }
        var k = i
        while k + 3 < s.count, s[k] == ",", s[k + 1] == " ", ("0"..."9").contains(s[k + 2]) {
            if s[k + 3] == "-" { return true }
            k += 3
        }
        return false
    }

    private func sentences(in range: Range<Int>, commaStyle: Bool) -> [Range<Int>] {
        var result: [Range<Int>] = []
        // `AQUA/WATER/EAU. GLYCERIN. ALCOHOL DENAT. CYCLOPENTASILOXANE.`: names separated by full stops, no comma.
        let fullStopList = isFullStopList(range)
        var start = range.lowerBound
        var i = range.lowerBound
        // Brackets open since the sentence started: a period inside one that closes later
        // (`Bread (Flour, Water. Contains 2% or less of Salt)`) is part of that ingredient.
        var openBrackets = 0
        while i < range.upperBound {
            let c = s[i]
            var boundary = false
            if c == "(" || c == "[" {
                openBrackets += 1
            } else if c == ")" || c == "]" {
                openBrackets = max(0, openBrackets - 1)
            }
            if c == "." && openBrackets > 0 && bracketCloses(after: i, end: range.upperBound) {
                i += 1
                continue
            }
            if c == "\n" {
                boundary =
                    !commaStyle || isParagraphBreak(at: i, end: range.upperBound)
                    || previousNonSpace(before: i, from: start).map { $0 == "." || $0 == ":" } ?? true
                    || startsNewLineItem(after: i, end: range.upperBound)
                    || endsInItemMark(before: i, from: start, end: range.upperBound)
                    || isPartLabelLine(endingAt: i, from: start) || isPartLabelLine(startingAt: i + 1)
                if boundary, isWrappedName(at: i, end: range.upperBound) { boundary = false }
                // `…, SQUALANE⏎CORPORATION`: a line naming the maker is no name wrapped from the line above.
                if !boundary, startsMakerLine(after: i, end: range.upperBound) { boundary = true }
                if boundary, commaStyle, wrapsAcrossBlankLine(at: i, from: start, end: range.upperBound) {
                    boundary = false
                }
                // `…, Salt, Oil⏎More info: www.example.com`: a field line after the list is no wrapped name.
                if !boundary, commaStyle, startsFieldLine(after: i, end: range.upperBound),
                    previousNonSpace(before: i, from: start) != ","
                {
                    boundary = true
                }
            } else if c == ".",
                isSentenceEnd(at: i, end: range.upperBound) || (fullStopList && endsDenaturedAlcohol(at: i))
            {
                result.append(start..<(i + 1))
                start = i + 1
                openBrackets = 0
                i += 1
                continue
            }
            if boundary {
                result.append(start..<i)
                start = i + 1
                openBrackets = 0
            }
            i += 1
        }
        result.append(start..<range.upperBound)
        return result.map(trim).filter { !$0.isEmpty }
    }

    /// Whether `range` separates its names by full stops: three or more stops before a space, no other separator.
    private func isFullStopList(_ range: Range<Int>) -> Bool {
        var stops = 0
        for i in range {
            if s[i].isListSeparator { return false }
            if s[i] == ".", i + 1 < range.upperBound, s[i + 1] == " " || s[i + 1] == "\n" { stops += 1 }
        }
        return stops >= 3
    }

    /// Whether the stop at `i` closes `Denat.` before a capital: in a full-stop list, the end of that name too.
    private func endsDenaturedAlcohol(at i: Int) -> Bool {
        guard i >= 5, String(scalars: text.lower[(i - 5)..<i]) == "denat", i == 5 || !s[i - 6].isAlphabeticFast
        else { return false }
        var j = i + 1
        while j < s.count, s[j] == " " || s[j] == "\n" { j += 1 }
        return j < s.count && s[j].properties.isUppercase
    }

    /// Whether the line after the break at `i` names a company or a contact (`ContactText`).
    private func startsMakerLine(after i: Int, end: Int) -> Bool {
        var lineEnd = i + 1
        while lineEnd < end, s[lineEnd] != "\n" { lineEnd += 1 }
        return isMakerLine(text.text((i + 1)..<lineEnd))
    }

    /// A line of the maker's panel: its first item is a contact or a company (`Parle Products Pvt. Ltd., V.S.
    /// Khandekar Marg, …`), or it names a company in two items at most (`Too Faced Cosmetics, LLC`).
    private func isMakerLine(_ line: String) -> Bool {
        let items = line.split(whereSeparator: { $0 == "," || $0 == ";" })
        guard let first = items.first else { return false }
        return isMakerOrContact(first.trimmingWhitespace()) || items.count <= 2 && ContactText.namesCompany(line)
    }

    /// Whether the line after the break at `i` is a label's field (`More info: …`, `Dietary information:`): one to
    /// three words starting with a letter, no separator, then a colon.
    private func startsFieldLine(after i: Int, end: Int) -> Bool {
        var j = i + 1
        while j < end, s[j] == " " { j += 1 }
        guard j < end, s[j].isAlphabeticFast else { return false }
        var words = 1
        var k = j
        while k < end, s[k] != "\n", k - j <= 40 {
            let c = s[k]
            if c == ":" || c == "：" { return words <= 3 }
            if c.isListSeparator || ("0"..."9").contains(c) || c == "(" { return false }
            if c == " ", k + 1 < end, s[k + 1] != " ", s[k + 1] != ":" { words += 1 }
            k += 1
        }
        return false
    }

    /// Whether the line before the break at `i` ends in a name's footnote mark (`seed oil¹⏎aloe barbadensis leaf
    /// juice¹,`) and the next line starts with a letter: a mark closes a name, so the break is the comma the
    /// label lost there.
    private func endsInItemMark(before i: Int, from start: Int, end: Int) -> Bool {
        var j = i - 1
        while j >= start, s[j] == " " { j -= 1 }
        var marks = 0
        while j >= start, s[j].isFootnoteMark, s[j] != "+", s[j] != "#", s[j] != "~" {
            marks += 1
            j -= 1
        }
        guard marks > 0, j >= start, s[j].isAlphabeticFast || s[j] == ")" else { return false }
        var next = i + 1
        while next < end, s[next] == " " { next += 1 }
        return next < end && s[next].isAlphabeticFast
    }

    /// The last words of a kit part's or mask layer's name printed alone on a line above its list (`Upper Sheet`,
    /// `Essence`, `Hydrating Toner`): product forms, none of them an ingredient's head noun.
    static let partNouns: Set<String> = [
        "sheet", "mask", "essence", "serum", "cream", "gel", "jelly", "lotion", "cleanser", "toner", "pad", "pads",
        "patch", "patches", "ampoule", "balm", "mist", "emulsion", "foam", "shampoo", "conditioner", "activator",
        "developer", "colorant", "colourant", "tint", "primer",
    ]

    /// Whether the line that ends at `end` (and starts at or after `start`) is a kit part's name: one to four
    /// words in title case, no separator or digit, the last one of `partNouns`.
    private func isPartLabelLine(endingAt end: Int, from start: Int) -> Bool {
        guard end > start, end == s.count || s[end] == "\n" else { return false }
        var lineStart = end - 1
        while lineStart > start, s[lineStart - 1] != "\n" { lineStart -= 1 }
        return isPartLabel(lineStart..<end)
    }

    /// Whether the line that starts at `lineStart` is a kit part's name (`isPartLabelLine(endingAt:from:)`).
    private func isPartLabelLine(startingAt lineStart: Int) -> Bool {
        var end = lineStart
        while end < s.count, s[end] != "\n", end - lineStart <= 60 { end += 1 }
        guard end == s.count || s[end] == "\n" else { return false }
        return isPartLabel(lineStart..<end)
    }

    private func isPartLabel(_ range: Range<Int>) -> Bool {
        let line = trim(range)
        guard !line.isEmpty, line.count <= 40,
            !s[line].contains(where: { $0.isListSeparator || ("0"..."9").contains($0) || $0 == "." || $0 == ":" })
        else { return false }
        let words = text.text(line).split(separator: " ")
        guard (1...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }),
            let last = words.last
        else { return false }
        return Self.partNouns.contains(last.lowercased())
    }

    /// Whether an open bracket closes after `i`, within a group's reach and before a blank line.
    private func bracketCloses(after i: Int, end: Int) -> Bool {
        var depth = 0
        var j = i + 1
        while j < min(end, i + Self.longestGroup) {
            switch s[j] {
            case "(", "[": depth += 1
            case ")", "]":
                if depth == 0 { return true }
                depth -= 1
            case "\n" where isParagraphBreak(at: j, end: end): return false
            default: break
            }
            j += 1
        }
        return false
    }

    /// Whether the line break at `i` wraps one name: a letter ends the line, and the word before the break
    /// cannot end a name or the word after it cannot begin one (`SARGASSUM⏎EXTRACT`, `Glyceryl⏎Stearate`).
    private func isWrappedName(at i: Int, end: Int) -> Bool {
        guard i > 0, !isParagraphBreak(at: i, end: end), !startsNewLineItem(after: i, end: end) else { return false }
        var wordEnd = i
        while wordEnd > 0, s[wordEnd - 1] == " " { wordEnd -= 1 }
        var wordStart = wordEnd
        while wordStart > 0, s[wordStart - 1].isAlphabeticFast { wordStart -= 1 }
        guard wordStart < wordEnd else { return false }
        var nextStart = i + 1
        while nextStart < end, s[nextStart] == " " { nextStart += 1 }
        var nextEnd = nextStart
        while nextEnd < end, s[nextEnd].isAlphabeticFast { nextEnd += 1 }
        guard nextStart < nextEnd else { return false }
        return NameWords.continuesName(text.text(wordStart..<wordEnd))
            || NameWords.isHeadNoun(text.text(nextStart..<nextEnd))
    }

    /// A comma list's line broken mid-name with a blank line after it, as OCR spaces a narrow column
    /// (`Hydroxyethylcellulose, Disodium⏎⏎EDTA, Polyester-11`): the sentence so far holds separators, its
    /// line ends in a letter or a bracket, and the next line goes on with separators.
    private func wrapsAcrossBlankLine(at i: Int, from start: Int, end: Int) -> Bool {
        guard isParagraphBreak(at: i, end: end), let last = previousNonSpace(before: i, from: start),
            last.isAlphabeticFast || last == ")" || last == "]"
        else { return false }
        guard s[start..<i].contains(where: { $0 == "," }) else { return false }
        var next = i
        while next < end, s[next] == " " || s[next] == "\n" { next += 1 }
        var nextEnd = next
        while nextEnd < end, s[nextEnd] != "\n" { nextEnd += 1 }
        return s[next..<nextEnd].contains(",")
    }

    private func isParagraphBreak(at i: Int, end: Int) -> Bool {
        var j = i + 1
        while j < end, s[j] == " " { j += 1 }
        return j >= end || s[j] == "\n"
    }

    /// Whether `sentences` describe ingredients instead of listing them: two or more, no list separator in any,
    /// each starting with a capital and holding a word in lower case (names on a label are printed in title case
    /// or capitals), and one of them prose (`Rose Flower Oil nourishes & restores. Ceramide provides time-release
    /// moisture. Probiotics protect & balance.`).
    private func isDescription(_ sentences: [Range<Int>]) -> Bool {
        guard sentences.count >= 2 else { return false }
        var prose = false
        for sentence in sentences {
            guard !s[sentence].contains(where: { $0.isListSeparator }) else { return false }
            let words = ProseDetector.words(text.text(sentence))
            guard let first = words.first?.first, first.isUppercase,
                words.contains(where: { $0.first?.isLowercase == true })
            else { return false }
            if !prose, ProseDetector.isProse(parts: [text.text(sentence)]) { prose = true }
        }
        return prose
    }

    enum Residue { case code, sentence }

    /// After a list closed by a full stop, on its line: a batch code (`ĮPR-G18094]`: capitals and four digits or
    /// more in one word) or the start of a sentence (`Due to high`, `From organic farming`: a function word),
    /// not one more name. Nil for a name.
    private func residueAfterList(_ sentence: String) -> Residue? {
        let words = sentence.split(separator: " ")
        if words.count == 1, !sentence.contains(where: \.isLowercase), sentence.count(where: \.isNumber) >= 4,
            sentence.contains(where: \.isLetter)
        {
            return .code
        }
        // `Questions? 1-800-555-0100`: a telephone number (seven digits or more, no colour index).
        if sentence.count(where: \.isNumber) >= 7, !words.contains(where: { $0.lowercased() == "ci" }) { return .code }
        // `Art No 80104`, `5 025970 004761`: a number of five digits or more that no colour index names (`CI 77491`).
        for (index, word) in words.enumerated() where word.count >= 5 && word.allSatisfy({ $0.isASCII && $0.isNumber })
        {
            let before = index > 0 ? words[index - 1].lowercased().filter(\.isLetter) : ""
            if before != "ci" && before != "cl" { return .code }
        }
        // `e 400 ml Distribution réservée …`, `Flacon 1 L - usage professionnel`: the net quantity and the text
        // printed with it.
        if QuantityText.containsQuantity(sentence) { return .sentence }
        // `Note: see box`: a field of the label, one or two words and a colon, then its text.
        if let colon = sentence.firstIndex(of: ":"), (1...2).contains(sentence[..<colon].split(separator: " ").count),
            sentence[sentence.index(after: colon)...].contains(where: \.isLetter)
        {
            return .sentence
        }
        return ProseDetector.wordCounts(sentence).function >= 1 ? .sentence : nil
    }

    /// Whether a blank line stands right before `range`.
    private func startsParagraph(_ range: Range<Int>) -> Bool {
        var j = range.lowerBound - 1
        var newlines = 0
        while j >= 0, s[j] == " " || s[j] == "\n" {
            if s[j] == "\n" { newlines += 1 }
            j -= 1
        }
        return newlines >= 2
    }

    /// Whether only spaces stand between the start of `range`'s line and `range`.
    private func startsLine(_ range: Range<Int>) -> Bool {
        var j = range.lowerBound - 1
        while j >= 0, s[j] == " " { j -= 1 }
        return j < 0 || s[j] == "\n"
    }

    private func previousNonSpace(before i: Int, from start: Int) -> Unicode.Scalar? {
        var j = i - 1
        while j >= start, s[j] == " " || s[j] == "\n" { j -= 1 }
        return j >= start ? s[j] : nil
    }

    /// A line that starts with a bullet or a footnote mark followed by a word starts a new item.
    private func startsNewLineItem(after i: Int, end: Int) -> Bool {
        var j = i + 1
        while j < end, s[j] == " " { j += 1 }
        guard j < end else { return true }
        return s[j].isListBullet || s[j].isFootnoteMark
    }

    /// A period followed by space and a capital, a footnote mark or the end — unless it closes an
    /// abbreviation such as `Denat.`.
    private func isSentenceEnd(at i: Int, end: Int) -> Bool {
        var j = i + 1
        var spaced = false
        while j < end, s[j] == " " || s[j] == "\n" {
            spaced = true
            j += 1
        }
        if j >= end { return true }
        // `…, Xanthan Gum.. Тип продукта: шампунь.`: a doubled full stop ends a sentence; an ellipsis does not.
        let doubled = i >= 1 && s[i - 1] == "." && (i < 2 || s[i - 2] != ".")
        guard spaced, i == 0 || s[i - 1] != "." || doubled else { return false }
        let next = s[j]
        // `Niacinamide. e 400 ml`: the estimated sign ℮ (read as `e` by OCR) before a net quantity.
        if next == "e" || next == "℮", j + 2 < end, s[j + 1] == " ", ("0"..."9").contains(s[j + 2]) { return true }
        guard
            next.properties.isUppercase || next.isFootnoteMark || next == "-" || next == "[" || next == "("
                || ("0"..."9").contains(next)
        else {
            return false
        }
        var k = i - 1
        while k >= 0, s[k].isAlphabeticFast { k -= 1 }
        // `C.I. 77891`, `U.S.P.`: the last letter of an initialism.
        if k == i - 2, k >= 0, s[k] == "." { return false }
        return !Self.abbreviations.contains(String(scalars: text.lower[(k + 1)..<i]))
    }

    private func trim(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, s[lower] == " " || s[lower] == "\n" { lower += 1 }
        while upper > lower, s[upper - 1] == " " || s[upper - 1] == "\n" { upper -= 1 }
        return lower..<upper
    }

    // MARK: - Sentences → items

    private mutating func processSentence(_ sentence: Range<Int>, section: Section) {
        var sentence = sentence
        // `…, Phenoxyethanol * Essential Oil`: a footnote's legend printed after the last item; each of several
        // (`Benzyl Salicylate** * ingredients from certified organic agriculture ** from natural essential oils`).
        while let legend = trailingFootnoteLegend(in: sentence) {
            footnotes[legend.mark] = legend.definition
            sentence = trim(sentence.lowerBound..<legend.start)
            guard !sentence.isEmpty else { return }
        }
        let sentenceText = text.text(sentence)
        if let (mark, definition) = footnoteDefinition(sentenceText) {
            footnotes[mark] = definition
            return
        }
        // A heading of its own, such as a kit's "Hydrating Jelly:" before that product's list, or its part's
        // name alone on a line (`Upper Sheet`); among stacked headings, one not known here (`/Sastojci:/Cacтas
        // (INCI):/Ingredientes:`, an OCR'd Состав).
        var last = sentence.upperBound - 1
        while last > sentence.lowerBound, s[last] == "/" || s[last] == " " { last -= 1 }
        if s[last] == ":" { return }
        if startsLine(sentence), !s[sentence].contains("\n"), isPartLabelLine(startingAt: sentence.lowerBound) {
            return
        }
        if isUnmarkedFootnote(sentenceText) { return }
        // `…, Hydroxyethylcellulose⏎⏎Envase de 100 ml.`: the pack's size with its words, in a paragraph of its own
        // after the names, ends the list.
        if !tokens.isEmpty, startsParagraph(sentence), QuantityText.containsQuantity(sentenceText),
            !QuantityText.isQuantityOrCode(sentenceText), splitItems(sentence).count < 2
        {
            closed = true
            return
        }
        if listEndedWithPeriod, splitItems(sentence).count < 2 {
            if startsLine(sentence) { return }
            switch residueAfterList(sentenceText) {
            case .code, .sentence:
                // `Linalool. Ingredients from organic farming. Clinical grade essential oils blend.`: the rest
                // of the paragraph is the label's text too.
                proseAfterList = sentence.upperBound
                return
            case nil: break
            }
        }
        listEndedWithPeriod = false
        // The longest registered INCI name has about 2,000 characters; a longer "item" is a scrape gone
        // wrong, not a name (and would only cost time downstream).
        var printedItems =
            (section == .active ? activeTableRows(sentence) : nil)
            ?? spacedDashParts(sentence).flatMap(splitItems).filter { $0.count <= Self.longestName }
        guard !printedItems.isEmpty else { return }
        // After prose that follows a list, the rest of its paragraph is prose too ("… n. 3 minuuttia.").
        if let proseEnd = proseAfterList, !hasBlankLine(between: proseEnd, and: sentence.lowerBound) { return }
        proseAfterList = nil
        var endsInProse = false
        // Claims among the items (`Pork, water, no titanium dioxide, free from aspartame`) are read as claims, not
        // as prose; a sentence that starts with one (`Formulated without mineral oil, paraffin, petrolatum.`) lists
        // what the product is free of.
        let printedParts = printedItems.map { text.text($0) }.enumerated().filter {
            $0.offset == 0 || Claim.claim(ofWholeText: $0.element) == nil && !Claim.isFreeFromStatement($0.element)
        }.map(\.element)
        if ProseDetector.isProse(parts: printedParts.isEmpty ? printedItems.map { text.text($0) } : printedParts) {
            // Marketing prose around a list still makes claims ("Formulated without parabens").
            claims.formUnion(Claim.claims(in: sentenceText))
            // `Aqua, Glycerin, this product was tested under dermatological control`: names, then sentences
            // after a comma instead of a period. The names are the list; the prose ends it.
            guard let proseStart = trailingProseStart(printedItems) else {
                if !tokens.isEmpty { proseAfterList = sentence.upperBound }
                return
            }
            printedItems.removeSubrange(proseStart...)
            endsInProse = true
        }
        defer { if endsInProse, !tokens.isEmpty { proseAfterList = sentence.upperBound } }
        // `Descubra a formula: Aqua, …`: a lead-in phrase before the first name, with its colon; a kit part's
        // name (`Design Essentials Natural Almond and Avocado Curl Enhancing Mousse: Aqua/Water/Eau, …`); a
        // formula code (`2050519 10 - Aqua, …`).
        if printedItems.count >= 3,
            let nameStart = leadInEnd(printedItems[0]) ?? partNameEnd(printedItems[0])
                ?? formulaCodeEnd(printedItems[0])
        {
            printedItems[0] = trim(nameStart..<printedItems[0].upperBound)
        }
        // `Nutrition Facts per 100g: Energy 200kcal, Protein 5g, …`, `Ca 60 mg/L, Mg 15 mg/L, pH 7.2`: a table with
        // commas, not a list; it ends one that had begun.
        if NutritionTable.isTable(printedItems.map { text.text($0) }) {
            if !tokens.isEmpty { closed = true }
            return
        }
        // Claims and placeholders printed among the items ("Sans Parfum", "N/A", "etc.") are not ingredients.
        var items = printedItems.compactMap { withoutClaimOrPlaceholder($0) }
        // `…, Glycerin, 50ml, 제조번호 A2024, 내용량 100g`: the label's metadata printed after the last name.
        // `…, Linalool, Contains Milk Protein`: an allergen statement printed as the last item.
        if items.count >= 2, let last = items.last, text.lower[last].starts(with: "contains ".unicodeScalars) {
            items.removeLast()
        }
        // `Parfum 31733557 89066.450.AD.05 500 mle`: a barcode, batch or article number run on after a name.
        items = items.compactMap { item in
            guard let code = longNumberStart(in: item) else { return item }
            let name = trim(item.lowerBound..<code)
            return name.isEmpty ? nil : name
        }
        // `…, Tocopherol, vikos.com`, `…, Glycerin, Squalane Corporation`: the maker's contact or name ends the
        // list; printed before any name (`vikos.com⏎Tel: …`), it is the label's other text. So does a sentence
        // that starts on a line of the maker's panel (`Too Faced Cosmetics, LLC⏎Irvine, CA 92614 USA`).
        if let lineEnd = s[sentence].firstIndex(of: "\n") ?? Optional(sentence.upperBound),
            isMakerLine(text.text(sentence.lowerBound..<lineEnd))
        {
            if !tokens.isEmpty { closed = true }
            return
        }
        if let contact = items.firstIndex(where: { isMakerOrContact(firstLine(of: $0)) }) {
            items.removeSubrange(contact...)
            if items.isEmpty, tokens.isEmpty { return }
            closed = true
        }
        // `…, Silica批號 A2401`: a batch number's heading glued to the last name ends the name and the list.
        if let glued = items.firstIndex(where: { ListTerminator.gluedMetadataStart(in: text.text($0)) != nil }) {
            let part = text.text(items[glued])
            let cut = part.unicodeScalars.distance(
                from: part.unicodeScalars.startIndex, to: ListTerminator.gluedMetadataStart(in: part)!)
            items[glued] = trim(items[glued].lowerBound..<(items[glued].lowerBound + cut))
            items.removeSubrange((glued + 1)...)
            if items[glued].isEmpty { items.removeLast() }
            closed = true
        }
        let metadataStart = items.firstIndex { ListTerminator.isMetadataItem(text.text($0)) }
        if let metadataStart { items.removeSubrange(metadataStart...) }
        defer { if metadataStart != nil, !tokens.isEmpty { closed = true } }
        if items.count >= 2, s[sentence.upperBound - 1] == "." { listEndedWithPeriod = true }
        let parts = items.map { text.text($0) }
        for (item, part) in zip(items, parts) {
            // Once per item, not per piece: one item can hold thousands of pieces (`1%a1%a…`, `a(b a(b…`),
            // and all of them share the item's text.
            let range = text.originalRange(item) ?? 0..<0
            let raw = text.originalText(item)
            for piece in ItemCleaner.clean(part) {
                var token = Token(
                    text: piece.name, raw: raw, position: tokens.count + 1,
                    range: range, section: section, percent: piece.percent, annotations: piece.annotations)
                if piece.name.utf8.last == 0x29 || piece.name.utf8.last == 0x5D {
                    token.components = Self.components(of: piece.name)
                }
                tokens.append(token)
            }
        }
    }

    /// The text of `item`'s first line.
    private func firstLine(of item: Range<Int>) -> String {
        text.text(item.lowerBound..<(s[item].firstIndex(of: "\n") ?? item.upperBound))
    }

    /// A web or mail address, a telephone number or a company's name: `ContactText`.
    private func isMakerOrContact(_ part: String) -> Bool {
        ContactText.isContact(part) || ContactText.namesCompany(part)
    }

    /// Where a number of six digits or more stands as a word of its own in `item`: no name holds one (a colour
    /// index has five digits), a barcode, batch or article number does.
    private func longNumberStart(in item: Range<Int>) -> Int? {
        var i = item.lowerBound
        while i < item.upperBound {
            guard ("0"..."9").contains(s[i]), i == item.lowerBound || s[i - 1] == " " || s[i - 1] == "\n" else {
                i += 1
                continue
            }
            var j = i
            while j < item.upperBound, ("0"..."9").contains(s[j]) { j += 1 }
            if j - i >= 6, j == item.upperBound || s[j] == " " || s[j] == "\n" { return i }
            i = j
        }
        return nil
    }

    /// Where the name starts after a phrase that leads into a list (`Descubra a formula: Aqua`, `Discover the
    /// formula: Aqua`): words before a colon among which a function word is printed in lower case. A kit part's
    /// name (`Hydrating Jelly: Aqua`) or a name and its description (`Vanillin: An Artificial Flavor`) has none.
    private func leadInEnd(_ item: Range<Int>) -> Int? {
        guard let colon = s[item].firstIndex(of: ":"), colon + 1 < item.upperBound else { return nil }
        let phrase = text.text(item.lowerBound..<colon)
        let words = ProseDetector.words(phrase)
        guard words.count >= 2, words.count <= 6,
            words.contains(where: { word in
                word.first?.isLowercase == true && ProseDetector.functionWordCount([word]) > 0
            })
        else { return nil }
        return colon + 1
    }

    /// A Drug Facts table flattened onto one line, without separators (`Titanium Dioxide (4.9%) Sunscreen Zinc
    /// Oxide (21.6%) Sunscreen`): each active ends at its strength, and the purpose after it (`ItemCleaner.purposes`)
    /// is not the next name. Nil unless every strength is followed by a purpose or the end.
    private func activeTableRows(_ sentence: Range<Int>) -> [Range<Int>]? {
        guard !s[sentence].contains(where: { $0.isListSeparator }) else { return nil }
        var rows: [Range<Int>] = []
        var start = sentence.lowerBound
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            guard s[i] == "%", i > start, ("0"..."9").contains(s[i - 1]) || s[i - 1] == " " else {
                i += 1
                continue
            }
            var end = i + 1
            if end < sentence.upperBound, s[end] == ")" { end += 1 }
            rows.append(start..<end)
            var next = end
            while next < sentence.upperBound, s[next] == " " { next += 1 }
            guard next < sentence.upperBound else {
                start = next
                break
            }
            let rest = text.lower[next..<min(sentence.upperBound, next + 40)]
            guard
                let purpose = ItemCleaner.purposes.first(where: { purpose in
                    let scalars = Array(purpose.unicodeScalars)
                    return rest.starts(with: scalars)
                        && (rest.count == scalars.count || !rest[rest.startIndex + scalars.count].isAlphabeticFast)
                })
            else { return nil }
            start = next + purpose.unicodeScalars.count
            i = start
        }
        guard !rows.isEmpty else { return nil }
        if trim(start..<sentence.upperBound).isEmpty == false { rows.append(start..<sentence.upperBound) }
        return rows.map(trim).filter { !$0.isEmpty }
    }

    /// Where the names start after a kit part's name and its colon at the start of a sentence (`Design Essentials
    /// Natural Almond and Avocado Curl Enhancing Mousse: Aqua/Water/Eau`): one to twelve words in title case
    /// (function words aside), no bracket, digit or separator, and a name after the colon. One word is a part
    /// (`Shampoo: Aqua`) or a heading in a language or an OCR reading not known here (`EvoTariká: Aqua`, a
    /// Greek Συστατικά; `Angredientes: Aqua`).
    private func partNameEnd(_ item: Range<Int>) -> Int? {
        // After stacked headings the last one's slash is left before it (`/Ingrediente:/EvoTariká: Aqua`).
        var first = item.lowerBound
        while first < item.upperBound, s[first] == "/" || s[first] == " " { first += 1 }
        guard let colon = s[item].firstIndex(of: ":"), colon + 1 < item.upperBound,
            !s[first..<colon].contains(where: { $0 == "(" || $0 == "[" || ("0"..."9").contains($0) })
        else { return nil }
        var next = colon + 1
        while next < item.upperBound, s[next] == " " || s[next] == "\n" { next += 1 }
        guard next < item.upperBound, s[next].isAlphabeticFast, s[next].properties.isUppercase else { return nil }
        // `Vanillin: An Artificial Flavor`: a name and what it is, not a part and its list.
        let following = text.text(next..<item.upperBound).split(separator: " ", maxSplits: 1).first
        if let following, ProseDetector.functionWordCount([following]) > 0 { return nil }
        let words = text.text(first..<colon).split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard (1...12).contains(words.count),
            words.allSatisfy({ word in
                word.first?.isUppercase == true || word == "&" || ProseDetector.functionWordCount([word]) > 0
            }),
            words.count(where: { $0.first?.isUppercase == true }) >= min(2, words.count)
        else { return nil }
        return colon + 1
    }

    /// Where the first name starts after a formula code and a spaced dash (`2050519 10 - Aqua`, as Italian
    /// packs print it): words of digits only, five digits or more in all.
    private func formulaCodeEnd(_ item: Range<Int>) -> Int? {
        var k = item.lowerBound
        var digits = 0
        while k < item.upperBound, ("0"..."9").contains(s[k]) || s[k] == " " {
            if s[k] != " " { digits += 1 }
            k += 1
        }
        guard digits >= 5, k + 1 < item.upperBound, s[k] == "-", s[k - 1] == " ", s[k + 1] == " " else { return nil }
        return k + 1
    }

    /// Where the sentences after a sentence's names start: the first of its last items that each read as
    /// a sentence (prose with a verb, four words or more), when the items before them are names. Nil when
    /// the sentence does not end so.
    private func trailingProseStart(_ items: [Range<Int>]) -> Int? {
        var start = items.count
        while start > 1 {
            let part = text.text(items[start - 1])
            let words = ProseDetector.words(part)
            // A verb that names no ingredient, or a longer sentence in lower case with function words
            // (`…, Propanediol, list continues under the torn label edge`).
            let sentenceLike =
                words.contains(where: { ProseDetector.verbs.contains($0.lowercased()) })
                || (words.count >= 5 && words[0].first?.isLowercase == true
                    && ProseDetector.functionWordCount(words) >= 2)
            guard words.count >= 4, sentenceLike, ProseDetector.isProse(parts: [part]) else { break }
            start -= 1
        }
        if start < items.count, start >= 1 {
            return ProseDetector.isProse(parts: items[..<start].map { text.text($0) }) ? nil : start
        }
        // `Coconut Oil-95%, …, Cinnamomum Zeylanicum-0.5%, Soap base is prepared from Coconut Oil, Natural Oils &
        // Herbal extracts for finer skin complexion`: the first sentence after three names or more ends the list,
        // when the names before it read as names.
        for index in items.indices.dropFirst(3) {
            let part = text.text(items[index])
            guard ProseDetector.words(part).count >= 4, ProseDetector.functionWordCount(ProseDetector.words(part)) >= 2,
                ProseDetector.isProse(parts: [part])
            else { continue }
            return ProseDetector.isProse(parts: items[..<index].map { text.text($0) }) ? nil : index
        }
        return nil
    }

    /// The item, or the part of it left after a leading hashtag (`#vegan Water` → `Water`); nil when the
    /// item is a claim (recorded) or a placeholder.
    private mutating func withoutClaimOrPlaceholder(_ item: Range<Int>) -> Range<Int>? {
        guard item.count <= 48 else {
            // `xxxxxxxx…`: a filler, however long.
            return s[item].allSatisfy({ $0 == s[item.lowerBound] }) && s[item.lowerBound].isAlphabeticFast ? nil : item
        }
        var item = item
        if s[item.lowerBound] == "#", item.count > 1, s[item.lowerBound + 1].isAlphabeticFast,
            let space = s[item].firstIndex(where: { $0 == " " }),
            s[(space + 1)..<item.upperBound].contains(where: \.isAlphabeticFast)
        {
            if let claim = Claim.claim(ofWholeText: text.text((item.lowerBound + 1)..<space)) { claims.insert(claim) }
            item = trim(space..<item.upperBound)
        }
        // `[more] Phenoxyethanol`: a scraper's leftover in brackets before the name.
        if s[item.lowerBound] == "[" || s[item.lowerBound] == "(",
            let close = s[item].firstIndex(where: { $0 == "]" || $0 == ")" }), close + 1 < item.upperBound,
            s[item.lowerBound..<close].contains(where: \.isAlphabeticFast),
            ListPlaceholder.isPlaceholder(text.text(item.lowerBound..<(close + 1)))
        {
            item = trim((close + 1)..<item.upperBound)
        }
        // `12M CAPRYLYL GLYCOL`: the period-after-opening symbol read by OCR before a name.
        if let space = s[item].firstIndex(of: " "), (2...3).contains(space - item.lowerBound), s[space - 1] == "M",
            s[item.lowerBound..<(space - 1)].allSatisfy({ ("0"..."9").contains($0) }),
            s[(space + 1)..<item.upperBound].contains(where: \.isAlphabeticFast)
        {
            item = trim((space + 1)..<item.upperBound)
        }
        let part = text.text(item)
        if ListPlaceholder.isPlaceholder(part) || QuantityText.isQuantityOrCode(part) || Self.isBatchCode(part) {
            return nil
        }
        if let claim = Claim.claim(ofWholeText: part) {
            claims.insert(claim)
            return nil
        }
        // `no titanium dioxide`, `nitrite-free`, `Parabeenvrij`: a free-from claim the vocabulary has no slug for.
        return Claim.isFreeFromStatement(part) ? nil : item
    }

    /// A batch code printed among the names (`C0547C`, `(C0547C)`): one word in capitals and digits, four digits
    /// or more in a row before a letter, that no colour index (`CI77491`) or food additive number (`E1422`) is.
    static func isBatchCode(_ part: String) -> Bool {
        // The same test on bytes first: nearly every part has a lower-case letter, another script or a space
        // inside, and is told apart without building a reversed copy of it for every item of every list.
        var bytes = part.utf8[...]
        while let first = bytes.first, batchCodeEdgeBytes.contains(first) { bytes = bytes.dropFirst() }
        while let last = bytes.last, batchCodeEdgeBytes.contains(last) { bytes = bytes.dropLast() }
        guard bytes.allSatisfy({ (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) }) else { return false }
        let edges: Set<Character> = ["(", ")", "[", "]", "\"", "'", " "]
        let word = String(part.drop { edges.contains($0) }.reversed().drop { edges.contains($0) }.reversed())
        // Latin capitals and digits only: a name's number follows a hyphen (`PEG-6000`, `PEG-14M`), and
        // `マクロゴール4000` (a Japanese name with its grade) is a name.
        guard !word.isEmpty, word.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) }),
            word.contains(where: { $0.isLetter })
        else { return false }
        var run = 0
        var longest = 0
        for character in word {
            run = character.isASCII && character.isNumber ? run + 1 : 0
            longest = max(longest, run)
        }
        // The digits stand among letters (`C0547C`); a name's grade ends it (`PEG1540`, as Japanese labels print it).
        guard longest >= 4, word.last?.isLetter == true else { return false }
        let upper = word.uppercased()
        if upper.hasPrefix("CI") || upper.hasPrefix("C.I") || upper.hasPrefix("CL") { return false }
        if upper.first == "E", upper.dropFirst().prefix(while: { $0.isNumber }).count >= 3 { return false }
        return !upper.hasPrefix("INS")
    }

    /// `isBatchCode`'s edge characters as bytes.
    private static let batchCodeEdgeBytes: Set<UInt8> = [0x28, 0x29, 0x5B, 0x5D, 0x22, 0x27, 0x20]

    /// A footnote legend after the last item of a sentence: a mark after a space, then a definition and
    /// no separator (`Phenoxyethanol * Essential Oil`, `Glycerin *Organic`).
    private func trailingFootnoteLegend(in sentence: Range<Int>) -> (start: Int, mark: String, definition: String)? {
        var i = sentence.upperBound - 1
        while i > sentence.lowerBound {
            let c = s[i]
            if c.isListSeparator { return nil }
            if c.isFootnoteMark, c != "+", c != "#", s[i - 1] == " " || s[i - 1] == "." {
                var markStart = i
                while markStart > sentence.lowerBound, s[markStart - 1] == c { markStart -= 1 }
                guard markStart > sentence.lowerBound, s[markStart - 1] == " " || s[markStart - 1] == "." else {
                    return nil
                }
                let tail = text.text(markStart..<sentence.upperBound)
                if let (mark, definition) = footnoteDefinition(tail) { return (markStart, mark, definition) }
                // `…, Saccharomycopsis Ferment Filtrate*, …, Methylparaben *Pitera`: a short legend without
                // footnote words still defines a mark the list printed on one of its names.
                let mark = String(scalars: s[markStart...i])
                let definition = String(scalars: s[(i + 1)..<sentence.upperBound]).trimmingWhitespace()
                guard isShortLegend(definition), marksAName(s[markStart...i], before: markStart, in: sentence) else {
                    return nil
                }
                return (markStart, mark, definition)
            }
            i -= 1
        }
        return nil
    }

    /// One to three words of letters after a trailing mark (`Pitera`, `Organic Farming`): a legend's length.
    private func isShortLegend(_ definition: String) -> Bool {
        let words = definition.split(separator: " ")
        return (1...3).contains(words.count)
            && words.allSatisfy { word in word.unicodeScalars.allSatisfy { $0.isAlphabeticFast || $0 == "-" } }
    }

    /// Whether `mark` (exactly, not as part of a longer run) ends a name earlier in the sentence, right after
    /// its last letter and before a separator: `Filtrate*,`.
    private func marksAName(_ mark: ArraySlice<Unicode.Scalar>, before end: Int, in sentence: Range<Int>) -> Bool {
        let count = mark.count
        var j = sentence.lowerBound + 1
        while j + count <= end {
            if s[j] == mark.first!, s[j..<(j + count)].elementsEqual(mark),
                s[j - 1].isAlphabeticFast || s[j - 1] == ")",
                j + count < end, s[j + count].isListSeparator
            {
                return true
            }
            j += 1
        }
        return false
    }

    /// `*Organic ingredient`, `** Certified organic`, `°Natural origin`: a mark, then words that
    /// footnotes use.
    private func footnoteDefinition(_ sentence: String) -> (String, String)? {
        // Most sentences start with no mark: no need to copy their scalars.
        guard let first = sentence.unicodeScalars.first, first.isFootnoteMark, first != "+" else { return nil }
        let scalars = Array(sentence.unicodeScalars)
        var i = 0
        while i < scalars.count, scalars[i].isFootnoteMark, scalars[i] != "+" { i += 1 }
        guard i > 0, i < 4 else { return nil }
        let mark = String(scalars: scalars[0..<i])
        var definition = String(scalars: scalars[i...]).trimmingWhitespace()
        while definition.hasSuffix(".") { definition.removeLast() }
        guard !definition.isEmpty, !definition.containsText(",") || definition.count > 60 else { return nil }
        // `※パッケージ変更あり`: the reference mark of Japanese and Korean labels marks a note, whatever its
        // words (Han, kana and Hangul notes have no spaces to find footnote words by); it is never part of a name.
        if mark.unicodeScalars.allSatisfy({ $0 == "※" }), !definition.contains("、") { return (mark, definition) }
        let words = definition.lowercased().split(whereSeparator: { !$0.isLetterFast && $0 != "'" })
        guard words.contains(where: { ProseDetector.footnoteWords.contains(String($0)) }) else { return nil }
        // "*Organic Aloe Barbadensis Leaf Juice" is a marked ingredient, not a definition: definitions
        // are short or use footnote words throughout.
        let footnoteShare =
            Double(words.filter { ProseDetector.footnoteWords.contains(String($0)) }.count)
            / Double(max(words.count, 1))
        guard
            footnoteShare >= 0.5
                || words.contains(where: {
                    ["ingredient", "ingredients", "ingrédients", "certified", "farming", "agriculture", "origin"]
                        .contains(String($0))
                })
        else {
            return nil
        }
        return (mark, definition)
    }

    /// Words of a footnote legend printed without its mark after the list: "Organic. Natural.",
    /// "Plant Origin.", "Certified Organic."
    static let legendWords: Set<String> = [
        "organic", "natural", "naturally", "certified", "plant", "origin", "derived",
        "ingredient", "ingredients", "of", "from", "bio", "vegan", "fair", "trade",
        "wildcrafted", "sourced", "100",
    ]

    private func isUnmarkedFootnote(_ sentence: String) -> Bool {
        guard sentence.utf8.count <= 60 else { return false }
        let words = sentence.lowercased().split(whereSeparator: { !$0.isLetterFast && !$0.isNumberFast })
        return !words.isEmpty && words.count <= 5 && words.allSatisfy { Self.legendWords.contains(String($0)) }
    }

    /// A line of a quantity or a code alone (`50 ml`, `5901234123457`) inside a list: the net contents
    /// or a barcode printed between its lines, which are not wrapped across it.
    private func isQuantityLine(_ line: Range<Int>) -> Bool {
        let trimmed = trim(line)
        guard !trimmed.isEmpty, trimmed.count <= 40 else { return false }
        return QuantityText.isQuantityOrCode(text.text(trimmed))
    }

    /// Sephora's `-Key ingredient: what it does` lines before the list.
    /// The start of the first line of `range` that holds three separators or more, when a line before it
    /// does not hold one.
    private func firstCommaListLine(in range: Range<Int>) -> Int? {
        var lineStart = range.lowerBound
        while lineStart < range.upperBound {
            var lineEnd = lineStart
            var separators = 0
            while lineEnd < range.upperBound, s[lineEnd] != "\n" {
                if s[lineEnd].isListSeparator, !isDigitComma(at: lineEnd) { separators += 1 }
                lineEnd += 1
            }
            // A bulleted note may hold a comma or two (`-Omegas 3, 6, and 9`, `-Green Fusion Complex™: blend of …;
            // helps absorb …`): it is no list line.
            let isBulletNote =
                s[lineStart] == "-" || s[lineStart] == "•"
                ? separators < 3 || isMarketingLine(lineStart..<lineEnd) : false
            if separators >= 3, !isBulletNote { return lineStart > range.lowerBound ? lineStart : nil }
            if separators > 0, !isBulletNote { return nil }
            lineStart = lineEnd + 1
        }
        return nil
    }

    /// A page's highlight above a list: a short name in title case, a colon and what it does (`Green Tea Leaf
    /// Water: Antimicrobial …`).
    private func isHighlightLine(_ line: Range<Int>) -> Bool {
        let trimmed = trim(line)
        // A bulleted name without a colon stays: Sephora prints a Drug Facts panel's actives so above the
        // inactive list (`-Avobenzone 2.2%⏎-Octinoxate 7.5%⏎⏎Water, …`).
        guard let first = trimmed.first, s[first].isAlphabeticFast else { return false }
        guard let colon = s[trimmed].firstIndex(of: ":"), colon > first,
            s[(colon + 1)..<trimmed.upperBound].contains(where: \.isAlphabeticFast)
        else { return false }
        let words = text.text(first..<colon).split(separator: " ")
        return (1...6).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// Whether `block` (the lines above a comma list's first line at `listLine`) is a page's bulleted highlights
    /// (`-Acai Berry Sterols⏎-Hyaluronic Acid: Hydrates …⏎⏎Water, Squalane, …`): every line a bullet or blank, no
    /// strength printed, and one of them a note on what it does or a sentence, or a name the list below repeats
    /// (`-Salicylic Acid` above `…, Salicylic Acid, …`). Sephora prints a Drug Facts panel's actives as bullets
    /// too (`-Titanium Dioxide⏎-Zinc Oxide⏎⏎Water, …`): they are none of these, and they are not repeated in
    /// the inactive list, so they stay.
    private func isBulletHighlightBlock(_ block: Range<Int>, above listLine: Int) -> Bool {
        var listEnd = listLine
        while listEnd < s.count, s[listEnd] != "\n" { listEnd += 1 }
        let listKeys = Set(
            text.text(listLine..<listEnd).split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "/" }).map {
                NameKey.make(String($0))
            })
        var bullets = 0
        var noted = false
        var lineStart = block.lowerBound
        while lineStart < block.upperBound {
            var lineEnd = lineStart
            while lineEnd < block.upperBound, s[lineEnd] != "\n" { lineEnd += 1 }
            let line = trim(lineStart..<lineEnd)
            lineStart = lineEnd + 1
            guard let first = line.first else { continue }
            // `-Avobenzone 2.2%`: an active with its strength.
            var last = line.upperBound - 1
            while last > first, s[last] == "." || s[last] == " " { last -= 1 }
            guard s[first] == "-" || s[first] == "•", s[last] != "%" else { return false }
            bullets += 1
            let name = trim((first + 1)..<line.upperBound)
            if isMarketingLine(line) || s[line.upperBound - 1] == "."
                || listKeys.contains(NameKey.make(text.text(name)))
            {
                noted = true
            }
        }
        return bullets > 0 && noted
    }

    private func isMarketingLine(_ line: Range<Int>) -> Bool {
        let trimmed = trim(line)
        guard let first = trimmed.first, s[first].isListBullet, s[first] != "*" else { return false }
        guard let colon = s[trimmed].firstIndex(of: ":") else { return false }
        return s[(colon + 1)..<trimmed.upperBound].contains { $0.isAlphabeticFast }
    }

    /// `Water - Glycerin - Niacinamide - Phenoxyethanol`, `AHA + BHA`: spaced dashes (and plus signs)
    /// separate when a sentence has more of
    /// them than of other separators, two at least, and every part reads as a name (a few words). With
    /// commas present a spaced dash is a wrapped name (`Phenoxyeth - anol`), not a separator.
    private func spacedDashParts(_ sentence: Range<Int>) -> [Range<Int>] {
        var dashes: [Int] = []
        var separators = 0
        var depth = 0
        for i in sentence {
            switch s[i] {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            case "-" where isSpacedSeparator(at: i, in: sentence, depth: depth),
                "+" where isSpacedSeparator(at: i, in: sentence, depth: depth):
                dashes.append(i)
            default:
                if s[i].isListSeparator && !isDigitComma(at: i) { separators += 1 }
            }
        }
        guard dashes.count >= 2 && dashes.count > separators || dashes.count == 1 && separators == 0 else {
            return [sentence]
        }
        var parts: [Range<Int>] = []
        var start = sentence.lowerBound
        for dash in dashes + [sentence.upperBound] {
            let part = trim(start..<dash)
            let words = s[part].split(separator: " ").count
            guard (1...8).contains(words), s[part].contains(where: \.isAlphabeticFast) else { return [sentence] }
            parts.append(part)
            start = dash + 1
        }
        return parts
    }

    /// A dash or plus sign with a space on each side, outside brackets.
    private func isSpacedSeparator(at i: Int, in sentence: Range<Int>, depth: Int) -> Bool {
        depth == 0 && i > sentence.lowerBound && i + 1 < sentence.upperBound && s[i - 1] == " " && s[i + 1] == " "
    }

    /// Splits at separators outside brackets. A bracket opens a group only when it closes within the
    /// sentence: within 100 characters around one separator (`Butyrospermum Parkii (Shea, Karite) Butter`
    /// stays whole), or around several short items (`Fragrance (Geraniol, Linalool, Citronellol)` is one
    /// ingredient with components); an unclosed `(` cannot swallow the rest of the list.
    private func splitItems(_ sentence: Range<Int>) -> [Range<Int>] {
        // The katakana middle dot joins the words of one name (`ラウロイルメチルアラニンNa・水`) when the
        // sentence has other separators; alone it separates (`水・BG・グリセリン`).
        let middleDotJoins = sentence.contains { s[$0].isListSeparator && s[$0] != "・" && !isDigitComma(at: $0) }
        // `水／BG／ゼニアオイ花／葉／茎エキス`: the slash separates a Japanese list that has no other separator.
        let slashSeparates = SlashSeparatedList.separates(s, sentence)
        var items: [Range<Int>] = []
        var start = sentence.lowerBound
        var closeAt: [Int] = []
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            let c = s[i]
            if let last = closeAt.last, i == last {
                closeAt.removeLast()
            } else if c == "(" || c == "[" || c == "{", let close = groupClose(opening: i, limit: sentence.upperBound) {
                closeAt.append(close)
            } else if closeAt.isEmpty, c.isListSeparator, !isDigitComma(at: i), !(middleDotJoins && c == "・") {
                items.append(start..<i)
                start = i + 1
            } else if slashSeparates, closeAt.isEmpty, c == "/",
                !SlashSeparatedList.joins(s, slash: i, itemStart: start, end: sentence.upperBound)
            {
                items.append(start..<i)
                start = i + 1
            }
            i += 1
        }
        items.append(start..<sentence.upperBound)
        return items.map(trim).filter { !$0.isEmpty }
    }

    private func groupClose(opening: Int, limit: Int) -> Int? {
        let open = s[opening]
        let close: Unicode.Scalar = open == "(" ? ")" : open == "[" ? "]" : "}"
        // OCR reads one bracket as another (`ENRICHED FLOUR [WHEAT FLOUR, …, FOLIC ACID}`): when the matching
        // one never comes, another closing bracket at the same depth closes the group.
        if let closed = groupClose(opening: opening, limit: limit, open: open, close: close) { return closed }
        guard let other = otherClosingBracket(after: opening, limit: limit) else { return nil }
        return groupClose(opening: opening, limit: limit, open: open, close: other)
    }

    /// The first closing bracket of another kind than `opening`'s at depth zero, when no bracket of `opening`'s
    /// kind closes before the end of reach.
    private func otherClosingBracket(after opening: Int, limit: Int) -> Unicode.Scalar? {
        var depth = 0
        for j in (opening + 1)..<min(limit, opening + Self.longestGroup) {
            switch s[j] {
            case "(", "[", "{": depth += 1
            case ")", "]", "}":
                if depth == 0 { return s[j] == s[opening] ? nil : s[j] }
                depth -= 1
            default: break
            }
        }
        return nil
    }

    private func groupClose(opening: Int, limit: Int, open: Unicode.Scalar, close: Unicode.Scalar) -> Int? {
        var depth = 0
        var separators = 0
        // Words of the current item inside the group, and the most any item had.
        var words = 0
        var longestItem = 0
        var inWord = false
        var j = opening + 1
        let end = min(limit, opening + Self.longestGroup)
        while j < end {
            let c = s[j]
            if c == open {
                depth += 1
            } else if c == close {
                if depth == 0 {
                    longestItem = max(longestItem, words)
                    // One separator: synonyms (`(Shea, Karite)`), within 100 characters. More: the items of
                    // one ingredient (`Fragrance (Geraniol, Linalool, Citronellol)`), each a short name.
                    if separators <= 1 { return j - opening <= 100 ? j : nil }
                    return longestItem <= Self.longestComponentWords ? j : nil
                }
                depth -= 1
            } else if c.isListSeparator, !isDigitComma(at: j) {
                separators += 1
                longestItem = max(longestItem, words)
                words = 0
                inWord = false
            } else if c == ".", j + 1 < end, s[j + 1] == " " || s[j + 1] == "\n" {
                // `(Flour, Water. Contains 2% or less of Salt, Yeast)`: a sentence end inside the group
                // ends an item as a separator does.
                longestItem = max(longestItem, words)
                words = 0
                inWord = false
            } else if c == " " || c == "\n" {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
            j += 1
        }
        return nil
    }

    /// How far a bracket of several items may reach, and how many words each of its items may have.
    static let longestGroup = 400
    static let longestComponentWords = 6

    /// The items of a name's closing bracket when it holds two or more (`Iron Oxides (CI 77491, CI 77492,
    /// CI 77499)` → the three colours), cleaned; empty otherwise.
    static func components(of name: String) -> [String] {
        let scalars = Array(name.unicodeScalars)
        guard let last = scalars.last, last == ")" || last == "]" else { return [] }
        var depth = 0
        var open: Int?
        for index in scalars.indices.reversed() {
            if scalars[index] == ")" || scalars[index] == "]" { depth += 1 }
            if scalars[index] == "(" || scalars[index] == "[" {
                depth -= 1
                if depth == 0 {
                    open = index
                    break
                }
            }
        }
        guard let open, open > 0 else { return [] }
        var items: [String] = []
        var current: [Unicode.Scalar] = []
        depth = 0
        for scalar in scalars[(open + 1)..<(scalars.count - 1)] {
            if scalar == "(" || scalar == "[" { depth += 1 } else if scalar == ")" || scalar == "]" { depth -= 1 }
            if depth == 0, scalar == "," || scalar == ";" {
                items.append(String(String.UnicodeScalarView(current)))
                current = []
            } else {
                current.append(scalar)
            }
        }
        items.append(String(String.UnicodeScalarView(current)))
        guard items.count >= 2 else { return [] }
        return items.flatMap { ItemCleaner.clean($0).map(\.name) }
    }

    // MARK: - Result

    func finish() -> TokenizedList {
        var tokens = tokens
        if !footnotes.isEmpty {
            for index in tokens.indices {
                for mark in tokens[index].annotations where footnotes[mark] != nil {
                    for meaning in ItemCleaner.meanings(ofFootnote: footnotes[mark]!)
                    where !tokens[index].annotations.contains(meaning) {
                        tokens[index].annotations.append(meaning)
                    }
                }
            }
        }
        return TokenizedList(tokens: tokens, footnotes: footnotes, claims: Claim.allCases.filter(claims.contains))
    }
}
