import Foundation
import INCICore
import INCIJSON

/// Finds the products on one saved page: every finder proposes candidate texts, the selector keeps the
/// lists the matcher recognizes, and each kept list becomes a product with the page's card.
///
/// Takes the analyzer as a parameter so this module does not depend on the embedded dictionary.
/// Sendable and stateless: one extractor serves all worker threads.
public struct PageExtractor: Sendable {
    public let analyzer: IngredientAnalyzer
    /// Larger inputs are refused before parsing (libxml2 parses 10–14 MB/s and the tree costs memory).
    public let maxBytes: Int

    public static let defaultMaxBytes = 64 * 1024 * 1024

    public init(analyzer: IngredientAnalyzer, maxBytes: Int = PageExtractor.defaultMaxBytes) {
        self.analyzer = analyzer
        // libxml2 takes the length as a C int.
        self.maxBytes = min(maxBytes, Int(Int32.max))
    }

    public enum InputKind: Sendable {
        case html
        /// A product API response (`.json`), such as dm.de's.
        case json
    }

    /// The products on a page, or why there are none.
    public func extract(_ bytes: [UInt8], kind: InputKind = .html) -> Result<[ExtractedProduct], PageError> {
        guard bytes.count <= maxBytes else { return .failure(.tooLarge(bytes: bytes.count, limit: maxBytes)) }
        do throws(PageError) {
            let prepared = try PageBytes.prepare(bytes)
            switch kind {
            case .html:
                let tree = HTMLParser.parse(prepared.bytes, encoding: prepared.encoding)
                var products = extractHTML(tree)
                if products.isEmpty, prepared.encoding == "UTF-8" {
                    products = extractScriptState(prepared.bytes, tree: tree)
                }
                if products.isEmpty && tree.stoppedAtDepthLimit {
                    return .failure(.tooDeep(limit: HTMLParser.depthLimit))
                }
                return products.isEmpty ? .failure(.noIngredientList) : .success(products)
            case .json:
                let products = try extractJSON(prepared)
                return products.isEmpty ? .failure(.noIngredientList) : .success(products)
            }
        } catch {
            return .failure(error)
        }
    }

    /// libxml2's parse of `bytes` into its own document, and nothing else, as `xmllint --html --noout`
    /// does (for benchmarks: extraction is measured against it).
    public static func parseOnly(_ bytes: [UInt8]) -> Int {
        HTMLParser.parseOnly(bytes)
    }

    /// The first step of extraction alone: libxml2's SAX parse into inci's tree (for benchmarks).
    /// Returns the number of nodes.
    public static func treeOnly(_ bytes: [UInt8]) -> Int {
        guard let prepared = try? PageBytes.prepare(bytes) else { return 0 }
        return HTMLParser.parse(prepared.bytes, encoding: prepared.encoding).nodes.count
    }

    /// Whether a file of this name is read as JSON rather than HTML.
    public static func kind(forPath path: String) -> InputKind {
        path.lowercased().hasSuffix(".json") ? .json : .html
    }

    private func extractHTML(_ tree: HTMLTree) -> [ExtractedProduct] {
        let page = PageIndex(tree)
        let blobs = EmbeddedJSON.scripts(in: page)
        var candidates = HeadingCandidateFinder(page: page, strategy: .heading).candidates()
        candidates += IngredientTableCandidateFinder(page: page).candidates()
        candidates += InlineLabelCandidateFinder(page: page, strategy: .inlineLabel).candidates()
        candidates += JSONCandidateFinder(blobs: blobs).candidates()
        // A candidate's `order` is the index of the element it was found at.
        return products(
            from: candidates, line: { tree.nodes.indices.contains($0) && tree[$0].line > 0 ? tree[$0].line : nil },
            card: { ProductCardExtractor(page: page, blobs: blobs).extract() })
    }

    /// The list in state written as code, for a page that shows none: kept only when it is one product
    /// (state also holds other products, as a category page's tiles).
    private func extractScriptState(_ bytes: [UInt8], tree: HTMLTree) -> [ExtractedProduct] {
        let candidates = ScriptStateCandidateFinder(bytes: bytes).candidates()
        guard !candidates.isEmpty else { return [] }
        let page = PageIndex(tree)
        let found = products(
            from: candidates, line: { _ in nil },
            card: { ProductCardExtractor(page: page, blobs: EmbeddedJSON.scripts(in: page)).extract() })
        return found.count == 1 ? found : []
    }

    private func extractJSON(_ prepared: PageBytes) throws(PageError) -> [ExtractedProduct] {
        try extractJSON(Self.parseJSON(prepared))
    }

    private static func parseJSON(_ prepared: PageBytes) throws(PageError) -> JSONValue {
        do {
            return try prepared.bytes.withUnsafeBufferPointer { bytes in
                Result { () throws(JSONParser.Failure) -> JSONValue in try JSONParser.parse(bytes) }
            }.get()
        } catch {
            throw .invalidJSON(error.description)
        }
    }

    /// A JSON input read as a page reads it (size cap, encodings, byte-order marks), for callers that look
    /// at the value before deciding what it is: `inci check` reads a `.json` catalog once, as rows when it
    /// is an array of objects and as a product API response otherwise (`extract(json:)`).
    package func parseJSON(_ bytes: [UInt8]) -> Result<JSONValue, PageError> {
        guard bytes.count <= maxBytes else { return .failure(.tooLarge(bytes: bytes.count, limit: maxBytes)) }
        return Result { () throws(PageError) in try Self.parseJSON(PageBytes.prepare(bytes)) }
    }

    /// The products of a parsed product API response.
    package func extract(json value: JSONValue) -> Result<[ExtractedProduct], PageError> {
        let products = extractJSON(value)
        return products.isEmpty ? .failure(.noIngredientList) : .success(products)
    }

    private func extractJSON(_ value: JSONValue) -> [ExtractedProduct] {
        let blobs = [EmbeddedJSON(value: value, strategy: .productJSON, order: 0)]
        return products(
            from: JSONCandidateFinder(blobs: blobs).candidates(), line: { _ in nil },
            card: { ProductCardExtractor(page: nil, blobs: blobs).extract() })
    }

    private func products(from candidates: [IngredientCandidate], line: (Int) -> Int?, card: () -> ProductCard)
        -> [ExtractedProduct]
    {
        let chosen = CandidateSelector(analyzer: analyzer).select(candidates)
        guard !chosen.isEmpty else { return [] }
        let pageCard = card()
        return chosen.map { choice in
            ExtractedProduct(
                card: pageCard, ingredientText: choice.candidate.text, strategy: choice.candidate.strategy,
                variant: chosen.count > 1 ? choice.candidate.variant : nil, analysis: choice.analysis,
                line: line(choice.candidate.order))
        }
    }
}
