import Foundation
import INCICore
import INCIDictionaryData
import INCITestSupport
import Testing

/// Replays every input in `Fuzz/Regressions/` (inputs that once crashed or hung a fuzz target, see
/// `Fuzz/README.md`) the way its target runs it: `FuzzTokenizer/` through tokenizer, matcher and scorer;
/// `FuzzDictionaryLoader/` through the loader the six ways that target loads it. Passes with no inputs.
@Suite struct FuzzRegressionTests {
    static func inputs(_ target: String) -> [URL] { FuzzRegressions.inputs(target) }

    @Test func tokenizerInputs() throws {
        let dictionary = EmbeddedDictionary.shared
        let analyzer = IngredientAnalyzer(dictionary: dictionary)
        let scorer = Scorer(dictionary: dictionary)
        for url in Self.inputs("FuzzTokenizer") {
            let data = try Data(contentsOf: url)
            let hang = HangGuard(url.lastPathComponent)
            let text = String(decoding: data, as: UTF8.self)
            if let list = try? analyzer.analyze(text) {
                let scalars = Array(text.unicodeScalars)
                for (index, item) in list.ingredients.enumerated() {
                    #expect(item.token.position == index + 1, "\(url.lastPathComponent)")
                    #expect(item.token.range.upperBound <= scalars.count, "\(url.lastPathComponent)")
                    #expect(item.token.percent.map(\.isFinite) ?? true, "\(url.lastPathComponent)")
                }
                let analysis = scorer.analyze(list, productType: .decide(given: nil, name: String(text.prefix(80))))
                #expect(analysis.scores.allSatisfy { (0...100).contains($0.score) }, "\(url.lastPathComponent)")
            }
            let verdict = hang.verdict()
            #expect(verdict.withinBudget, "\(verdict)")
        }
    }

    /// The base the loader target adds each input to: `Fixtures/dictionary/` plus the embedded scoring weights.
    static let loaderBase =
        FixtureDictionary.files + EmbeddedDictionary.files.filter { $0.path == "scoring/weights.txt" }

    static func loadings(of text: String) -> [[DictionaryFile]] {
        func replacing(_ path: String) -> [DictionaryFile] {
            loaderBase.filter { $0.path != path } + [DictionaryFile(path: path, text: text)]
        }
        let paths = ["ingredients/fuzz.txt", "aliases/ko.txt", "scoring/weights.txt", "sources.txt", "families.txt"]
        return [loaderBase + [DictionaryFile(path: "ingredients/fuzz.txt", text: text)]]
            + paths.dropFirst().map(replacing)
            + [paths.map { DictionaryFile(path: $0, text: text) }]
    }

    @Test func dictionaryLoaderInputs() throws {
        let sample = try Tokenizer().tokenize(
            """
            Ingredients: Aqua (Water), Glycerin, Niacinamide 5%, Salicylic Acid 2%, Isopropyl Myristate, \
            Squalane, Parfum/Fragrance, Phenoxyethanol, Niacinimide, 병풀추출물, Zinc PCA
            """
        ).tokens
        for url in Self.inputs("FuzzDictionaryLoader") {
            let data = try Data(contentsOf: url)
            let hang = HangGuard(url.lastPathComponent)
            for files in Self.loadings(of: String(decoding: data, as: UTF8.self)) {
                let result = DictionaryLoader.load(files: files)
                #expect(result.diagnostics.allSatisfy { $0.line >= 1 }, "\(url.lastPathComponent)")
                let list = IngredientList(ingredients: Matcher(dictionary: result.dictionary).match(sample))
                let analysis = Scorer(dictionary: result.dictionary).analyze(
                    list, productType: .decide(given: nil, name: "Serum"))
                #expect(analysis.scores.allSatisfy { (0...100).contains($0.score) }, "\(url.lastPathComponent)")
            }
            let verdict = hang.verdict()
            #expect(verdict.withinBudget, "\(verdict)")
        }
    }
}
