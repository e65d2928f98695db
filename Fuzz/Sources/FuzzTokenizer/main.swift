import FuzzSupport
import INCICore

/// Arbitrary bytes as a pasted label: UTF-8 decoding (invalid bytes become U+FFFD), then the whole
/// core pipeline with the project dictionary (`Dictionaries/`, what `EmbeddedDictionary.shared` embeds):
/// tokenizer → matcher → scorer. Besides crashes it checks
/// the output contract of README.md (positions, ranges into the input, confidence and score bounds).
enum TokenizerTarget {
    static let dictionary = DictionaryLoader.load(files: ProjectFiles.dictionaryFiles("Dictionaries")).dictionary
    static let analyzer = IngredientAnalyzer(dictionary: dictionary)
    static let scorer = Scorer(dictionary: dictionary)

    static func run(_ bytes: UnsafeRawBufferPointer) {
        let text = String(decoding: bytes, as: UTF8.self)
        let list: IngredientList
        do { list = try analyzer.analyze(text) } catch { return }
        let scalars = Array(text.unicodeScalars)
        let require = FuzzDriver.require
        require(!list.ingredients.isEmpty, "a list without ingredients was returned")
        var checkedRange: Range<Int>?  // pieces of one item share its range and raw text: check each once
        for (index, item) in list.ingredients.enumerated() {
            let token = item.token
            require(token.position == index + 1, "position \(token.position) at index \(index)")
            require(
                token.range.lowerBound >= 0 && token.range.upperBound <= scalars.count,
                "range \(token.range) outside the input (\(scalars.count))")
            if token.range != checkedRange {
                require(
                    token.raw == String(String.UnicodeScalarView(scalars[token.range])),
                    "raw '\(token.raw)' is not the input at \(token.range)")
                checkedRange = token.range
            }
            require(token.text.contains(where: \.isLetter), "token without letters: '\(token.text)'")
            require(
                token.percent.map { $0.isFinite && $0 >= 0 } ?? true, "percent \(String(describing: token.percent))")
            require((0...1).contains(item.confidence), "confidence \(item.confidence)")
            require((item.match == .unknown) == (item.ingredient == nil), "match \(item.match) vs ingredient")
        }
        require((0...1).contains(list.coverage), "coverage \(list.coverage)")
        let decision = ProductTypeDecision.decide(given: nil, name: String(text.prefix(80)))
        let analysis = scorer.analyze(list, productType: decision)
        for score in analysis.scores { require((0...100).contains(score.score), "score \(score.score)") }
        require((0...1).contains(analysis.confidence), "confidence \(analysis.confidence)")
        require(analysis.estimates.count == list.ingredients.count, "estimates")
        for estimate in analysis.estimates {
            require(estimate.share.isFinite && estimate.prominence.isFinite, "estimate \(estimate)")
        }
    }
}

#if FUZZING
    /// libFuzzer's entry point. With `-sanitize=fuzzer` the linker also pulls in libFuzzer's own `main`,
    /// which may win over this file's top-level code; either way inputs arrive here or through
    /// `LLVMFuzzerRunDriver` in `FuzzDriver.main`.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        TokenizerTarget.run(UnsafeRawBufferPointer(start: data, count: size))
        return 0
    }
#endif

FuzzDriver.main(TokenizerTarget.run)
