import Foundation
import INCICore
import INCIDictionaryData
import INCIHTML
import INCITestSupport

/// Shared set-up: one extractor with the embedded dictionary, and readers for `Fixtures/html`.
enum PageFixtures {
    static let extractor = PageExtractor(analyzer: IngredientAnalyzer(dictionary: EmbeddedDictionary.shared))

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: SharedData.fixture("html/\(name)")))
    }

    static func products(_ name: String) throws -> [ExtractedProduct] {
        try extractor.extract(try bytes(name), kind: PageExtractor.kind(forPath: name)).get()
    }

    static func result(_ bytes: [UInt8], kind: PageExtractor.InputKind = .html) -> Result<[ExtractedProduct], PageError>
    {
        extractor.extract(bytes, kind: kind)
    }

    static func html(_ body: String, head: String = "<meta charset=\"utf-8\">") -> [UInt8] {
        Array("<!DOCTYPE html><html><head>\(head)</head><body>\(body)</body></html>".utf8)
    }
}

extension ExtractedProduct {
    var names: [String] { analysis.ingredients.map(\.name) }
}
