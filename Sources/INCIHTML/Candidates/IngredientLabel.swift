import Foundation
import INCICore

/// Recognizes the words retailers print above an ingredient list, in the languages the tokenizer
/// knows: "Ingredients", "Full Ingredient List", "🌱 Ingredients", "Inhaltsstoffe", "Composition", "Skład",
/// "Состав", "전성분", "INCI". The words are the list parser's headings (`ListHeadings`).
enum IngredientLabel {
    /// Whole words (compared on lower-cased, letter-only text).
    static let words: [String] = ListHeadings.main.filter { !$0.contains(" ") && !ListHeadings.isSpaceless($0) }
    /// Headings of several words none of which is a heading alone ("thành phần").
    static let phrases: [String] = ListHeadings.main.filter { phrase in
        phrase.contains(" ") && !ListHeadings.isSpaceless(phrase)
            && !phrase.split(separator: " ").contains { words.contains(String($0)) }
    }
    /// Matched anywhere (scripts without spaces between words), longest first.
    static let cjk: [String] = ListHeadings.main.filter { ListHeadings.isSpaceless($0) && !$0.contains(" ") }
        .sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    /// A fast test on a text's bytes before the exact one: each label's first letters (six at most, enough to
    /// tell "composition" from "complete"), in the cases a page prints them. The test folds ASCII letters only,
    /// so a needle's ASCII letters are lower-case and its other letters come in each case ("Состав", "СОСТАВ",
    /// "SKŁAD").
    static let needles: [String] = {
        var result: [String] = []
        for word in words + phrases + cjk {
            let prefix = String(word.prefix(6))
            for form in [prefix, prefix.uppercased(), prefix.prefix(1).uppercased() + prefix.dropFirst()] {
                let needle = String(decoding: ByteSearch.asciiLowercased(form), as: UTF8.self)
                if !result.contains(needle) { result.append(needle) }
            }
        }
        return result
    }()
    /// Words for "list" or "labelling" printed between the label word and its colon: "Ingredients list:",
    /// "全成分表示：" (Japan's full-ingredient labelling), "전성분 표기 :".
    static let listWords: [String] = ["list", "liste", "표기", "表示"]
    /// A bracketed qualifier between a label and its colon ("Ingredients (INCI):") is at most this long.
    static let maxQualifierLength = 32
    static let singularWords: Set<String> = ["ingredient", "ingrédient"]
    /// The only words a singular label may carry.
    static let singularLabelWords: Set<String> = [
        "list", "name", "names", "declaration", "information", "info", "inci",
    ]
    /// Labels of lists that are not the full list, or not of this product.
    /// The key-ingredient labels are the card's (`CardFieldLabels.keyIngredients`), one vocabulary.
    static let excluded: [String] =
        CardFieldLabels.keyIngredients.sorted() + [
            "active ingredients", "free of", "free from", "ohne", "shop by", "collections", "ingredients glossary",
            "ingredient dictionary", "ingredients we love", "about ingredients",
        ]

    /// Words that make a label name what the product is free of or what a brand never uses ("Ingredients
    /// we never use", "Ingredients to avoid", "Free-from ingredients"): the free-of leads of the claims
    /// (`Claim.freeOfLeads`) and words of avoidance.
    static let negationWords: Set<String> = Set(
        Claim.freeOfLeads.flatMap { $0.split(separator: " ").map(String.init) }.filter {
            !["of", "from", "added"].contains($0)
        }
    ).union(["never", "avoid", "avoided", "banned", "excluded", "free", "no", "not", "无添加", "無添加", "不含", "무첨가"])

    /// Whether label words around the label word make it a selection or a negation, not the list.
    static func isSelectionOrNegation(_ words: [String]) -> Bool {
        words.contains { CardFieldLabels.keyIngredientQualifiers.contains($0) || negationWords.contains($0) }
    }

    /// Whether `text` (an element's whole text) is such a label: short, containing a label word.
    /// Returns the qualifier around it ("Cleanser" for "Cleanser Ingredients:"), or "" when none.
    static func match(_ text: String) -> String? {
        let trimmed = text.trimmed()
        guard !trimmed.isEmpty, trimmed.count <= 48 else { return nil }
        let lower = trimmed.lowercased()
        // Foundation's substring search was most of this function's time: on bytes where that is the same.
        let bytes = lower.unicodeScalars.allSatisfy { SimpleText.isSimple($0.value) } ? Array(lower.utf8) : nil
        func occurs(_ word: String, _ wordBytes: [UInt8]) -> Bool {
            guard let bytes else { return lower.contains(word) }
            return ByteSearch.first(wordBytes, in: bytes) != nil
        }
        if zip(excluded, excludedBytes).contains(where: { occurs($0, $1) }) { return nil }
        if let word = zip(cjk, cjkBytes).first(where: { occurs($0, $1) })?.0 {
            var rest = lower.replacingOccurrences(of: word, with: " ")
            for listWord in listWords { rest = rest.replacingOccurrences(of: listWord, with: " ") }
            // ("주요성분", "無添加成分": the qualifier is the rest of the word.)
            if isSelectionOrNegation(words(of: rest)) { return nil }
            return qualifier(rest)
        }
        let labelWord: String
        var rest: [String]
        if let phrase = zip(phrases, phraseBytes).first(where: { occurs($0, $1) })?.0 {
            labelWord = phrase
            rest = words(of: lower.replacingOccurrences(of: phrase, with: " "))
        } else {
            let tokens = words(of: lower)
            guard let position = tokens.firstIndex(where: { words.contains($0) }) else { return nil }
            labelWord = tokens[position]
            rest = tokens
            rest.remove(at: position)
        }
        // Words that do not qualify the list: "Full ingredient list", and a second label word ("Ingredients
        // (INCI)", "Ingredients / Inhaltsstoffe") names the same list.
        rest.removeAll {
            ["full", "complete", "list", "of", "all", "liste", "vollständige", "der", "la", "de", "des", "the"]
                .contains($0) || words.contains($0)
        }
        // A label names one thing; "ingredients for healthy skin" is a sentence.
        guard rest.count <= 3, !isSelectionOrNegation(rest) else { return nil }
        // The singular after a qualifier describes one ingredient ("cell-communicating ingredient" in
        // INCIDecoder's what-it-does column), not a list; "Ingredient list" and "Ingredient name" are labels.
        if singularWords.contains(labelWord), rest.contains(where: { !singularLabelWords.contains($0) }) { return nil }
        return rest.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// Where "Ingredients:" (with a colon, or in brackets: "【全成分】") starts inside a longer text, for inline labels.
    static func inlineRange(in text: String) -> Range<String.Index>? {
        // A label ends at a colon or a closing bracket: without one there is nothing to find.
        guard
            text.utf8.contains(0x3A) || text.utf8.contains(0x5D) || text.utf8.contains(0x3E)
                || labelEndBytes.contains(where: { ByteSearch.first($0, in: Array(text.utf8)) != nil })
        else { return nil }
        if let simple = SimpleText(text) { return inlineRange(in: text, simple: simple) }
        let lower = text.lowercased()
        // Lower-casing can change lengths for a few scripts; only use the result when it did not.
        guard lower.count == text.count else { return nil }
        var best: Range<String.Index>?
        // Searching `Character`s costs a bridge per word: only words whose bytes occur are searched.
        let lowerBytes = Array(lower.utf8)
        for (word, bytes) in zip(allWords, allWordBytes) where ByteSearch.first(bytes, in: lowerBytes) != nil {
            var search = lower.startIndex..<lower.endIndex
            while let range = lower.range(of: word, range: search) {
                search = range.upperBound..<lower.endIndex
                if range.lowerBound > lower.startIndex, !cjk.contains(word) {
                    let before = lower[lower.index(before: range.lowerBound)]
                    if before.isLetter { continue }
                }
                var after = range.upperBound
                let skipSpaces = {
                    while after < lower.endIndex, lower[after] == " " || lower[after] == "\u{A0}" {
                        after = lower.index(after: after)
                    }
                }
                skipSpaces()
                if let listWord = listWords.first(where: { lower[after...].hasPrefix($0) }) {
                    after = lower.index(after, offsetBy: listWord.count)
                    skipSpaces()
                }
                guard after < lower.endIndex else { continue }
                // A qualifier in brackets before the colon: "Ingredients (INCI):", "Inhaltsstoffe (lt. Hersteller):".
                if lower[after] == "(" || lower[after] == "（",
                    let close = lower[after...].prefix(maxQualifierLength).firstIndex(where: { $0 == ")" || $0 == "）" }
                    ),
                    !lower[after..<close].contains(",")
                {
                    after = lower.index(after: close)
                    skipSpaces()
                    guard after < lower.endIndex else { continue }
                }
                var start = range.lowerBound
                if lower[after] != ":" && lower[after] != "：" {
                    // `【全成分】 水、…`, `[전성분] 정제수, …`: a label in brackets ends at its closing bracket.
                    guard let close = lower[after].unicodeScalars.first, HeadingBrackets.closing.contains(close),
                        let open = lower[..<range.lowerBound].lastIndex(where: { $0 != " " }),
                        let opening = lower[open].unicodeScalars.first, HeadingBrackets.opening.contains(opening)
                    else { continue }
                    start = open
                }
                // "Key Ingredients:" before the full list labels a highlight, not the list.
                let lineStart =
                    lower[..<range.lowerBound].lastIndex(where: \.isNewline).map { lower.index(after: $0) }
                    ?? lower.startIndex
                let label = lower[lineStart..<range.upperBound]
                if excluded.contains(where: { label.hasSuffix($0) }) { continue }
                if best == nil || start < best!.lowerBound { best = start..<range.upperBound }
                break
            }
        }
        guard let best else { return nil }
        let start = text.index(text.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: best.lowerBound))
        return start..<text.endIndex
    }

    /// The full-width colon and the non-ASCII closing brackets, as UTF-8.
    private static let labelEndBytes =
        [Array("：".utf8)] + HeadingBrackets.closing.filter { !$0.isASCII }.map { Array(String($0).utf8) }
    private static let wordBytes = words.map { Array($0.utf8) }
    private static let allWords = words + phrases + cjk
    private static let allWordBytes = allWords.map { Array($0.utf8) }
    private static let listWordBytes = listWords.map { Array($0.utf8) }
    private static let excludedBytes = excluded.map { Array($0.utf8) }
    private static let cjkBytes = cjk.map { Array($0.utf8) }
    private static let phraseBytes = phrases.map { Array($0.utf8) }

    /// `inlineRange` on the lower-cased bytes of a text where that gives the same answer as Foundation's
    /// search on `Character`s, which was most of the inline finder's time on large pages: each scalar is
    /// one `Character` (or CR LF), lower-cases to one scalar and has no canonical decomposition the label
    /// words could match, so a word occurs in the bytes exactly where it occurs in the characters.
    private static func inlineRange(in text: String, simple: SimpleText) -> Range<String.Index>? {
        let lower = simple.lowercased
        var best: Int?
        for word in wordBytes {
            var search = 0
            while let start = ByteSearch.first(word, in: lower, from: search) {
                let end = start + word.count
                search = end
                if let before = simple.scalar(before: start), Character(before).isLetter { continue }
                var after = end
                let skipSpaces = {
                    while after < lower.count {
                        if lower[after] == 0x20 {
                            after += 1
                        } else if lower[after] == 0xC2, after + 1 < lower.count, lower[after + 1] == 0xA0 {
                            after += 2
                        } else {
                            break
                        }
                    }
                }
                skipSpaces()
                if let listWord = listWordBytes.first(where: {
                    after + $0.count <= lower.count && lower[after..<(after + $0.count)].elementsEqual($0)
                }) {
                    after += listWord.count
                    skipSpaces()
                }
                if after < lower.count, lower[after] == 0x28,
                    let close = lower[after..<min(lower.count, after + maxQualifierLength)].firstIndex(of: 0x29),
                    !lower[after..<close].contains(0x2C)
                {
                    after = close + 1
                    skipSpaces()
                }
                guard after < lower.count, lower[after] == 0x3A else { continue }
                // "Key Ingredients:" before the full list labels a highlight, not the list.
                var lineStart = start
                while lineStart > 0, !SimpleText.endsNewline(lower, at: lineStart) { lineStart -= 1 }
                let label = lower[lineStart..<end]
                if excludedBytes.contains(where: { label.count >= $0.count && label.suffix($0.count).elementsEqual($0) }
                ) {
                    continue
                }
                if best == nil || start < best! { best = start }
                break
            }
        }
        guard let best else { return nil }
        return simple.index(atByte: best, in: text)..<text.endIndex
    }

    private static func words(of text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    private static func qualifier(_ rest: String) -> String {
        words(of: rest).joined(separator: " ")
    }
}

extension String {
    /// Trims white space including no-break and zero-width spaces.
    func trimmed() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{200B}" || $0 == "\u{FEFF}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }

}

/// A text whose every scalar is ASCII, Latin-1 or Latin Extended (except "İ", which lower-cases to two
/// scalars), general punctuation (dashes, quotes, bullets), a currency sign, "™" or "№": no combining
/// marks, joiners or scripts without spaces. For such text the lower-cased UTF-8 has one scalar per
/// scalar of the text, and every scalar boundary but CR LF's is a `Character` boundary.
struct SimpleText {
    let lowercased: [UInt8]

    init?(_ text: String) {
        var copy = text
        let simple = copy.withUTF8 { bytes -> Bool in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    index += 1
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var value = UInt32(byte) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
                for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                guard Self.isSimple(value) else { return false }
                index += length
            }
            return true
        }
        guard simple else { return nil }
        lowercased = text.lowercasedUTF8
    }

    static func isSimple(_ scalar: UInt32) -> Bool {
        if scalar < 0x300 { return scalar != 0x130 }
        return (0x2010...0x2027).contains(scalar) || (0x2030...0x205E).contains(scalar)
            || (0x20A0...0x20BF).contains(scalar)
            || scalar == 0x2122 || scalar == 0x2116
    }

    /// The scalar that ends before byte `offset` of the lower-cased text.
    func scalar(before offset: Int) -> Unicode.Scalar? {
        guard offset > 0 else { return nil }
        var start = offset - 1
        while start > 0, lowercased[start] & 0xC0 == 0x80 { start -= 1 }
        var value =
            UInt32(lowercased[start]) & (lowercased[start] >= 0xE0 ? 0x0F : lowercased[start] >= 0xC0 ? 0x1F : 0x7F)
        for index in (start + 1)..<offset { value = value << 6 | UInt32(lowercased[index] & 0x3F) }
        return Unicode.Scalar(value)
    }

    /// Whether the byte before `offset` ends a newline (`Character.isNewline`: LF, VT, FF, CR, NEL).
    static func endsNewline(_ bytes: [UInt8], at offset: Int) -> Bool {
        let byte = bytes[offset - 1]
        return byte &- 0x0A < 4 || (byte == 0x85 && offset >= 2 && bytes[offset - 2] == 0xC2)
    }

    /// The index in `text` of byte `offset` of the lower-cased text (the same scalar count from the start).
    func index(atByte offset: Int, in text: String) -> String.Index {
        let scalars = lowercased[..<offset].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return text.unicodeScalars.index(text.startIndex, offsetBy: scalars)
    }
}
