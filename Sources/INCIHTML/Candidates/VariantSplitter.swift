import Foundation
import INCICore

/// Splits one text that holds several lists, each after a name: shades on one page
/// ("Coral Crush: Aqua, … | Pinkalicious: Aqua, …"), kit parts, one per line
/// ("Cleanser: Water, …\nToner: Water, …"), options named in brackets at line starts
/// ("[01 Rosy] Water, …\n[02 Coral] Water, …") and the numbered pans of a palette, often run together in
/// one paragraph ("#1 Talc, Mica, … #2 Talc, …"), where a short line before a "#1" names the palette, and
/// the items of a set each named by a line of its own above its list ("Lotion⏎Water／Aloe…⏎Cream⏎Water／…").
enum VariantSplitter {
    /// Names that introduce a section of one list, never a variant.
    static let notVariants: Set<String> = [
        "purpose", "uses", "use", "warnings", "warning", "directions", "may contain",
        "other information", "how to use", "description", "benefits", "details",
        "caution", "storage", "note", "notes",
    ]

    /// List punctuation a part needs to be a list rather than a name or a sentence.
    static let minimumSeparators = 2
    /// Longer bracketed or group names are sentences.
    static let maxNameLength = 40

    static func split(_ text: String) -> [(variant: String, text: String)]? {
        for separator in [" | ", "\n"] {
            // (Splitting costs a search of the text; most texts hold no " | ", a one-line text no line break.)
            guard ByteSearch.first(Array(separator.utf8), in: Array(text.utf8)) != nil else { continue }
            let parts = text.components(separatedBy: separator).map { $0.trimmed() }.filter { !$0.isEmpty }
            guard parts.count >= 2 else { continue }
            var variants: [(String, String)] = []
            for part in parts {
                guard let colon = part.firstIndex(where: { $0 == ":" || $0 == "：" }) else {
                    variants = []
                    break
                }
                let name = part[..<colon].trimmed()
                let list = part[part.index(after: colon)...].trimmed()
                let words = name.split(separator: " ")
                guard !name.isEmpty, words.count <= 5, name.count <= 40, !notVariants.contains(name.lowercased()),
                    IngredientLabel.match(name) == nil, list.filter({ $0 == "," }).count >= 2
                else {
                    variants = []
                    break
                }
                variants.append((name, list))
            }
            if variants.count >= 2 { return variants }
        }
        return numbered(text) ?? bracketed(text) ?? namedLines(text)
    }

    // MARK: Numbered parts

    /// The "#1"…"#n" markers of `text`: "#", one or two digits, then white space, at the start of the text
    /// or after white space.
    private static func markers(in text: String) -> [(range: Range<String.Index>, number: Int)] {
        var result: [(Range<String.Index>, Int)] = []
        var index = text.startIndex
        var afterSpace = true
        while index < text.endIndex {
            let character = text[index]
            if character == "#" && afterSpace {
                var end = text.index(after: index)
                while end < text.endIndex, text[end].isASCIIDigit, text.distance(from: index, to: end) <= 2 {
                    end = text.index(after: end)
                }
                let digits = text.distance(from: index, to: end) - 1
                if (1...2).contains(digits), end < text.endIndex, text[end].isWhitespace,
                    let number = Int(text[text.index(after: index)..<end])
                {
                    result.append((index..<end, number))
                    index = end
                    continue
                }
            }
            afterSpace = character.isWhitespace
            index = text.index(after: index)
        }
        return result
    }

    /// `#1 LIST #2 LIST …`: parts numbered from 1 without gaps (a new run from 1 starts a new group), each a
    /// list. Text before the first marker may only be the group's name.
    static func numbered(_ text: String) -> [(variant: String, text: String)]? {
        guard text.utf8.contains(0x23) else { return nil }
        let markers = markers(in: text)
        guard markers.count >= 2, markers[0].1 == 1 else { return nil }
        for (previous, next) in zip(markers, markers.dropFirst()) where next.1 != previous.1 + 1 && next.1 != 1 {
            return nil
        }
        guard var group = groupName(before: text[..<markers[0].0.lowerBound]) else { return nil }
        var parts: [(variant: String, text: String)] = []
        for (index, (range, number)) in markers.enumerated() {
            var body = text[range.upperBound...]
            var nextGroup: String?
            if index + 1 < markers.count {
                body = text[range.upperBound..<markers[index + 1].0.lowerBound]
                while let last = body.last, last.isWhitespace { body = body.dropLast() }
                // A line before the next run's "#1" names that run's group.
                if markers[index + 1].1 == 1, let newline = body.lastIndex(where: \.isNewline) {
                    let line = body[body.index(after: newline)...].trimmed()
                    if !line.isEmpty {
                        guard isGroupName(line) else { return nil }
                        nextGroup = line
                        body = body[..<newline]
                    }
                }
            }
            let list = String(body).trimmed().trimmingTrailingSeparators()
            guard separators(list) >= minimumSeparators else { return nil }
            parts.append((group.isEmpty ? "#\(number)" : "\(group) #\(number)", list))
            if let nextGroup { group = nextGroup }
        }
        return parts
    }

    /// The group name in the text before a "#1" (its last line), "" for none, nil when the text holds more
    /// than a name (a list before the numbered parts: not a text of parts).
    private static func groupName(before prefix: Substring) -> String? {
        let lines = prefix.split(whereSeparator: \.isNewline).map { $0.trimmed() }.filter { !$0.isEmpty }
        guard let last = lines.last else { return "" }
        guard lines.allSatisfy({ separators($0) < minimumSeparators }), isGroupName(last) else { return nil }
        return last
    }

    /// A palette's or set's name: short, no list punctuation, not a label or a section.
    private static func isGroupName(_ line: String) -> Bool {
        line.count <= maxNameLength && separators(line) == 0 && IngredientLabel.match(line) == nil
            && !notVariants.contains(line.lowercased())
    }

    // MARK: Bracketed names

    private static let brackets: [(open: Character, close: Character)] = [("[", "]"), ("【", "】")]

    /// Lines starting with a name in brackets, each followed by its list (on the same line or the next):
    /// `[01 Rosy] Water, …`. A bracket that holds list punctuation or a "+/-" is a may-contain group, and a
    /// bracketed label ("【全成分】") labels the list, neither names a part.
    static func bracketed(_ text: String) -> [(variant: String, text: String)]? {
        // (On bytes: "[" or the first bytes of "【"; most texts have neither and cost one pass.)
        guard text.utf8.contains(where: { $0 == 0x5B || $0 == 0xE3 }), text.contains(where: { $0 == "[" || $0 == "【" })
        else { return nil }
        var parts: [(variant: String, text: String)] = []
        var current: (name: String, lines: [String])?
        func close() -> Bool {
            guard let part = current else { return true }
            let list = part.lines.joined(separator: "\n").trimmed().trimmingTrailingSeparators()
            guard separators(list) >= minimumSeparators else { return false }
            parts.append((part.name, list))
            return true
        }
        for line in text.split(whereSeparator: \.isNewline).map({ $0.trimmed() }) where !line.isEmpty {
            if let (name, rest) = bracketedName(line) {
                guard close() else { return nil }
                current = (name, rest.isEmpty ? [] : [rest])
            } else if current != nil {
                current!.lines.append(line)
            } else if separators(line) >= minimumSeparators {
                // A list before the first named part: not a text of parts.
                return nil
            }
        }
        guard close(), parts.count >= 2 else { return nil }
        return parts
    }

    private static func bracketedName(_ line: String) -> (name: String, rest: String)? {
        guard let first = line.first, let pair = brackets.first(where: { $0.open == first }),
            let close = line.firstIndex(of: pair.close)
        else { return nil }
        let name = line[line.index(after: line.startIndex)..<close].trimmed()
        guard !name.isEmpty, name.count <= maxNameLength, separators(name) == 0,
            !name.hasPrefix("+"), !name.hasPrefix("±"), !name.contains("/-"),
            IngredientLabel.match(name) == nil, !ListTerminator.isPanelHeading(name),
            !notVariants.contains(name.lowercased())
        else { return nil }
        let rest = String(line[line.index(after: close)...]).trimmingLeadingPunctuation()
        return (name, rest)
    }

    // MARK: Named lines

    /// Parts each named by a short line of its own, the line after it a list: a set's items as a Japanese
    /// shop prints them (`ローション⏎水／アロエベラ液汁／…⏎エッセンス⏎水／…`). The text's first line names the
    /// first part; other lines (a second line of a list) stay with the part above them, but for a footnote
    /// legend under a list. A name line holds no list punctuation and is no label, panel heading or section.
    static func namedLines(_ text: String) -> [(variant: String, text: String)]? {
        // (Most texts start with their list or a label: only the first line is read before that is known,
        // found on bytes.)
        let head = text.drop(while: \.isWhitespace)
        guard let firstBreak = head.utf8.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }),
            partName(head[..<firstBreak]) != nil
        else { return nil }
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmed() }.filter { !$0.isEmpty }
        var parts: [(variant: String, lines: [String])] = []
        for (index, line) in lines.enumerated() {
            if index + 1 < lines.count, namedLineSeparators.count(in: lines[index + 1]) >= minimumSeparators,
                let name = partName(Substring(line))
            {
                parts.append((name, []))
            } else if parts.isEmpty {
                return nil
            } else {
                parts[parts.count - 1].lines.append(line)
            }
        }
        guard parts.count >= 2, Set(parts.map(\.variant)).count == parts.count,
            parts.allSatisfy({ !$0.lines.isEmpty })
        else { return nil }
        // A footnote legend under a part's list (`＊オーガニック原料`, "organic ingredient") explains its marks; it
        // is not one more name.
        return parts.map { part in
            var lines = part.lines
            while lines.count > 1, let last = lines.last, let mark = last.first, footnoteMarks.contains(mark) {
                lines.removeLast()
            }
            return (part.variant, lines.joined(separator: "\n"))
        }
    }

    private static let footnoteMarks: Set<Character> = ["*", "＊", "※", "†", "‡"]

    /// The part named by `line` without a trailing colon, or nil when the line is not a part's name.
    private static func partName(_ line: Substring) -> String? {
        var name = line.trimmed()
        while let last = name.last, last == ":" || last == "：" { name.removeLast() }
        name = name.trimmed()
        guard !name.isEmpty, name.count <= maxNameLength, namedLineSeparators.count(in: name) == 0,
            let first = name.first, first.isLetter || first.isNumber, name.last != ".", name.last != "。",
            IngredientLabel.match(name) == nil, !ListTerminator.isPanelHeading(name),
            !HeadingCandidateFinder.containsLabelWord(name), !notVariants.contains(name.lowercased())
        else { return nil }
        return name
    }

    /// List punctuation of a part's list line, with the full-width slash that separates names in Japanese
    /// lists printed without commas.
    private static let namedLineSeparators = PunctuationCount([",", ";", "，", "、", "／"])

    private static func separators(_ text: String) -> Int { BlockBoundaries.separators(text) }
}

extension String {
    /// Drops list punctuation left at the end of a part ("…, Ultramarine (CI 77007),").
    func trimmingTrailingSeparators() -> String {
        var result = Substring(self)
        while let last = result.last, last == "," || last == ";" || last == "，" || last == "、" || last.isWhitespace {
            result = result.dropLast()
        }
        return String(result)
    }
}
