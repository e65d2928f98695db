import Foundation
import FuzzSupport
import INCICore

/// Arbitrary bytes as a dictionary file. Each input is loaded six ways: as an extra
/// `ingredients/fuzz.txt`, and in place of `aliases/ko.txt`, `scoring/weights.txt`, `sources.txt` and
/// `families.txt` of a small base dictionary (`Fixtures/dictionary/` plus the embedded
/// `Dictionaries/scoring/weights.txt`), and alone under all five names. Each loaded dictionary then analyzes and
/// scores a fixed list, as `inci analyze --dictionary DIR` would. Loading must never crash (problems
/// are diagnostics) and every diagnostic must point at a file and a line.
///
/// `Tests/INCICoreTests/FuzzRegressionTests.swift` replays `Fuzz/Regressions/FuzzDictionaryLoader/`
/// the same way: keep the two in step.
enum DictionaryLoaderTarget {
    static let base: [DictionaryFile] =
        ProjectFiles.dictionaryFiles("Fixtures/dictionary")
        + ProjectFiles.dictionaryFiles("Dictionaries").filter { $0.path == "scoring/weights.txt" }

    /// A fixed list, tokenized once (tokenizing does not depend on the dictionary).
    static let sample: [Token] = {
        let text = """
            Ingredients: Aqua (Water), Glycerin, Niacinamide 5%, Salicylic Acid 2%, Isopropyl Myristate, \
            Squalane, Parfum/Fragrance, Phenoxyethanol, Niacinimide, 병풀추출물, Zinc PCA
            """
        guard let list = try? Tokenizer().tokenize(text) else { fatalError("the sample list did not tokenize") }
        return list.tokens
    }()

    static func loadings(of text: String) -> [[DictionaryFile]] {
        func replacing(_ path: String) -> [DictionaryFile] {
            base.filter { $0.path != path } + [DictionaryFile(path: path, text: text)]
        }
        let paths = ["ingredients/fuzz.txt", "aliases/ko.txt", "scoring/weights.txt", "sources.txt", "families.txt"]
        return [base + [DictionaryFile(path: "ingredients/fuzz.txt", text: text)]]
            + paths.dropFirst().map(replacing)
            + [paths.map { DictionaryFile(path: $0, text: text) }]
    }

    static func run(_ bytes: UnsafeRawBufferPointer) {
        let text = String(decoding: bytes, as: UTF8.self)
        let require = FuzzDriver.require
        for files in loadings(of: text) {
            let result = DictionaryLoader.load(files: files)
            for diagnostic in result.diagnostics {
                require(
                    diagnostic.line >= 1 && files.contains { $0.path == diagnostic.file },
                    "diagnostic at \(diagnostic.file):\(diagnostic.line)")
            }
            let dictionary = result.dictionary
            dictionary.keys.forEachKey { key, entry in
                require(dictionary.ingredients.indices.contains(entry.ingredient), "key '\(key)' → \(entry.ingredient)")
            }
            // What loads also compiles (or is refused for a separator in a name) and reads back the same.
            if let compiled = try? CompiledDictionary.compile(dictionary) {
                let read = try? CompiledDictionary.read(compiled, files: files)
                require(
                    read.map { Array($0.ingredients) == Array(dictionary.ingredients) } == true,
                    "compiled ingredients differ")
                require(read.map { $0.keys.table == dictionary.keys.table } == true, "compiled keys differ")
            }
            let list = IngredientList(ingredients: Matcher(dictionary: dictionary).match(sample))
            let analysis = Scorer(dictionary: dictionary).analyze(list, productType: .decide(given: nil, name: "Serum"))
            for score in analysis.scores { require((0...100).contains(score.score), "score \(score.score)") }
        }
    }
}

#if FUZZING
    /// libFuzzer's entry point. With `-sanitize=fuzzer` the linker also pulls in libFuzzer's own `main`,
    /// which may win over this file's top-level code; either way inputs arrive here or through
    /// `LLVMFuzzerRunDriver` in `FuzzDriver.main`.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        DictionaryLoaderTarget.run(UnsafeRawBufferPointer(start: data, count: size))
        return 0
    }
#endif

FuzzDriver.main(DictionaryLoaderTarget.run)
