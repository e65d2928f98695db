/// One character of an item, as the cleaner's generic steps see it: a byte of ASCII text, where each byte
/// is a `Character`, or a `Character` of other text. The steps are written once and run on bytes for the
/// common ASCII item, on `Character`s (with their grapheme rules) otherwise.
protocol LabelUnit: Equatable {
    /// The unit of an ASCII character (a static function, not an initializer: `Character.init` stays
    /// unambiguous for the standard library's own overloads).
    static func ascii(_ scalar: Unicode.Scalar) -> Self
    /// `0`-`9` only (`isASCII && isNumber`).
    var isASCIIDigit: Bool { get }
    var isWhitespaceFast: Bool { get }
    var isItemMark: Bool { get }
    /// `<` `≤` `~` `≈` `>` before a percentage.
    var isComparisonSign: Bool { get }
    var isLetterFast: Bool { get }
    /// Whether the unit is this ASCII letter or sign, ignoring case.
    func equalsIgnoringASCIICase(_ scalar: Unicode.Scalar) -> Bool
    static func string(_ units: some Sequence<Self>) -> String
}

extension LabelUnit {
    /// `(` or `[`: the brackets the cleaner counts together.
    static func isOpeningBracket(_ unit: Self) -> Bool { unit == ascii("(") || unit == ascii("[") }
    static func isClosingBracket(_ unit: Self) -> Bool { unit == ascii(")") || unit == ascii("]") }
    var isOpeningBracket: Bool { Self.isOpeningBracket(self) }
    var isClosingBracket: Bool { Self.isClosingBracket(self) }
}

extension ArraySlice where Element: LabelUnit {
    /// `trimmingWhitespace()` on units.
    func trimmingWhitespaceUnits() -> ArraySlice<Element> {
        var slice = self
        while let first = slice.first, first.isWhitespaceFast { slice.removeFirst() }
        while let last = slice.last, last.isWhitespaceFast { slice.removeLast() }
        return slice
    }
}

extension UInt8: LabelUnit {
    static func ascii(_ scalar: Unicode.Scalar) -> UInt8 { UInt8(ascii: scalar) }
    var isASCIIDigit: Bool { self &- 0x30 < 10 }
    var isWhitespaceFast: Bool { isASCIIWhitespace }
    var isItemMark: Bool { self == 0x2A || self == 0x5E }
    var isComparisonSign: Bool { self == 0x3C || self == 0x7E || self == 0x3E }
    var isLetterFast: Bool { isASCIILetter }
    func equalsIgnoringASCIICase(_ scalar: Unicode.Scalar) -> Bool { asciiLowercased == UInt8(ascii: scalar) }
    static func string(_ units: some Sequence<UInt8>) -> String { String(decoding: Array(units), as: UTF8.self) }
}

extension Character: LabelUnit {
    static func ascii(_ scalar: Unicode.Scalar) -> Character { Character(scalar) }
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isComparisonSign: Bool { ["<", "≤", "~", "≈", ">"].contains(self) }
    func equalsIgnoringASCIICase(_ scalar: Unicode.Scalar) -> Bool { lowercased() == String(scalar) }
    static func string(_ units: some Sequence<Character>) -> String { String(units) }
}
