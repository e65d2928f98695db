import FuzzSupport
import INCICore
import INCIHTML

/// Arbitrary bytes as a saved product page: `PageExtractor.extract` as `inci scan` runs it, once as
/// HTML and once as a `.json` product API response, with the project dictionary. Besides crashes it
/// checks that every product found has an ingredient text and a matched list.
enum HTMLExtractorTarget {
    static let extractor = PageExtractor(
        analyzer: IngredientAnalyzer(
            dictionary: DictionaryLoader.load(files: ProjectFiles.dictionaryFiles("Dictionaries")).dictionary))

    static func run(_ buffer: UnsafeRawBufferPointer) {
        let bytes = Array(buffer)
        for kind in [PageExtractor.InputKind.html, .json] {
            guard case .success(let products) = extractor.extract(bytes, kind: kind) else { continue }
            FuzzDriver.require(!products.isEmpty, "success without products")
            for product in products {
                FuzzDriver.require(!product.ingredientText.isEmpty, "a product without ingredient text")
                FuzzDriver.require(!product.analysis.ingredients.isEmpty, "a product without ingredients")
            }
        }
    }
}

#if FUZZING
    /// libFuzzer's entry point (see FuzzTokenizer/main.swift).
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        HTMLExtractorTarget.run(UnsafeRawBufferPointer(start: data, count: size))
        return 0
    }
#endif

FuzzDriver.main(HTMLExtractorTarget.run)
