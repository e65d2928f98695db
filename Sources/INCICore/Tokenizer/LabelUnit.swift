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
    static func string(_ units: some Sequence<Self>) -> String
}

extension UInt8: LabelUnit {
    static func ascii(_ scalar: Unicode.Scalar) -> UInt8 { UInt8(ascii: scalar) }
    var isASCIIDigit: Bool { self &- 0x30 < 10 }
    var isWhitespaceFast: Bool { isASCIIWhitespace }
    var isItemMark: Bool { self == 0x2A || self == 0x5E }
    var isComparisonSign: Bool { self == 0x3C || self == 0x7E || self == 0x3E }
    static func string(_ units: some Sequence<UInt8>) -> String { String(decoding: Array(units), as: UTF8.self) }
}

extension Character: LabelUnit {
    static func ascii(_ scalar: Unicode.Scalar) -> Character { Character(scalar) }
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isComparisonSign: Bool { ["<", "≤", "~", "≈", ">"].contains(self) }
    static func string(_ units: some Sequence<Character>) -> String { String(units) }
}
