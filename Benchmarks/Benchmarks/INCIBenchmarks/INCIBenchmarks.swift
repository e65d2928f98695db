import Benchmark
import Foundation
import INCICatalog
import INCICheck
import INCICore
import INCIDictionaryData
import INCIHTML

/// The corpora in ../shared/data, when present (benchmarks that need them are skipped otherwise).
enum Corpus {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appending(path: "shared/data")

    static let sephoraTexts: [String] = {
        guard
            let text = try? String(
                contentsOf: root.appending(path: "products/sephora-2020-skincare.jsonl"), encoding: .utf8)
        else { return [] }
        return text.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["ingredients"] as? String
        }
    }()

    /// The saved retailer pages of ../shared/data/html (about 3.3 MB).
    static let realPages: [[UInt8]] = pages(in: root.appending(path: "html"))

    /// The project's own page fixtures, one per layout.
    static let fixturePages: [[UInt8]] = pages(
        in: URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "Fixtures/html"))

    static let sephoraCatalog = root.appending(path: "products/sephora-cosmetics.csv")

    static func pages(in folder: URL) -> [[UInt8]] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".html") }.sorted().compactMap { name in
            (try? Data(contentsOf: folder.appending(path: name))).map { [UInt8]($0) }
        }
    }
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
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident, .throughput],
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

    // Pages: libxml2's parse alone (the document xmllint --html builds) next to the whole extraction
    // (SAX parse into inci's tree, find, tokenize, match, card), on the same bytes. Issue 5's goal:
    // extraction ≤ 1.25 × the parse. The tree alone shows what the finders add. One iteration is the
    // whole corpus.
    let extractor = PageExtractor(analyzer: analyzer)
    for (corpus, pages) in [("the real pages", Corpus.realPages), ("the HTML fixtures", Corpus.fixturePages)] {
        let size = "\(pages.count) pages, \(pages.reduce(0) { $0 + $1.count } / 1024) KB"
        Benchmark("Parse \(corpus) with libxml2 only (\(size))", configuration: .init(skip: pages.isEmpty)) {
            benchmark in
            for _ in benchmark.scaledIterations {
                for page in pages { blackHole(PageExtractor.parseOnly(page)) }
            }
        }
        Benchmark("Parse \(corpus) into inci's tree only (\(size))", configuration: .init(skip: pages.isEmpty)) {
            benchmark in
            for _ in benchmark.scaledIterations {
                for page in pages { blackHole(PageExtractor.treeOnly(page)) }
            }
        }
        Benchmark(
            "Extract products from \(corpus) (parse, find, tokenize, match)", configuration: .init(skip: pages.isEmpty)
        ) { benchmark in
            for _ in benchmark.scaledIterations {
                for page in pages { blackHole(try? extractor.extract(page).get().count) }
            }
        }
    }

    // Catalog streaming: reading rows alone, then reading and checking every row with the default policy.
    Benchmark(
        "Read the Sephora catalog CSV (1,472 rows)",
        configuration: .init(
            metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident], maxIterations: 50,
            skip: !FileManager.default.fileExists(atPath: Corpus.sephoraCatalog.path))
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            var rows = 0
            if let reader = try? CSVRecordReader(url: Corpus.sephoraCatalog) { for _ in reader { rows += 1 } }
            blackHole(rows)
        }
    }
    Benchmark(
        "Check the Sephora catalog CSV with the default policy",
        configuration: .init(
            metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident], maxIterations: 10,
            skip: !FileManager.default.fileExists(atPath: Corpus.sephoraCatalog.path))
    ) { benchmark in
        let checker = CatalogChecker(policy: CheckPolicy(), dictionary: EmbeddedDictionary.shared)
        for _ in benchmark.scaledIterations {
            var findings = 0
            if let reader = try? CSVRecordReader(url: Corpus.sephoraCatalog) {
                let columns = CheckPolicy().columns.resolved(for: reader.columns)
                for record in reader {
                    findings += checker.check(CatalogProduct(record: record, columns: columns)).count
                }
            }
            blackHole(findings)
        }
    }

    Benchmark(
        "Tokenize and match 1,442 Sephora texts",
        configuration: .init(
            metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident], maxIterations: 20,
            skip: Corpus.sephoraTexts.isEmpty)
    ) { benchmark in
        let texts = Corpus.sephoraTexts
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            var tokens = 0
            for text in texts { tokens += (try? analyzer.analyze(text).ingredients.count) ?? 0 }
            blackHole(tokens)
        }
    }
}
