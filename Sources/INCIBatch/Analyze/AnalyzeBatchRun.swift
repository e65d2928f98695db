import INCICatalog
import INCICheck
import INCICore
import INCIJSON
import INCIReport

/// `inci analyze --batch`'s loop, without the command line: each input line analyzed and rendered on the
/// job pool, one JSON line per input line written in input order (byte-identical whatever `jobs` is), in
/// constant memory (the pool holds at most its window of lines).
public struct AnalyzeBatchRun: Sendable {
    /// How an input line holds a product.
    public enum LineFormat: Sendable, Hashable {
        /// A JSON object: the list in `text` (else a column `inci check` would take: `ingredients`, `inci`, …),
        /// the id in `id` (else `id`, `product_id`, `sku`, …); a name or category column, when present, tells
        /// rinse-off from leave-on.
        case json(id: String?, text: String?)
        /// The line is the list; there is no id.
        case lines
    }

    public let analyzer: IngredientAnalyzer
    public let scorer: Scorer
    public let format: LineFormat
    /// `--type`: the product type for every line; nil infers it per line from its name or category.
    public let productType: ProductType?
    public let skinTypes: [SkinType]
    public let jobs: Int

    public init(
        analyzer: IngredientAnalyzer, scorer: Scorer, format: LineFormat, productType: ProductType?,
        skinTypes: [SkinType], jobs: Int
    ) {
        self.analyzer = analyzer
        self.scorer = scorer
        self.format = format
        self.productType = productType
        self.skinTypes = skinTypes
        self.jobs = jobs
    }

    /// Analyzes every line of `lines`, giving each output line to `write`; `progress` gets the lines done.
    public func run(
        _ lines: some Sequence<BatchLines.Item>, write: (String) -> Void, progress: (Int) -> Void = { _ in }
    ) -> AnalyzeBatchSummary {
        var summary = AnalyzeBatchSummary()
        let run = self
        OrderedJobPool(jobs: jobs).forEach(
            lines, transform: { item in run.process(item) }, progress: progress,
            consume: { outcome in
                write(outcome.rendered)
                summary.add(outcome.record)
            })
        return summary
    }

    /// One line, analyzed and rendered (in a worker).
    func process(_ item: BatchLines.Item) -> (record: BatchAnalysisRecord, rendered: String) {
        let record = self.record(item)
        do {
            return (record, try JSONOutput.render(record, pretty: false))
        } catch {
            let fallback = BatchAnalysisRecord(
                id: record.id, source: item.source, line: item.line, error: "cannot encode the result: \(error)",
                kind: "internal")
            return (fallback, (try? JSONOutput.render(fallback, pretty: false)) ?? "\n")
        }
    }

    func record(_ item: BatchLines.Item) -> BatchAnalysisRecord {
        func failure(_ id: JSONValue?, _ message: String, _ kind: String) -> BatchAnalysisRecord {
            let place = item.line > 0 ? "\(item.source):\(item.line)" : item.source
            return BatchAnalysisRecord(
                id: id, source: item.source, line: item.line, error: "\(place): \(message)", kind: kind)
        }
        let text: String
        switch item.content {
        case .unreadable(let error):
            return BatchAnalysisRecord(
                id: nil, source: item.source, line: 0, error: error.description, kind: error.kind)
        case .tooLong(let bytes, let limit):
            return failure(nil, "a line of \(bytes) bytes is over the \(limit)-byte limit", "too-long")
        case .text(let line): text = line
        }
        let product: Product
        switch format {
        case .lines: product = Product(id: nil, text: text, name: nil, category: nil)
        case .json(let idField, let textField):
            switch Self.product(fromJSON: text, idField: idField, textField: textField) {
            case .success(let found): product = found
            case .failure(let problem): return failure(problem.id, problem.message, problem.kind)
            }
        }
        let list: IngredientList
        do {
            list = try analyzer.analyze(product.text)
        } catch {
            let kind: String
            switch error {
            case .empty: kind = "empty"
            case .tooLarge: kind = "too-large"
            case .binary, .noIngredientList: kind = "not-a-list"
            }
            return failure(product.id, error.description, kind)
        }
        let decision = ProductTypeDecision.decide(given: productType, name: product.name, category: product.category)
        return BatchAnalysisRecord(
            id: product.id, source: item.source, line: item.line,
            analysis: AnalysisDocument(scorer.analyze(list, productType: decision), skinTypes: skinTypes))
    }

    struct Product {
        let id: JSONValue?
        let text: String
        let name: String?
        let category: String?
    }

    struct LineProblem: Error {
        let id: JSONValue?
        let message: String
        let kind: String
    }

    /// The product a JSON line describes: its id as written, its list, and name and category when present.
    static func product(fromJSON text: String, idField: String?, textField: String?) -> Result<Product, LineProblem> {
        guard let object = (try? JSONParser.parse(text))?.object else {
            return .failure(LineProblem(id: nil, message: "not a JSON object", kind: "malformed-line"))
        }
        var mapping = ColumnMapping()
        mapping.ingredients = textField
        mapping.id = idField
        let columns = object.keys.sorted()
        let resolved = mapping.resolved(for: columns)
        let id = resolved.id.flatMap { object[$0] }
        let record = JSONRecords.record(object, file: "", line: 0)
        guard let column = resolved.ingredients else {
            let named =
                textField.map { "no field '\($0)'" }
                ?? "no ingredient list field (ingredients, inci, …; choose one with --text-field)"
            return .failure(LineProblem(id: id, message: named, kind: "missing-ingredients"))
        }
        guard let cell = record.fields[column], !cell.allSatisfy(\.isWhitespace) else {
            return .failure(LineProblem(id: id, message: "'\(column)' is empty", kind: "missing-ingredients"))
        }
        return .success(
            Product(
                id: id, text: IngredientColumn.text(ofCell: cell), name: resolved.name.flatMap { record.fields[$0] },
                category: resolved.category.flatMap { record.fields[$0] }))
    }
}

/// The counts `inci analyze --batch` prints on standard error, and its exit code (as `inci check`'s: 2
/// when an input could not be read, 1 when a line could not be analyzed, else 0).
public struct AnalyzeBatchSummary: Sendable, CustomStringConvertible {
    public private(set) var lines = 0
    public private(set) var analyzed = 0
    public private(set) var errors = 0
    public private(set) var unreadable = 0

    mutating func add(_ record: BatchAnalysisRecord) {
        if record.line == 0 && record.analysis == nil {
            unreadable += 1
            return
        }
        lines += 1
        if record.analysis != nil { analyzed += 1 } else { errors += 1 }
    }

    public var exitCode: Int32 { unreadable > 0 ? 2 : errors > 0 ? 1 : 0 }

    public var description: String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        var text = "inci analyze --batch: \(plural(lines, "line")), \(analyzed) analyzed, \(plural(errors, "error"))"
        if unreadable > 0 { text += ", \(plural(unreadable, "unreadable input"))" }
        return text + "\n"
    }
}
