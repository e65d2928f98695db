import INCICatalog
import INCICheck
import INCIHTML
import INCIJSON

/// `inci scan --batch`: pages as JSON Lines, each line `{id, html}` (the page's markup) or `{id, path}` (a
/// saved page on disk), for crawls stored line by line and for the map step of a Spark job. The records
/// are `inci scan`'s, with the line's `id` and `input_line` added.
public struct ScanBatchFields: Sendable, Hashable {
    /// The id field; nil detects `id`, `product_id`, `sku`, … as `inci check` does.
    public var id: String?
    public var html: String
    public var path: String

    public init(id: String? = nil, html: String = "html", path: String = "path") {
        self.id = id
        self.html = html
        self.path = path
    }
}

extension ScanRun {
    /// Scans the pages of `lines`, giving the output to `write` piece by piece; `progress` gets the lines done.
    public func run(
        batch lines: some Sequence<BatchLines.Item>, fields: ScanBatchFields, write: (String) -> Void,
        progress: (Int) -> Void = { _ in }
    ) -> ScanSummary {
        let (extractor, scoring, format, columns) = (extractor, scoring, format, columns)
        return stream(
            lines,
            transform: { item in
                let records = Self.records(item, fields: fields, extractor: extractor, scoring: scoring)
                return Outcome(records, source: item.source, format: format, columns: columns)
            }, write: write, progress: progress)
    }

    /// One line's records: its page's products, or one error.
    static func records(
        _ item: BatchLines.Item, fields: ScanBatchFields, extractor: PageExtractor, scoring: ScanScoring
    ) -> [ScanRecord] {
        var id: JSONValue?
        let place = "\(item.source):\(item.line)"
        func tagged(_ records: [ScanRecord]) -> [ScanRecord] {
            records.map { record in
                var record = record
                (record.batchID, record.inputLine) = (id, item.line)
                return record
            }
        }
        func failure(_ message: String, _ kind: String) -> [ScanRecord] {
            tagged([ScanRecord(source: item.source, error: "\(place): \(message)", kind: kind)])
        }
        let text: String
        switch item.content {
        case .unreadable(let error):
            return [ScanRecord(source: item.source, error: error.description, kind: error.kind)]
        case .tooLong(let bytes, let limit):
            return failure("a line of \(bytes) bytes is over the \(limit)-byte limit", "too-long")
        case .text(let line): text = line
        }
        guard let object = (try? JSONParser.parse(text))?.object else {
            return failure("not a JSON object", "malformed-line")
        }
        var mapping = ColumnMapping()
        mapping.id = fields.id
        id = mapping.resolved(for: object.keys.sorted()).id.flatMap { object[$0] }
        let bytes: [UInt8]
        let kind: PageExtractor.InputKind
        if let html = object[fields.html]?.string {
            (bytes, kind) = (Array(html.utf8), .html)
        } else if let path = object[fields.path]?.string {
            do {
                bytes = try FileReader.read(path, limit: extractor.maxBytes)
            } catch {
                return failure(error.description, error.kind)
            }
            kind = PageExtractor.kind(forPath: path)
        } else {
            return failure("no '\(fields.html)' or '\(fields.path)' field", "missing-page")
        }
        switch extractor.extract(bytes, kind: kind) {
        case .success(let products):
            return tagged(products.map { ScanRecord(source: item.source, product: $0, document: scoring.document($0)) })
        case .failure(let error):
            return failure("\(error)", error.kind)
        }
    }
}
