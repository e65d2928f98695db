import Testing

@testable import INCIHTML

/// `PunctuationCount` counts on scalars only where that equals the `Character` count.
@Suite struct PunctuationCountTests {
    static let kit = PunctuationCount([",", ";", "，", "、", "•", "·"])

    /// Every scalar the fast path reads is one of the characters exactly when `Character` comparison says
    /// so (canonical equivalents such as U+037E for ";" included).
    @Test func scalarsAgreeWithCharactersOverTheFastRanges() {
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0xFFFF where PunctuationCount.joinsNoNeighbour(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if Self.kit.scalars.contains(value) != Self.kit.characters.contains(Character(scalar)) {
                disagreements.append(value)
            }
        }
        #expect(disagreements.isEmpty)
    }

    @Test func countsAsCharactersDo() {
        let texts = [
            "Aqua, Glycerin; Mica", "水、グリセリン、BG", "정제수, 글리세린", "Talc • Mica · Silica",
            "Aqua,\u{301} Glycerin, Mica",  // a comma with a combining mark is another character
            "🌱 Aqua, Glycerin, Mica", "Aqua\u{37E} Glycerin\u{387} Mica", "",
        ]
        for text in texts {
            #expect(Self.kit.count(in: text) == text.reduce(0) { $0 + (Self.kit.characters.contains($1) ? 1 : 0) })
        }
        #expect(Self.kit.count(in: "Aqua,\u{301} Glycerin, Mica") == 1)
        #expect(Self.kit.count(in: "Aqua\u{37E} Glycerin\u{387} Mica") == 2)
    }

    /// The candidate selector's whitespace collapse on scalars gives what splitting the text's `Character`s at
    /// whitespace and joining them with spaces gives: on every scalar of the fast ranges as a separator
    /// between two names, and on texts that take the `Character` path.
    @Test func whitespaceCollapsesAsCharactersDo() {
        func byCharacters(_ text: String) -> String {
            text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0xFFFF where PunctuationCount.joinsNoNeighbour(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = " Aqua\(Character(scalar))Glycerin \(Character(scalar))"
            if CandidateSelector.collapsingWhitespace(text) != byCharacters(text) { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty)
        let texts = [
            "  Aqua,\r\nGlycerin,\t Mica\u{A0}\u{85}Talc  ", "水、\u{3000}グリセリン", "Aqua, \u{301}Glycerin",
            "🌱 Aqua,  Glycerin", "\n\n", "",
        ]
        for text in texts { #expect(CandidateSelector.collapsingWhitespace(text) == byCharacters(text)) }
    }
}
