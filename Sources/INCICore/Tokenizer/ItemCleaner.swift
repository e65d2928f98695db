/// Cleans one list item into ingredient names: strips bullets, footnote marks, percentages and
/// annotations, keeping them as data; splits `X (and) Y` blends.
enum ItemCleaner {
    struct Piece: Equatable {
        var name: String
        var percent: Double?
        var annotations: [String]
    }

    /// Parenthesised words that annotate rather than name: `Zinc Oxide (nano)`, `Aloe (organic)`.
    static let annotationWords: [String: String] = [
        "nano": "nano", "nanoparticle": "nano", "nanoparticles": "nano", "organic": "organic", "bio": "organic",
        "certified organic": "organic", "organique": "organic", "biologique": "organic", "biologico": "organic",
        "biológico": "organic", "kba": "organic", "natural": "natural", "vegan": "vegan", "non-gmo": "non-gmo",
        "fair trade": "fair-trade", "wildcrafted": "wildcrafted", "micronized": "micronized",
    ]

    /// Drug Facts purposes printed after an active's name: `Octocrylene: Sunscreen`.
    static let purposes: [String] = [
        "sunscreen", "sunscreens", "acne treatment", "acne medication", "skin protectant",
        "antiperspirant", "anti-dandruff", "antidandruff", "uv filter", "uv absorber",
        "antiseptic", "antimicrobial", "anti-itch", "external analgesic",
    ]

    static func clean(_ item: String) -> [Piece] {
        // The common case, a plain name (`Sodium Hyaluronate`, `1,2-Hexanediol`), skips the steps below.
        if isPlain(item), !mentionsPartsPerMillion(item) {
            var annotations: [String] = []
            var text = collapseSpaces(item)
            // `1. sugar, 2. salt`: a numbered item.
            if text.first?.isNumberFast == true { text = stripBullets(text) }
            text = stripOrganicPrefix(
                stripEdgePunctuation(stripLeadingConjunction(stripKitStep(text))), into: &annotations)
            if mayHaveDescriptor(text) { text = stripDescriptors(text, into: &annotations) }
            text = stripKoreanEtcetera(text)
            return text.contains(where: \.isLetterFast)
                ? [Piece(name: tidySpacing(text), percent: nil, annotations: annotations)] : []
        }
        var text = repairingMismatchedBrackets(collapseSpaces(item))
        if text.utf8.contains(0x5C) { text = text.replacingOccurrences(of: "\\", with: "/") }
        if text.utf8.contains(0x3A), let colon = text.lastIndex(of: ":"),
            purposes.contains(text[text.index(after: colon)...].trimmingWhitespace().lowercased())
        {
            text = String(text[..<colon])
        }
        if let leader = leaderStart(text) { text = String(text[..<leader]) }
        text = stripBullets(text)
        text = stripLeadingConjunction(stripKitStep(text))
        text = stripUnbalancedEdges(text)
        return splitBlends(text).flatMap(splitAfterPercent).compactMap(cleanPiece)
    }

    /// `페녹시에탄올 등`, `판테놀 외`: a shortened Korean list ends its last name with 등 (etc.) or 외 (and
    /// others), a word of its own after a space; no name ends in either.
    static func stripKoreanEtcetera(_ text: String) -> String {
        for word in [" 등등", " 등", " 외"] where text.hasSuffix(word) {
            let name = text.dropLast(word.count)
            if name.unicodeScalars.contains(where: { (0xAC00...0xD7A3).contains($0.value) }) { return String(name) }
        }
        return text
    }

    /// `ENRICHED FLOUR [WHEAT FLOUR, …, FOLIC ACID}`: OCR read one bracket as another. A closing bracket that
    /// matches no open one while another kind is open is read as that kind's.
    static func repairingMismatchedBrackets(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x29 || $0 == 0x5D || $0 == 0x7D }) else { return text }
        let pairs: [Unicode.Scalar: Unicode.Scalar] = ["(": ")", "[": "]", "{": "}"]
        var scalars = Array(text.unicodeScalars)
        var open: [Unicode.Scalar] = []
        var changed = false
        for index in scalars.indices {
            let scalar = scalars[index]
            if pairs[scalar] != nil {
                open.append(scalar)
            } else if let opener = pairs.first(where: { $0.value == scalar })?.key {
                if open.last == opener {
                    open.removeLast()
                } else if let last = open.last, !open.contains(opener) {
                    scalars[index] = pairs[last]!
                    open.removeLast()
                    changed = true
                }
            }
        }
        return changed ? String(String.UnicodeScalarView(scalars)) : text
    }

    /// Only ASCII letters, digits, spaces and `- , . / ' &` with a letter or digit first: nothing to
    /// strip but edges and spacing.
    static func isPlain(_ item: String) -> Bool {
        var first = true
        for byte in item.utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: first = false
            case 0x20, 0x2D, 0x2C, 0x2E, 0x2F, 0x27, 0x26: if first && byte != 0x20 { return false }
            default: return false
            }
        }
        return !first
    }

    /// Where a Drug Facts leader (`......` or `…`) starts.
    static func leaderStart(_ text: String) -> String.Index? {
        if let bytes = text.asciiBytes {
            var dots = 0
            for (offset, byte) in bytes.enumerated() {
                if byte == 0x2E {
                    dots += 1
                    if dots == 3 { return text.utf8.index(text.startIndex, offsetBy: offset - 2) }
                } else {
                    dots = 0
                }
            }
            return nil
        }
        return leaderStart(characters: text)
    }

    /// `leaderStart` by `Character`, for text with non-ASCII scalars.
    static func leaderStart(characters text: String) -> String.Index? {
        var dots = 0
        for index in text.indices {
            let c = text[index]
            if c == "…" { return index }
            if c == "." {
                dots += 1
                if dots == 3 { return text.index(index, offsetBy: -2) }
            } else {
                dots = 0
            }
        }
        return nil
    }

    /// What a footnote definition tells about the marked ingredients.
    static func meanings(ofFootnote definition: String) -> [String] {
        let lower = definition.lowercased()
        var meanings: [String] = []
        if ["organic", "biolog", "bio ", "kba", "ökolog", "biológ"].contains(where: lower.containsText)
            || lower == "bio"
        {
            meanings.append("organic")
        }
        if lower.containsText("natur") { meanings.append("natural-origin") }
        if lower.containsText("fair") && lower.containsText("trade") { meanings.append("fair-trade") }
        if lower.containsText("essential oil") { meanings.append("essential-oil") }
        if lower.containsText("allergen") { meanings.append("allergen") }
        return meanings
    }

    // MARK: - Steps

    /// Runs of spaces, tabs and line breaks → one space; none at the ends. Byte-level: these are ASCII,
    /// and UTF-8 continuation bytes never equal them.
    static func collapseSpaces(_ text: String) -> String {
        String(decoding: collapsedSpaceBytes(text), as: UTF8.self)
    }

    /// `collapseSpaces` as UTF-8 bytes, for steps that go on working on bytes.
    private static func collapsedSpaceBytes(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var space = false
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 {
                space = true
                continue
            }
            if space, !out.isEmpty { out.append(0x20) }
            space = false
            out.append(byte)
        }
        return out
    }

    /// `…, Glycerin, and Tocopherol`, `AND SALT, OR SUGAR`: the conjunction before a list's last item
    /// (or an alternative) is not part of the name.
    static func stripLeadingConjunction(_ text: String) -> String {
        guard let first = text.utf8.first, first | 0x20 == 0x61 || first | 0x20 == 0x6F else { return text }
        let lower = text.lowercased()
        for word in ["and/or ", "and ", "or "] where lower.hasPrefix(word) {
            let rest = text.dropFirst(word.count).drop(while: { $0 == " " })
            return rest.contains(where: \.isLetterFast) ? String(rest) : text
        }
        return text
    }

    /// A kit's part label before its list, on the same line: `Step One: Water, …`, `Step 2 - Water`,
    /// `Phase 1: …`.
    static func stripKitStep(_ text: String) -> String {
        // Only a word of `kitPartWords` can start one: s(tep, chritt, tage), p(art, hase, aso), f(ase), é(tape).
        guard let first = text.utf8.first, "spf".utf8.contains(first | 0x20) || first == 0xC3 else { return text }
        let words = text.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard words.count == 3, kitPartWords.contains(words[0].lowercased()) else { return text }
        var number = words[1].lowercased()
        var rest = words[2]
        if number.hasSuffix(":") {
            number.removeLast()
        } else if rest.hasPrefix(":") || rest.hasPrefix("- ") {
            rest = rest.dropFirst().drop(while: { $0 == " " })
        } else {
            return text
        }
        guard number.allSatisfy(\.isNumberFast) || numberWords.contains(number) else { return text }
        return String(rest)
    }

    static let kitPartWords: Set<String> = ["step", "part", "phase", "stage", "étape", "schritt", "paso", "fase"]
    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a", "b", "c", "d", "i", "ii",
        "iii", "iv",
    ]

    static func stripBullets(_ text: String) -> String {
        var t = Substring(text)
        while true {
            let before = t
            if let first = t.first, ["-", "•", "·", "●", "▪", "◦", "∙", "■", "♦", ">", "–"].contains(first) {
                let rest = t.dropFirst()
                if let next = rest.first, next.isNumberFast, first == "-" { break }
                t = rest.drop(while: { $0 == " " })
            } else if t.hasPrefix("* ") {
                t = t.dropFirst(2)
            } else if let dot = t.prefix(4).firstIndex(where: { $0 == "." || $0 == ")" }),
                t[..<dot].allSatisfy(\.isNumberFast), !t[..<dot].isEmpty,
                t.index(after: dot) < t.endIndex, t[t.index(after: dot)] == " "
            {
                t = t[t.index(after: dot)...].drop(while: { $0 == " " })
            }
            // `t` only ever loses a prefix: comparing positions, not text, keeps `- - - …` linear.
            if t.startIndex == before.startIndex { break }
        }
        return String(t)
    }

    /// Removes brackets and quotes left over at the edges by the split: `['Water'` → `Water`.
    static func stripUnbalancedEdges(_ text: String) -> String {
        if let bytes = text.asciiBytes { return stripUnbalancedEdges(bytes[...]) }
        return stripUnbalancedEdges(characters: text)
    }

    /// `stripUnbalancedEdges` by `Character`, for text with non-ASCII scalars.
    static func stripUnbalancedEdges(characters text: String) -> String {
        stripUnbalancedEdges(Array(text)[...])
    }

    /// It only ever drops units at the edges, so an unchanged count means unchanged text.
    private static func stripUnbalancedEdges<Unit: LabelUnit>(_ text: ArraySlice<Unit>) -> String {
        var t = text
        let isQuote = { (unit: Unit) in unit == Unit.ascii("'") || unit == Unit.ascii("\"") }
        for _ in 0..<4 {
            let before = t.count
            t = t.trimmingWhitespaceUnits()
            for (openScalar, closeScalar) in bracketPairs {
                let open = Unit.ascii(openScalar)
                let close = Unit.ascii(closeScalar)
                let opens = t.count { $0 == open }
                let closes = t.count { $0 == close }
                if opens > closes, t.first == open { t.removeFirst() }
                if closes > opens, t.last == close { t.removeLast() }
                if t.first == open, t.last == close, t.count >= 2,
                    balancedInside(t, isOpen: Unit.isOpeningBracket, isClose: Unit.isClosingBracket)
                {
                    t = t.dropFirst().dropLast()
                }
            }
            for quote in [Unit.ascii("'"), Unit.ascii("\"")] where t.first == quote && t.last == quote && t.count >= 2 {
                t = t.dropFirst().dropLast()
            }
            if let first = t.first, isQuote(first), t.count(where: isQuote) == 1 { t.removeFirst() }
            if let last = t.last, isQuote(last), t.count(where: isQuote) == 1 { t.removeLast() }
            if t.count == before { break }
        }
        return Unit.string(t)
    }

    private static let bracketPairs: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [
        ("(", ")"), ("[", "]"), ("{", "}"),
    ]

    /// Whether stripping the outer brackets of `t` leaves balanced text (`(Water)`, not `(A) B (C)`).
    private static func balancedInside<Text: Collection>(
        _ t: Text, isOpen: (Text.Element) -> Bool,
        isClose: (Text.Element) -> Bool
    ) -> Bool {
        var depth = 0
        let last = t.count - 1
        for (index, c) in t.enumerated() {
            if isOpen(c) { depth += 1 }
            if isClose(c) { depth -= 1 }
            if depth == 0 && index < last { return false }
        }
        return true
    }

    /// `Caprylyl Glycol (and) Ethylhexylglycerin` → two names; an unclosed `(` also separates:
    /// `Fragrance (Limonene` → `Fragrance`, `Limonene`.
    static func splitBlends(_ text: String) -> [String] {
        if let bytes = text.asciiBytes { return splitBlends(bytes) }
        return splitBlends(characters: text)
    }

    /// `splitBlends` by `Character`, for text with non-ASCII scalars.
    static func splitBlends(characters text: String) -> [String] {
        splitBlends(Array(text))
    }

    private static func splitBlends<Unit: LabelUnit>(_ text: [Unit]) -> [String] {
        let closing = closingBrackets(text, isOpen: Unit.isOpeningBracket, isClose: Unit.isClosingBracket)
        var parts: [ArraySlice<Unit>] = []
        var current: [Unit] = []
        var depth = 0
        var i = 0
        while i < text.count {
            let c = text[i]
            if depth == 0, c.isOpeningBracket, let length = blendMarkerLength(at: i, in: text) {
                parts.append(current[...])
                current = []
                i += length
                continue
            }
            i += 1
            if c.isOpeningBracket {
                if !closing[i - 1] {
                    parts.append(current[...])
                    current = []
                    continue
                }
                depth += 1
            } else if c.isClosingBracket {
                if depth > 0 { depth -= 1 } else { continue }
            }
            current.append(c)
        }
        parts.append(current[...])
        return parts.map { $0.trimmingWhitespaceUnits() }.filter { !$0.isEmpty }.map { Unit.string($0) }
    }

    /// `(and)`, `[and]`, `(et)`, `(und)`, `(y)`: separators inside a blend's name.
    private static let blendMarkers: [[Unicode.Scalar]] = ["(and)", "[and]", "(et)", "(und)", "(y)"].map {
        Array($0.unicodeScalars)
    }

    /// The length of the blend marker at `index`, case-insensitive.
    private static func blendMarkerLength<Unit: LabelUnit>(at index: Int, in text: [Unit]) -> Int? {
        blendMarkers.first { marker in
            index + marker.count <= text.count
                && zip(marker, text[index...]).allSatisfy { $1.equalsIgnoringASCIICase($0) }
        }?.count
    }

    /// A name does not go on after its percentage: `Zinc Oxide 4.0%Water` (a missing comma) is two names.
    /// The split comes after a digit, `%` and any spaces, before a letter; not before `w/` (`2% w/w`).
    /// A scalar scan, not a regex: building a `Regex` cost more than tokenizing a whole short label.
    static func splitAfterPercent(_ text: String) -> [String] {
        guard text.utf8.contains(0x25) else { return [text] }
        let scalars = text.unicodeScalars
        var parts: [String] = []
        var partStart = scalars.startIndex
        // Only white space lies between a `%` and where its split falls, so no later `%` is skipped.
        // Inside a bracket a percentage describes the name (`MCT (100% pure Fractionated Coconut Oil)`).
        var depth = 0
        for index in scalars.indices {
            switch scalars[index] {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            default: break
            }
            guard scalars[index] == "%", depth == 0 else { continue }
            var before = index
            while before > partStart, scalars[scalars.index(before: before)].isWhitespaceFast {
                before = scalars.index(before: before)
            }
            guard before > partStart, scalars[scalars.index(before: before)].properties.numericType == .decimal else {
                continue
            }
            var after = scalars.index(after: index)
            while after < scalars.endIndex, scalars[after].isWhitespaceFast { after = scalars.index(after: after) }
            guard after < scalars.endIndex, isLetter(scalars[after]) else { continue }
            if String(scalars[after...].prefix(2)).lowercased() == "w/" { break }  // not the whole rest: quadratic
            parts.append(String(scalars[partStart..<after]))
            partStart = after
        }
        parts.append(String(scalars[partStart...]))
        return parts.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// `\p{L}`: any letter, in any script.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.isAlphabeticFast }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// For each character, whether it is a `(` or `[` that a later `)` or `]` closes, the two kinds
    /// counted together. One pass, not a search from every bracket (quadratic with many unclosed ones):
    /// the bracket at `i` closes when the running depth after it falls back to the depth before it, that
    /// is when the lowest depth from `i + 1` on is at most the depth at `i`.
    static func closingBrackets<Element>(_ chars: [Element], isOpen: (Element) -> Bool, isClose: (Element) -> Bool)
        -> [Bool]
    {
        var depth = [Int](repeating: 0, count: chars.count + 1)  // depth[i]: before chars[i]
        for (i, c) in chars.enumerated() {
            depth[i + 1] = depth[i] + (isOpen(c) ? 1 : isClose(c) ? -1 : 0)
        }
        var lowest = depth  // lowest[i]: the minimum of depth[i...]
        for i in stride(from: chars.count - 1, through: 0, by: -1) { lowest[i] = min(depth[i], lowest[i + 1]) }
        return chars.indices.map { i in isOpen(chars[i]) && lowest[i + 1] <= depth[i] }
    }

    static func cleanPiece(_ piece: String) -> Piece? {
        var annotations: [String] = []
        var text = piece
        // `Benzyl! Alcohol`: no name has an exclamation mark; OCR reads one from a speck or an `l`.
        if text.utf8.contains(0x21), text.contains(where: \.isLetterFast) {
            text = text.replacingOccurrences(of: "!", with: "")
        }
        var percent: Double?
        for _ in 0..<3 {
            let before = text
            text = stripMarks(text, into: &annotations)
            if let (value, rest) = extractPercent(text) ?? extractPartsPerMillion(text) {
                if percent == nil { percent = value }
                text = rest
            }
            text = stripAnnotationGroups(text, into: &annotations)
            text = stripEdgePunctuation(text)
            text = stripUnbalancedEdges(text)
            if text == before { break }
        }
        text = stripOrganicPrefix(text, into: &annotations)
        text = stripDescriptors(text, into: &annotations)
        text = stripKoreanEtcetera(tidySpacing(text))
        guard text.contains(where: \.isLetterFast) else { return nil }
        return Piece(name: text, percent: percent, annotations: annotations)
    }

    static func stripMarks(_ text: String, into annotations: inout [String]) -> String {
        if let bytes = text.asciiBytes { return stripMarks(bytes[...], into: &annotations) }
        return stripMarks(Array(text)[...], into: &annotations)
    }

    static func stripMarks<Unit: LabelUnit>(_ text: ArraySlice<Unit>, into annotations: inout [String]) -> String {
        var t = text
        let leading = t.prefix(while: \.isItemMark)
        if !leading.isEmpty {
            annotations.append(Unit.string(leading))
            t = t.dropFirst(leading.count)
        }
        t = t.drop(while: { $0 == Unit.ascii(" ") })
        var trailingCount = 0
        for c in t.reversed() { if c.isItemMark { trailingCount += 1 } else { break } }
        if trailingCount > 0 {
            annotations.append(Unit.string(t.suffix(trailingCount)))
            t = t.dropLast(trailingCount)
        }
        while let first = t.first, first.isWhitespaceFast { t = t.dropFirst() }
        while let last = t.last, last.isWhitespaceFast { t = t.dropLast() }
        return Unit.string(t)
    }

    /// Whether `text` holds `ppm` after a digit (`Centella Asiatica Extract 10,000ppm`).
    static func mentionsPartsPerMillion(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 4 else { return false }
        for i in 1..<(bytes.count - 2)
        where bytes[i] | 0x20 == 0x70 && bytes[i + 1] | 0x20 == 0x70
            && bytes[i + 2] | 0x20 == 0x6D
        {
            var j = i - 1
            while j > 0, bytes[j] == 0x20 { j -= 1 }
            if (0x30...0x39).contains(bytes[j]) { return true }
        }
        return false
    }

    /// Finds `10%`, `2,5 %`, `(7%)`, `[0.5%]`, `<1%` and removes it (with its brackets).
    static func extractPercent(_ text: String) -> (Double, String)? {
        guard text.utf8.contains(0x25) else { return nil }
        if let bytes = text.asciiBytes { return extractPercent(bytes) }
        return extractPercent(Array(text))
    }

    static func extractPercent<Unit: LabelUnit>(_ chars: [Unit]) -> (Double, String)? {
        let space = Unit.ascii(" ")
        guard let percentIndex = chars.firstIndex(of: Unit.ascii("%")) else { return nil }
        var start = percentIndex
        while start > 0, chars[start - 1] == space { start -= 1 }
        let numberEnd = start
        while start > 0,
            chars[start - 1].isASCIIDigit || chars[start - 1] == Unit.ascii(".") || chars[start - 1] == Unit.ascii(",")
        { start -= 1 }
        guard start < numberEnd else { return nil }
        var numberText = Unit.string(chars[start..<numberEnd])
        // `Salicylic Acid .50%`: a decimal point after a space (or at the start) opens a fraction, as US labels
        // print it; glued to a word (`Extract.5%`) it is a stray separator, dropped below.
        if numberText.hasPrefix("."), numberText.count > 1, start == 0 || chars[start - 1] == space {
            numberText = "0" + numberText
        }
        while numberText.hasPrefix(".") || numberText.hasPrefix(",") {
            numberText.removeFirst()
            start += 1
        }
        numberText = numberText.replacingOccurrences(of: ",", with: ".")
        // Finite: 400 printed digits parse as infinity, which no JSON can carry.
        guard let value = Double(numberText), value.isFinite, numberText.contains(where: \.isNumberFast) else {
            return nil
        }
        // A digit run glued to a word (`Laureth-4%`) still counts; a number that is part of a name
        // before the percent sign (`Red 40 0.1%`) does not occur in practice.
        while start > 0, chars[start - 1].isComparisonSign { start -= 1 }
        // A tolerance: `Glycerin +/- 1%`, `± 2%`.
        var sign = start
        while sign > 0, chars[sign - 1] == Unit.ascii(" ") { sign -= 1 }
        if sign >= 3, chars[sign - 3] == Unit.ascii("+"), chars[sign - 2] == Unit.ascii("/"),
            chars[sign - 1] == Unit.ascii("-")
        {
            start = sign - 3
        } else if sign >= 1, Unit.string(chars[(sign - 1)..<sign]) == "±" {
            start = sign - 1
        }
        var end = percentIndex + 1
        // `100% pure`, `100% natural`: a claim about the material, not its concentration.
        if isPurityClaim(Unit.string(chars[end...].prefix(16))) { return nil }
        // "w/w", "w/v" after the sign (the next five characters are all a unit can take).
        let after = Unit.string(chars[end...].prefix(5)).lowercased()
        for unit in [" w/w", "w/w", " w/v", "w/v", " v/v"] where after.hasPrefix(unit) {
            end += unit.count
            break
        }
        // Enclosing brackets: `(7%)`, `[0.5%]`.
        var left = start
        while left > 0, chars[left - 1] == space { left -= 1 }
        var right = end
        while right < chars.count, chars[right] == space { right += 1 }
        if left > 0, right < chars.count,
            (chars[left - 1] == Unit.ascii("(") && chars[right] == Unit.ascii(")"))
                || (chars[left - 1] == Unit.ascii("[") && chars[right] == Unit.ascii("]"))
        {
            start = left - 1
            end = right + 1
        }
        // `Bread (Flour, Water, Contains 2% or less of Salt)`: a percentage among a bracket's items is part
        // of those components, not the ingredient's concentration.
        if !isAmongComponents(chars, from: start, to: end) {
            var rest = Unit.string(chars[..<start]) + " " + Unit.string(chars[end...])
            rest = collapseSpaces(rest)
            return (value, rest)
        }
        return nil
    }

    /// Whether `start..<end` lies inside a bracket that also holds a list separator outside it.
    static func isAmongComponents<Unit: LabelUnit>(_ chars: [Unit], from start: Int, to end: Int) -> Bool {
        var depth = 0
        var open: Int?
        for index in stride(from: start - 1, through: 0, by: -1) {
            if chars[index].isClosingBracket { depth += 1 }
            if chars[index].isOpeningBracket {
                if depth == 0 {
                    open = index
                    break
                }
                depth -= 1
            }
        }
        guard let open else { return false }
        depth = 0
        for index in (open + 1)..<chars.count {
            if chars[index].isOpeningBracket { depth += 1 }
            if chars[index].isClosingBracket {
                if depth == 0 { return false }
                depth -= 1
            }
            if depth == 0, !(start..<end).contains(index),
                chars[index] == Unit.ascii(",") || chars[index] == Unit.ascii(";")
            {
                return true
            }
        }
        return false
    }

    /// Finds `300ppm`, `(10,000ppm)`, `50 ppm` — Korean labels print featured ingredients so — and gives it
    /// as a percentage (10,000 ppm = 1 %), removed with its brackets. A comma before three digits is a
    /// thousands separator here, as ppm values are whole numbers.
    static func extractPartsPerMillion(_ text: String) -> (Double, String)? {
        guard let unit = text.range(of: "ppm", options: .caseInsensitive) else { return nil }
        if let next = text[unit.upperBound...].first, next.isLetter { return nil }
        var start = unit.lowerBound
        while start > text.startIndex, text[text.index(before: start)] == " " { start = text.index(before: start) }
        let numberEnd = start
        while start > text.startIndex {
            let previous = text[text.index(before: start)]
            guard previous.isASCII, previous.isNumber || previous == "." || previous == "," else { break }
            start = text.index(before: start)
        }
        let digits = String(text[start..<numberEnd])
        let groups = digits.split(separator: ",", omittingEmptySubsequences: false)
        let thousands = groups.count > 1 && groups.dropFirst().allSatisfy { $0.count == 3 }
        let plain = thousands ? groups.joined() : digits.replacingOccurrences(of: ",", with: ".")
        guard let value = Double(plain), value.isFinite, value > 0, value <= 1_000_000 else { return nil }
        var lower = start
        var upper = unit.upperBound
        while lower > text.startIndex, text[text.index(before: lower)] == " " { lower = text.index(before: lower) }
        while upper < text.endIndex, text[upper] == " " { upper = text.index(after: upper) }
        // `Sodium Fluoride (1450 ppm F)`: a toothpaste's fluoride strength names its ion (EU labels print
        // `ppm F` or `ppm F⁻`, Annex III of Regulation 1223/2009).
        if upper < text.endIndex, text[upper] == "F" || text[upper] == "f" {
            var ion = text.index(after: upper)
            if ion < text.endIndex, ["-", "⁻", "−"].contains(text[ion]) { ion = text.index(after: ion) }
            while ion < text.endIndex, text[ion] == " " { ion = text.index(after: ion) }
            if ion < text.endIndex, text[ion] == ")" || text[ion] == "]" { upper = ion }
        }
        if lower > text.startIndex, upper < text.endIndex,
            (text[text.index(before: lower)] == "(" && text[upper] == ")")
                || (text[text.index(before: lower)] == "[" && text[upper] == "]")
        {
            start = text.index(before: lower)
            upper = text.index(after: upper)
        } else {
            upper = unit.upperBound
        }
        return (value / 10_000, collapseSpaces(String(text[..<start]) + " " + String(text[upper...])))
    }

    /// Whether `following`, the text after a `%`, starts with a purity word (`100% pure`).
    static func isPurityClaim(_ following: some StringProtocol) -> Bool {
        let word = following.drop(while: { $0 == " " }).prefix(while: \.isLetter).lowercased()
        return purityWords.contains(word)
    }

    /// `100% pure Fractionated Coconut Oil` → `Fractionated Coconut Oil`: the name without a leading
    /// purity claim, which says what the material is, not how much of it there is; nil when there is none.
    public static func withoutPurityClaim(_ name: String) -> String? {
        guard let percent = name.firstIndex(of: "%"),
            name[..<percent].trimmingWhitespace().allSatisfy({ $0.isNumberFast || $0 == "." || $0 == "," }),
            isPurityClaim(name[name.index(after: percent)...])
        else { return nil }
        let rest = name[name.index(after: percent)...].drop(while: { $0 == " " }).drop(while: \.isLetter)
        let trimmed = rest.trimmingWhitespace()
        return trimmed.isEmpty ? nil : String(trimmed)
    }

    /// Words after a percentage that make it a claim about the material (`100% pure`), not a
    /// concentration.
    static let purityWords: Set<String> = [
        "pure", "natural", "organic", "naturel", "naturelle", "pur", "rein", "natürlich", "puro", "pura",
        "naturale", "puur",
    ]

    static func stripAnnotationGroups(_ text: String, into annotations: inout [String]) -> String {
        guard text.utf8.contains(where: { $0 == 0x28 || $0 == 0x5B }) else { return collapseSpaces(text) }
        var t = text
        var searchFrom = t.startIndex
        while let open = t[searchFrom...].firstIndex(where: { $0 == "(" || $0 == "[" }),
            let close = t[open...].firstIndex(where: { $0 == ")" || $0 == "]" })
        {
            let inner = t[t.index(after: open)..<close].trimmingWhitespace().lowercased()
            let words = inner.split(whereSeparator: { $0 == "," || $0 == "/" }).map { $0.trimmingWhitespace() }
            let meanings = words.compactMap { annotationWords[$0] }
            if !words.isEmpty, meanings.count == words.count {
                for meaning in meanings where !annotations.contains(meaning) { annotations.append(meaning) }
                // Go on from where the group was: the text before it is unchanged and was seen already
                // (restarting from the start is quadratic with many groups).
                let offset = t.utf8.distance(from: t.startIndex, to: open)
                t.removeSubrange(open...close)
                searchFrom = t.utf8.index(t.startIndex, offsetBy: offset)
            } else {
                searchFrom = t.index(after: close)
            }
        }
        return collapseSpaces(t)
    }

    static func stripEdgePunctuation(_ text: String) -> String {
        if let bytes = text.asciiBytes { return stripEdgePunctuation(bytes[...]) }
        return stripEdgePunctuation(characters: text)
    }

    /// `stripEdgePunctuation` by `Character`, for text with non-ASCII scalars.
    static func stripEdgePunctuation(characters text: String) -> String {
        // The ideographic full stop and comma end a name as `.` and `,` do (`透明质酸钠。`).
        var characters = Array(text)[...]
        while let last = characters.last, last == "。" || last == "、" || last == "，" { characters.removeLast() }
        return stripEdgePunctuation(characters)
    }

    private static func stripEdgePunctuation<Unit: LabelUnit>(_ text: ArraySlice<Unit>) -> String {
        // `_` and `|`: what OCR reads from a label's rules and box edges (`__ PYRIDOXINE HYDROCHLORIDE`).
        let trailing: [Unit] = [",", ";", ":", "-", "/", "|", "_"].map(Unit.ascii)
        var t = text.trimmingWhitespaceUnits()
        while let first = t.first, first == Unit.ascii(".") || trailing.contains(first) {
            t = t.dropFirst().drop(while: { $0 == Unit.ascii(" ") })
        }
        while let last = t.last, trailing.contains(last) { t = t.dropLast() }
        if t.last == Unit.ascii(".") {
            let word = t.dropLast().reversed().prefix(while: \.isLetterFast)
            let lastWord = Unit.string(word.reversed()).lowercased()
            if !ListBuilder.abbreviations.contains(lastWord) { t = t.dropLast() }
        }
        return Unit.string(t.trimmingWhitespaceUnits())
    }

    static func stripOrganicPrefix(_ text: String, into annotations: inout [String]) -> String {
        // Lower-casing maps no other scalar to an ASCII `c` or `o`: text starting otherwise keeps its start.
        guard let first = text.utf8.first, first | 0x20 == 0x63 || first | 0x20 == 0x6F else { return text }
        for prefix in ["certified organic ", "organic "]
        where text.lowercased().hasPrefix(prefix) && text.count > prefix.count + 2 {
            if !annotations.contains("organic") { annotations.append("organic") }
            return String(text.dropFirst(prefix.count))
        }
        return text
    }

    /// Words printed with a name that say how the material was made or graded, not what it is: a pharmacopoeia
    /// grade after it (`Edetate Disodium USP`, `Glycerin USP/NF`), a process (`Jojoba Oil Cold Pressed`,
    /// `Cold-Pressed Argan Oil`), a source (`Olive-Derived Squalane`). Kept as annotations.
    static let gradeSuffixes = [" usp/nf", " usp-nf", " usp", " nf", " ph. eur.", " ph.eur."]
    static let processWords = [
        "cold pressed", "cold-pressed", "cold processed", "steam distilled", "steam-distilled", "unrefined",
    ]

    /// A number with a decimal comma or point and no unit after the last word (`Caprylyl Caprylate/Caprate 2,00`):
    /// an amount printed without its unit (a page's percentage column), not part of the name.
    static func strippingBareDecimal(_ text: String) -> (name: String, amount: String)? {
        guard let space = text.lastIndex(of: " ") else { return nil }
        let number = text[text.index(after: space)...]
        guard let mark = number.firstIndex(where: { $0 == "," || $0 == "." }),
            number[..<mark].count >= 1, number[..<mark].allSatisfy({ $0.isASCII && $0.isNumber }),
            (1...3).contains(number[number.index(after: mark)...].count),
            number[number.index(after: mark)...].allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        let name = text[..<space].trimmingWhitespace()
        guard name.count(where: \.isLetter) >= 3 else { return nil }
        return (String(name), String(number))
    }

    /// A Drug Facts active's strength by mass after its name (`Acetaminophen 500mg`, `Ibuprofen 200 mg`): the dose
    /// in each unit, not part of the name.
    static func strippingMassStrength(_ text: String) -> (name: String, amount: String)? {
        let lower = text.lowercased()
        guard let unit = ["mcg", "µg", "mg"].first(where: { lower.hasSuffix($0) }) else { return nil }
        var numberEnd = text.index(text.endIndex, offsetBy: -unit.count)
        if numberEnd > text.startIndex, text[text.index(before: numberEnd)] == " " {
            numberEnd = text.index(before: numberEnd)
        }
        var numberStart = numberEnd
        while numberStart > text.startIndex,
            text[text.index(before: numberStart)].isASCII
                && (text[text.index(before: numberStart)].isNumber
                    || ".,".contains(text[text.index(before: numberStart)]))
        {
            numberStart = text.index(before: numberStart)
        }
        guard numberStart < numberEnd, text[numberStart].isNumber, numberStart > text.startIndex,
            text[text.index(before: numberStart)] == " "
        else { return nil }
        let name = text[..<numberStart].trimmingWhitespace()
        guard name.count(where: \.isLetter) >= 3 else { return nil }
        return (String(name), String(text[numberStart...]))
    }

    /// A cheap test before `stripDescriptors`, which the common plain name skips: its last letter ends a grade
    /// or a process word, or a digit ends it, or it has a hyphen or starts as a process word.
    static func mayHaveDescriptor(_ text: String) -> Bool {
        guard let last = text.utf8.last, let first = text.utf8.first else { return false }
        switch last | 0x20 {
        case 0x70, 0x66, 0x64, 0x2E, 0x67: return true  // p (USP), f (NF), d (pressed), . (Ph. Eur.), g (500 mg)
        default: break
        }
        if last &- 0x30 < 10 || text.utf8.contains(0x2D) { return true }
        return first | 0x20 == 0x63 || first | 0x20 == 0x73 || first | 0x20 == 0x75  // cold, steam, unrefined
    }

    static func stripDescriptors(_ text: String, into annotations: inout [String]) -> String {
        var text = text
        var lower = text.lowercased()
        if let (name, amount) = strippingBareDecimal(text) ?? strippingMassStrength(text) {
            annotations.append(amount)
            text = name
            lower = text.lowercased()
        }
        for suffix in gradeSuffixes where lower.hasSuffix(suffix) && lower.count > suffix.count + 2 {
            annotations.append(String(suffix.dropFirst()))
            text = String(text.dropLast(suffix.count)).trimmingWhitespace()
            lower = text.lowercased()
            break
        }
        for word in processWords {
            if lower.hasSuffix(" " + word), lower.count > word.count + 3 {
                text = String(text.dropLast(word.count + 1)).trimmingWhitespace()
            } else if lower.hasPrefix(word + " "), lower.count > word.count + 3 {
                text = String(text.dropFirst(word.count + 1)).trimmingWhitespace()
            } else {
                continue
            }
            annotations.append(word.replacingOccurrences(of: " ", with: "-"))
            lower = text.lowercased()
            break
        }
        // `Olive-Derived Squalane`, `Plant-derived Glycerin`: the source before the name.
        if let hyphen = text.firstIndex(of: "-"), text[hyphen...].lowercased().hasPrefix("-derived "),
            text[..<hyphen].allSatisfy(\.isLetter), text[..<hyphen].count >= 3
        {
            let rest = text[text.index(hyphen, offsetBy: "-derived ".count)...].trimmingWhitespace()
            if rest.count >= 3 {
                annotations.append(text[..<hyphen].lowercased() + "-derived")
                text = String(rest)
            }
        }
        return text
    }

    /// `Caprylic/ Capric` → `Caprylic/Capric`, `( Shea )` → `(Shea)`, `Water ,` → `Water,`.
    static func tidySpacing(_ text: String) -> String {
        let bytes = collapsedSpaceBytes(text)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for (i, byte) in bytes.enumerated() {
            if byte == 0x20 {
                let previous = i > 0 ? bytes[i - 1] : 0x20
                let next = i + 1 < bytes.count ? bytes[i + 1] : 0x20
                // '/', '(', '[' before; '/', ')', ']', ',' after.
                if previous == 0x2F || previous == 0x28 || previous == 0x5B || next == 0x2F || next == 0x29
                    || next == 0x5D || next == 0x2C
                {
                    continue
                }
            }
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
