/// The phrase US food and OTC labels print before their minor ingredients: `Contains 2% or less of:`,
/// `CONTAINS LESS THAN 2% OF`, `and less than 1% of each of the following`, `2% or less of`,
/// `contains one or more of the following:`. What follows is more of the same list (names under 2 %, in
/// any order); the phrase itself is neither a name nor prose, and a list heading it is not (what came
/// before it is the list's first part, not a product name).
enum MinorIngredientsPhrase {
    /// Whether a phrase can start with `scalar` (lower case): `contains`, `containing`, `less than`,
    /// `and less than`, or the number of `2% or less of`.
    static func mayStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "c" || scalar == "l" || scalar == "a" || ("0"..."9").contains(scalar)
    }

    /// Where the phrase starting at `start` in lower-cased `text` ends (after its colon, if any), or nil
    /// when none starts there.
    static func end(in text: [Unicode.Scalar], at start: Int) -> Int? {
        guard mayStart(text[start]) else { return nil }
        var reader = Reader(text: text, at: start)
        _ = reader.word("and")
        let contains = reader.word("contains") || reader.word("containing") || reader.word("contain")
        if contains, reader.word("one") {
            // `contains one or more of the following (oils):`
            guard reader.word("or"), reader.word("more"), reader.word("of") else { return nil }
            _ = reader.words("the", "following")
            return reader.closing(allowingOneWord: true)
        }
        // `less than 2% of`, `2% or less of`, `up to 2% of`.
        let lessThan = reader.word("less") ? reader.word("than") : reader.word("up") ? reader.word("to") : false
        guard reader.percentage() else { return nil }
        let orLess = reader.word("or") && (reader.word("less") || reader.word("fewer"))
        guard contains || lessThan || orLess else { return nil }
        let of = reader.word("of")
        if of, reader.word("each") { _ = reader.word("of") }
        _ = reader.words("the", "following")
        _ = reader.word("ingredients") || reader.word("ingredient")
        // `Contains 2%` alone is a claim about one ingredient (`Salicylic Acid, contains 2%`), not a phrase:
        // the phrase names what follows (`of`, `:`), or says `or less`.
        guard of || orLess || reader.atColon else { return nil }
        return reader.closing(allowingOneWord: false)
    }

    /// Reads words and punctuation of a lower-cased text.
    private struct Reader {
        let text: [Unicode.Scalar]
        var index: Int

        init(text: [Unicode.Scalar], at index: Int) {
            self.text = text
            self.index = index
        }

        private func skipSpaces(_ from: Int) -> Int {
            var k = from
            while k < text.count, text[k] == " " || text[k] == "\n" { k += 1 }
            return k
        }

        var atColon: Bool {
            let k = skipSpaces(index)
            return k < text.count && text[k] == ":"
        }

        /// Reads `word` (whole) after spaces; false, and nothing read, otherwise.
        mutating func word(_ word: String) -> Bool {
            let k = skipSpaces(index)
            var end = k
            for scalar in word.unicodeScalars {
                guard end < text.count, text[end] == scalar else { return false }
                end += 1
            }
            if end < text.count, text[end].isAlphabeticFast { return false }
            index = end
            return true
        }

        /// Reads all of `words`, or none.
        mutating func words(_ words: String...) -> Bool {
            let saved = index
            for word in words where !self.word(word) {
                index = saved
                return false
            }
            return true
        }

        /// Reads `2%`, `2 %`, `2.5%`, `1,5%`, `2 percent`.
        mutating func percentage() -> Bool {
            var k = skipSpaces(index)
            let digits = k
            while k < text.count, ("0"..."9").contains(text[k]) || text[k] == "." || text[k] == "," { k += 1 }
            guard k > digits, ("0"..."9").contains(text[digits]) else { return false }
            while k < text.count, text[k] == " " { k += 1 }
            if k < text.count, text[k] == "%" {
                index = k + 1
                return true
            }
            let saved = index
            index = k
            if word("percent") { return true }
            index = saved
            return false
        }

        /// The end of the phrase: after a colon or a spaced dash (and one word before it, such as `oils`,
        /// when allowed), else where the words read end.
        mutating func closing(allowingOneWord: Bool) -> Int {
            var k = skipSpaces(index)
            if allowingOneWord, k < text.count, text[k].isAlphabeticFast {
                var end = k
                while end < text.count, text[end].isAlphabeticFast { end += 1 }
                let after = skipSpaces(end)
                if after < text.count, text[after] == ":" || (text[after] == "-" && after > end) { k = after }
            }
            if k < text.count, text[k] == ":" || (text[k] == "-" && k > index) { return k + 1 }
            return index
        }
    }
}
