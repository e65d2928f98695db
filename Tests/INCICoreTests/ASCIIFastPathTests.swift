import Testing

@testable import INCICore

/// The tokenizer reads ASCII items as bytes and other items by `Character`: both paths must give the
/// same answer wherever both apply (ASCII text), so a fast path can never change what a label yields.
@Suite struct ASCIIFastPathTests {
    /// Items and parts as labels print them, with the punctuation each step looks at.
    static let items: [String] = [
        "Water", "Aqua (Water)", "(Water)", "((Water)", "Water)", "[Water]", "{Water}", "'Water'", "\"Water", "Water'",
        "['Water'", "(A) B (C)", "Butyrospermum Parkii (Shea) Butter", "Fragrance (Limonene",
        "Caprylyl Glycol (and) Ethylhexylglycerin",
        "Mica [AND] Silica", "Talc (y) Mica", "Water (et) Glycerin (und) Alcohol", "Zinc Oxide (nano)",
        "Niacinamide 10%", "2,5 %Water",
        "Zinc PCA (1%)", "Tranexamic Acid [0.5%]", "Centella <1%", "Salicylic Acid 2% w/w", "Alcohol 5% W/V", "., 5%",
        "%", "Laureth-4%",
        "*Aloe Barbadensis Leaf Juice*", "^^Shea", "* Water", "Linalool*.", "Alcohol Denat.", "Red No. 40.", "Water.",
        "- Water",
        ", ; : Water - / |", "Octocrylene: Sunscreen", "Avobenzone 3%......Sunscreen", "  ", "", "'", "\"\"", "()",
        "(and)",
        "the product is formulated without parabens", "Visit the boutique for more",
        "And Or and or Skin's skin's ingredients",
        "with (the is are) water", "unbalanced (the is", "Including such plus", "x1234567890123 abcdefghijklmnop",
    ]

    @Test func proseWordCountsAgree() {
        for part in Self.items {
            let words = ProseDetector.words(part)
            let connectives = words.count { ProseDetector.lowercaseConnectives.contains(String($0)) }
            #expect(
                ProseDetector.wordCounts(part) == (words.count, ProseDetector.functionWordCount(words), connectives),
                "\(part)")
        }
    }

    @Test func cleaningStepsAgree() {
        for item in Self.items {
            #expect(
                ItemCleaner.stripUnbalancedEdges(item) == ItemCleaner.stripUnbalancedEdges(characters: item), "\(item)")
            #expect(ItemCleaner.splitBlends(item) == ItemCleaner.splitBlends(characters: item), "\(item)")
            #expect(
                ItemCleaner.stripEdgePunctuation(item) == ItemCleaner.stripEdgePunctuation(characters: item), "\(item)")
            #expect(ItemCleaner.leaderStart(item) == ItemCleaner.leaderStart(characters: item), "\(item)")
            let byBytes = ItemCleaner.extractPercent(Array(item.utf8))
            let byCharacters = ItemCleaner.extractPercent(Array(item))
            #expect(byBytes?.0 == byCharacters?.0 && byBytes?.1 == byCharacters?.1, "\(item)")
            var bytesAnnotations: [String] = []
            var characterAnnotations: [String] = []
            #expect(
                ItemCleaner.stripMarks(Array(item.utf8)[...], into: &bytesAnnotations)
                    == ItemCleaner.stripMarks(Array(item)[...], into: &characterAnnotations), "\(item)")
            #expect(bytesAnnotations == characterAnnotations, "\(item)")
        }
    }

    @Test func byteSearchAgreesWithFoundation() {
        for (haystack, needle) in [
            ("certified organic", "organic"), ("organic", "certified organic"), ("fair trade", "trade"),
            ("natural origin", "natur"), ("allergen", "allergens"), ("a, b", ","), ("ab", ""),
        ] {
            #expect(haystack.containsText(needle) == haystack.contains(needle), "\(haystack) / \(needle)")
        }
    }
}
