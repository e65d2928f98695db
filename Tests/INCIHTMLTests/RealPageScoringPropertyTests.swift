import Foundation
import INCICore
import INCIDictionaryData
import INCIHTML
import INCITestSupport
import Testing

/// The scoring properties (`ScoringProperties`) on every list `inci scan` extracts from the real saved
/// pages of `../shared/data` (`html/` and `real-pages/sephora/`), as the catalog lists are checked in
/// RealDataTests' `ScoringPropertyTests`.
@Suite(.enabled(if: SharedData.isAvailable, "../shared/data is absent; real-data tests skipped"))
struct RealPageScoringPropertyTests {
    @Test func everyListExtractedFromARealPageHasTheScoringProperties() throws {
        let scorer = Scorer(dictionary: EmbeddedDictionary.shared)
        var properties = ScoringProperties()
        var pages = 0
        for folder in ["html", "real-pages/sephora"] {
            let url = SharedData.url(folder)
            let files = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted().filter {
                $0.hasSuffix(".html") || $0.hasSuffix(".json") && $0 != "manifest.json"
            }
            for file in files {
                pages += 1
                let bytes = [UInt8](try Data(contentsOf: url.appending(path: file)))
                let products =
                    (try? PageFixtures.extractor.extract(bytes, kind: PageExtractor.kind(forPath: file)).get()) ?? []
                for product in products {
                    properties.check(product.analysis, scorer: scorer, label: "\(folder)/\(file)")
                }
            }
        }
        print("Scoring properties on the lists of \(pages) real pages: \(properties)")
        #expect(pages >= 30)
        #expect(properties.lists >= 25)
        #expect(properties.total == 0)
    }
}
