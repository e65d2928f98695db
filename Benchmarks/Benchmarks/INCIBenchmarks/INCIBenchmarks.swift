import Benchmark
import Foundation
import INCICore
import INCIDictionaryData

/// The corpora in ../shared/data, when present (benchmarks that need them are skipped otherwise).
enum Corpus {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appending(path: "shared/data")

    static let sephoraTexts: [String] = {
        guard let text = try? String(contentsOf: root.appending(path: "products/sephora-2020-skincare.jsonl"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["ingredients"] as? String
        }
    }()
}

/// A typical serum label with marketing lines, a slash group, percentages and a typo.
let serumLabel = """
-Niacinamide: Visibly minimizes the look of enlarged pores.
-Zinc PCA: Helps balance the look of oily skin.

Water/Aqua/Eau, Niacinamide 10%, Pentylene Glycol, Zinc PCA 1%, Dimethyl Isosorbide, Tamarindus Indica Seed Gum, \
Xanthan Gum, Isoceteth-20, Ethoxydiglycol, Phenoxyethanol, Chlorphenesin, Salicylic Acid 2%, Butylene Glycol, \
Camellia Sinensis Leaf Extract, Centella Asiatica Extract, Sodium Hyaluronate, Caprylic/ Capric Triglyceride, \
1,2-Hexanediol, Niacinimide, Parfum/Fragrance, Linalool*.
*Natural origin
"""

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident, .throughput],
                                           maxDuration: .seconds(5), maxIterations: 10_000)

    Benchmark("Load embedded dictionary from its text (dict lint, --dictionary)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(EmbeddedDictionary.load().dictionary.ingredients.count)
        }
    }

    // What start-up pays: the compiled form (CompiledDictionary), ingredients decoded on first use.
    Benchmark("Read embedded compiled dictionary (start-up)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try EmbeddedDictionary.readCompiled().ingredients.count)
        }
    }

    let analyzer = IngredientAnalyzer(dictionary: EmbeddedDictionary.shared)

    Benchmark("Tokenize one label") { benchmark in
        let tokenizer = Tokenizer()
        for _ in benchmark.scaledIterations {
            blackHole(try tokenizer.tokenize(serumLabel).tokens.count)
        }
    }

    Benchmark("Tokenize and match one label") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try analyzer.analyze(serumLabel).coverage)
        }
    }

    let scorer = Scorer(dictionary: EmbeddedDictionary.shared)
    let matched = try! analyzer.analyze(serumLabel)

    Benchmark("Score one product (after matching)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(scorer.analyze(matched, productType: .decide(given: nil)).scores.count)
        }
    }

    Benchmark("Tokenize, match and score one label") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(scorer.analyze(try analyzer.analyze(serumLabel), productType: .decide(given: nil)).scores.count)
        }
    }

    Benchmark("Tokenize and match 1,442 Sephora texts",
              configuration: .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident], maxIterations: 20,
                                   skip: Corpus.sephoraTexts.isEmpty)) { benchmark in
        let texts = Corpus.sephoraTexts
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            var tokens = 0
            for text in texts { tokens += (try? analyzer.analyze(text).ingredients.count) ?? 0 }
            blackHole(tokens)
        }
    }
}
