import Foundation
import INCICore
import INCIDictionaryData
import INCIHTML

/// Issue 5's page goal, measured so that a busy machine does not decide it: on each page, libxml2's own
/// document parse (what `xmllint --html --noout` does) and inci's whole extraction (SAX parse into its tree,
/// finders, tokenizer, matcher, card) run alternately, `rounds` times; each page's figure is the median of
/// its runs, and the ratio is over the sums of those medians. Pages: ../shared/data/html, the 25 real
/// Sephora pages and the project's own reduced real pages (Fixtures/pages).
/// Usage: swift run -c release PageProbe [rounds] [folder]   (from Benchmarks/; a folder replaces the three)
let rounds = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 21 : 21
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
let shared = root.deletingLastPathComponent().appending(path: "shared/data")

func pages(_ folder: URL) -> [(String, [UInt8])] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".html") }.sorted().compactMap { name in
        (try? Data(contentsOf: folder.appending(path: name))).map { (name, [UInt8]($0)) }
    }
}

func milliseconds(_ work: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

let extractor = PageExtractor(analyzer: IngredientAnalyzer(dictionary: EmbeddedDictionary.shared))
let corpora =
    CommandLine.arguments.count > 2
    ? [(CommandLine.arguments[2], URL(fileURLWithPath: CommandLine.arguments[2]))]
    : [
        ("shared/data/html", shared.appending(path: "html")),
        ("real-pages/sephora", shared.appending(path: "real-pages/sephora")),
        ("Fixtures/pages", root.appending(path: "Fixtures/pages")),
    ]
for (corpus, folder) in corpora {
    let set = pages(folder)
    guard !set.isEmpty else {
        print("\(corpus): absent")
        continue
    }
    var parseSum = 0.0
    var extractSum = 0.0
    var rows: [String] = []
    for (name, bytes) in set {
        _ = try? extractor.extract(bytes).get()  // warm: the dictionary's buckets, the fuzzy index
        var parse: [Double] = []
        var extract: [Double] = []
        for round in 0..<rounds {
            // Alternate which goes first, so a slow moment falls on both.
            let p = { parse.append(milliseconds { _ = PageExtractor.parseOnly(bytes) }) }
            let e = { extract.append(milliseconds { _ = try? extractor.extract(bytes).get() }) }
            if round % 2 == 0 {
                p()
                e()
            } else {
                e()
                p()
            }
        }
        let (mp, me) = (median(parse), median(extract))
        parseSum += mp
        extractSum += me
        rows.append(
            String(
                format: "  %-70@ %7.0f KB  parse %7.2f ms  extract %7.2f ms  %5.2fx", name as NSString,
                Double(bytes.count) / 1024, mp, me, me / mp))
    }
    print(
        String(
            format: "%@: %d pages, %d rounds: parse %.1f ms, extraction %.1f ms (sums of per-page medians) = %.2fx",
            corpus, set.count, rounds, parseSum, extractSum, extractSum / parseSum))
    for row in rows { print(row) }
}
