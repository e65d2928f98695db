/// Text that only states a quantity or a code: the net contents or weight printed near a list (`50 ml`,
/// `1.7 fl oz`, `100g ℮`, `500克`, `50 ml / 1.7 fl. oz.`; a unit after its number) or a barcode's digits
/// (`5901234123457`). It is never an ingredient: as an item it is dropped, as a line inside a list it
/// separates the lines around it.
enum QuantityText {
    /// Units of contents and weight, lower case.
    static let units: Set<String> = [
        "ml", "l", "cl", "dl", "g", "gr", "kg", "mg", "oz", "fl", "floz", "lb", "lbs", "ct", "pcs", "pc", "count",
        "℮", "매", "개", "克", "毫升", "升", "公斤", "千克", "片", "枚", "本", "個", "шт", "мл", "г",
    ]

    /// Whether `text` states a quantity among other words: a number, then one of `units` as the next word or
    /// run on to it (`e 400 ml Distribution …`, `Flacon 1 L`, `100g`).
    static func containsQuantity(_ text: some StringProtocol) -> Bool {
        // A quantity needs its number: without an ASCII digit byte there is none (asked of every line).
        guard text.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return false }
        var afterNumber = false
        var word = ""
        func endWord() -> Bool {
            defer { word = "" }
            guard !word.isEmpty else { return false }
            let found = afterNumber && units.contains(word)
            afterNumber = false
            return found
        }
        for character in text.lowercased() {
            if character.isASCII, character.isNumber {
                if endWord() { return true }
                afterNumber = true
            } else if character.isLetter || character == "℮" {
                word.append(character)
            } else if character == " " || character == "." || character == "," {
                if !word.isEmpty, endWord() { return true }
                // `1,5 ml`, `1.7 fl`: the number goes on after its decimal mark.
            } else {
                if endWord() { return true }
                afterNumber = false
            }
        }
        return endWord()
    }

    /// The shortest run of digits read as a code: EAN-8 barcodes.
    static let shortestCode = 8

    /// Whether `text` is a quantity (numbers with units) or a code of digits, and nothing else.
    static func isQuantityOrCode(_ text: some StringProtocol) -> Bool {
        // Both need a number: without an ASCII digit byte neither is there (asked of every item).
        guard text.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return false }
        var sawNumber = false
        var sawUnit = false
        var digitRun = 0
        var longestDigitRun = 0
        var word = ""
        func endWord() -> Bool {
            defer { word = "" }
            if word.isEmpty { return true }
            // A unit follows its number (`50 ml`, `100g`): `Cl 42090` is a colour index typed with a lower-case L.
            guard units.contains(word), sawNumber else { return false }
            sawUnit = true
            return true
        }
        for character in text.lowercased() {
            if character.isASCII, character.isNumber {
                guard endWord() else { return false }
                sawNumber = true
                digitRun += 1
                longestDigitRun = max(longestDigitRun, digitRun)
                continue
            }
            digitRun = 0
            if character.isLetter || character == "℮" {
                word.append(character)
            } else if [" ", ".", ",", "/", "(", ")", "-", "\n"].contains(character) {
                guard endWord() else { return false }
            } else {
                return false
            }
        }
        guard endWord(), sawNumber else { return false }
        return sawUnit || longestDigitRun >= shortestCode
    }
}
