import Foundation
import INCICatalog
import INCICore
import INCIDictionaryData
import INCITestSupport
import Testing

/// Korean lists before and after name composition (`languages/ko.txt`): the morpheme tables were tuned
/// on naver-skin and naver-lotion; naver-cream is held out. Prints both figures per corpus and the
/// composed names most often found, so a reader can check them.
@Suite(.enabled(if: SharedData.isAvailable, "../shared/data is absent; real-data tests skipped"))
struct KoreanCompositionTests {
    /// The embedded dictionary without its morpheme tables: what inci recognized before composition.
    static let withoutComposition = DictionaryLoader.load(
        files: EmbeddedDictionary.files.filter { !$0.path.hasPrefix("languages/") }
    ).dictionary

    struct Figures {
        var tokens = 0
        var recognized = 0
        var composed = 0
        var fuzzy = 0
        var composedNames: [String: Int] = [:]
        var share: Double { Double(recognized) / Double(max(tokens, 1)) }
        var percent: String { String(format: "%.2f%%", share * 100) }
    }

    static func figures(_ texts: [String], dictionary: IngredientDictionary) -> Figures {
        let analyzer = IngredientAnalyzer(dictionary: dictionary)
        var figures = Figures()
        for text in texts {
            guard let list = try? analyzer.analyze(text) else { continue }
            for item in list.ingredients {
                figures.tokens += 1
                if item.match != .unknown { figures.recognized += 1 }
                if item.match == .fuzzy { figures.fuzzy += 1 }
                if let composition = item.composition {
                    figures.composed += 1
                    figures.composedNames[
                        "\(item.token.text) → \(composition.name)\(composition.isAmbiguous ? " (ambiguous)" : "")",
                        default: 0] += 1
                }
            }
        }
        return figures
    }

    @Test(arguments: [
        ("korean/naver-skin.csv", "tuned"), ("korean/naver-lotion.csv", "tuned"),
        ("korean/naver-cream.csv", "held out"),
    ])
    func recognitionBeforeAndAfterComposition(file: String, part: String) throws {
        let texts = try SharedData.csvColumn(file, column: "성분").map { IngredientColumn.text(ofCell: $0) }
        let before = Self.figures(texts, dictionary: Self.withoutComposition)
        let after = Self.figures(texts, dictionary: EmbeddedDictionary.shared)
        let top = after.composedNames.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(15)
            .map { "\($0.value)× \($0.key)" }.joined(separator: "; ")
        print(
            "\(file) (\(part)): \(after.tokens) names; recognized \(before.percent) before composition, \(after.percent) after "
                + "(\(after.composed) composed, fuzzy \(before.fuzzy) → \(after.fuzzy), unknown \(before.tokens - before.recognized) → \(after.tokens - after.recognized))"
                + "\n  most often composed: \(top)")
        #expect(after.recognized > before.recognized)
        #expect(after.share >= 0.96)
        // Composition runs before the fuzzy step, so it takes names the fuzzy step guessed before.
        #expect(after.fuzzy <= before.fuzzy)
    }
}
