/// One character of an item, as the cleaner's generic steps see it: a byte of ASCII text, where each byte
/// is a `Character`, or a `Character` of other text. The steps are written once and run on bytes for the
/// common ASCII item, on `Character`s (with their grapheme rules) otherwise.
protocol LabelUnit: Equatable {
    init(ascii: Unicode.Scalar)
    /// `0`-`9` only (`isASCII && isNumber`).
    var isASCIIDigit: Bool { get }
    var isWhitespaceFast: Bool { get }
    var isItemMark: Bool { get }
    /// `<` `≤` `~` `≈` `>` before a percentage.
    var isComparisonSign: Bool { get }
    static func string(_ units: some Sequence<Self>) -> String
}

extension UInt8: LabelUnit {
    // `init(ascii:)` is the standard library's.
    var isASCIIDigit: Bool { self &- 0x30 < 10 }
    var isWhitespaceFast: Bool { isASCIIWhitespace }
    var isItemMark: Bool { self == 0x2A || self == 0x5E }
    var isComparisonSign: Bool { self == 0x3C || self == 0x7E || self == 0x3E }
    static func string(_ units: some Sequence<UInt8>) -> String { String(decoding: Array(units), as: UTF8.self) }
}

extension Character: LabelUnit {
    init(ascii scalar: Unicode.Scalar) { self.init(scalar) }
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isComparisonSign: Bool { ["<", "≤", "~", "≈", ">"].contains(self) }
    static func string(_ units: some Sequence<Character>) -> String { String(units) }
}
