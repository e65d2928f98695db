import Testing

@testable import INCIHTML

/// "Label: value" lines are found on bytes; they must be the lines `Character.isNewline` gives.
@Suite struct LabelledValuesTests {
    @Test func linesWithAColonAreTheCharacterSplitLines() {
        let texts = [
            "Skin Type: Dry, Oily\nBenefits: Pore Minimizing\nno colon here",
            "Hauttyp：Trocken\r\nGröße: 50 ml\u{2028}Preis: 3,95 €\u{85}Marke: essence\u{0B}x",
            "\n\n:only colon\n\n", "tail without newline: yes", "", "전성분: 정제수, 글리세린\u{2029}용량: 50ml",
        ]
        for text in texts {
            let expected = text.split(whereSeparator: \.isNewline).map(String.init).filter {
                $0.contains(":") || $0.contains("：")
            }
            #expect(LabelledValues.linesWithColon(text) == expected, "\(text.debugDescription)")
        }
    }
}
