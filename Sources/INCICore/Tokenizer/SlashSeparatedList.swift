/// Japanese shops print some lists with the full-width slash between names (`水／BG／グリセリン／…`, NFKC
/// `/`). The same slash sits inside registered names: between the parts of one plant
/// (`ゼニアオイ花／葉／茎エキス` is one extract of the flower, leaf and stem) and between bracketed groups
/// (`(アスペルギルス／サッカロミセス)／(マグワ果実／コメ)発酵粕エキス`). The rule JCIA's names follow: a slash
/// joins when the name before it is not finished — it ends in a plant part and the text after it begins
/// with one, or all of it is bracketed groups; otherwise, in a list with no other separator, it separates.
enum SlashSeparatedList {
    /// Plant parts of Japanese and Chinese label names that a slash lists within one name, longest first.
    static let plantParts: [[Unicode.Scalar]] = [
        "地上部", "果実", "果皮", "種子", "樹皮", "全草", "花弁", "根茎", "胚芽", "花穂", "葉柄", "心材", "木部",
        "花", "葉", "茎", "根", "枝", "実", "芽", "皮", "核", "蕾", "穂", "種", "果", "籽", "叶",
    ].map { Array($0.unicodeScalars) }

    /// Whether `/` separates the items of `sentence`: no other list separator in it, at least two slashes
    /// outside brackets, and more Han and kana than Latin letters (a Latin `Aqua/Water/Eau` is one name).
    static func separates(_ s: [Unicode.Scalar], _ sentence: Range<Int>) -> Bool {
        var slashes = 0
        var depth = 0
        var cjk = 0
        var latin = 0
        for i in sentence {
            let c = s[i]
            switch c {
            case "(", "[", "{": depth += 1
            case ")", "]", "}": depth = max(0, depth - 1)
            case "/": if depth == 0 { slashes += 1 }
            default:
                if c.isListSeparator { return false }
                if c.value >= 0x3040 && c.value <= 0x9FFF {
                    cjk += 1
                } else if c.isASCII && c.properties.isAlphabetic {
                    latin += 1
                }
            }
        }
        return slashes >= 2 && cjk > latin
    }

    /// Whether the slash at `slash` continues the name begun at `start` rather than ending it.
    static func joins(_ s: [Unicode.Scalar], slash: Int, itemStart start: Int, end: Int) -> Bool {
        var before = start
        while before < slash, s[before] == " " { before += 1 }
        var last = slash
        while last > before, s[last - 1] == " " { last -= 1 }
        guard before < last else { return false }
        if isOnlyBracketGroups(s, before..<last) { return true }
        var after = slash + 1
        while after < end, s[after] == " " { after += 1 }
        return endsInPart(s, before..<last) && startsWithPart(s, after..<end)
    }

    private static func isOnlyBracketGroups(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard s[range.lowerBound] == "(" else { return false }
        var depth = 0
        for i in range {
            switch s[i] {
            case "(", "[": depth += 1
            case ")", "]": depth -= 1
            case "/", " ": break
            default: if depth == 0 { return false }
            }
        }
        return depth == 0
    }

    private static func endsInPart(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        plantParts.contains { part in
            part.count < range.count && s[(range.upperBound - part.count)..<range.upperBound].elementsEqual(part)
        }
    }

    private static func startsWithPart(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        plantParts.contains { part in
            part.count <= range.count && s[range.lowerBound..<(range.lowerBound + part.count)].elementsEqual(part)
        }
    }
}
