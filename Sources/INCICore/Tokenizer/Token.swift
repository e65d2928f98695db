/// One ingredient as printed on a label, before matching.
public struct Token: Sendable, Hashable {
    /// The cleaned name: percentages, footnote marks and annotations removed, spacing tidied.
    public var text: String
    /// The exact input text this token came from (including its percentage and marks).
    public var raw: String
    /// 1-based position in the list, across all sections.
    public var position: Int
    /// Offsets of `raw` in the input, in Unicode scalars (0-based, end exclusive).
    public var range: Range<Int>
    public var section: Section
    /// The printed percentage, if any (`2,5%` → 2.5).
    public var percent: Double?
    /// Footnote marks and what they mean (`*`, `organic`), and annotations like `nano`.
    public var annotations: [String]
    /// The names in the ingredient's closing bracket when it holds several (`Fragrance (Geraniol,
    /// Linalool)` → `Geraniol`, `Linalool`): what the ingredient is made of, or its other names.
    public var components: [String] = []

    public init(
        text: String, raw: String, position: Int, range: Range<Int>, section: Section,
        percent: Double? = nil, annotations: [String] = []
    ) {
        self.text = text
        self.raw = raw
        self.position = position
        self.range = range
        self.section = section
        self.percent = percent
        self.annotations = annotations
    }
}

/// The tokens of one label, with the footnotes that explained their marks.
public struct TokenizedList: Sendable, Hashable {
    public var tokens: [Token]
    /// Footnote mark → its definition as printed (`*` → `Organic ingredient`).
    public var footnotes: [String: String]
    /// Claims printed before the list, among its items ("Sans Parfum") or in prose around it.
    public var claims: [Claim]

    public init(tokens: [Token], footnotes: [String: String], claims: [Claim] = []) {
        self.tokens = tokens
        self.footnotes = footnotes
        self.claims = claims
    }
}
