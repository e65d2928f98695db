/// Character-class tests with an ASCII fast path. Labels are mostly ASCII, and the Unicode property
/// lookups behind `isLetter`, `isWhitespace` and `properties.isAlphabetic` were the largest single cost of
/// tokenizing (≈ 10 % of `inci dict coverage` on the Sephora texts). Non-ASCII input takes the full lookup,
/// so results are the same as the standard library's.
extension Character {
    var isLetterFast: Bool {
        if let ascii = asciiValue { return (ascii | 0x20) &- 0x61 < 26 }
        return isLetter
    }

    var isNumberFast: Bool {
        if let ascii = asciiValue { return ascii &- 0x30 < 10 }
        return isNumber
    }

    var isWhitespaceFast: Bool {
        if let ascii = asciiValue { return ascii == 0x20 || ascii &- 0x09 < 5 }
        return isWhitespace
    }
}

extension Unicode.Scalar {
    var isAlphabeticFast: Bool {
        value < 0x80 ? (value | 0x20) &- 0x61 < 26 : properties.isAlphabetic
    }

    var isWhitespaceFast: Bool {
        value < 0x80 ? value == 0x20 || value &- 0x09 < 5 : properties.isWhitespace
    }
}
