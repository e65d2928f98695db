import INCICore
import INCIHTML
import INCIReport

/// `inci scan`'s loop, without the command line: each input read, extracted, analyzed and rendered on
/// the job pool, the rendered records written in input order (byte-identical whatever `jobs` is).
public struct ScanRun: Sendable {
    /// The files a folder is scanned for (without `--glob`).
    public static let extensions: Set<String> = ["html", "htm", "json"]

    public let extractor: PageExtractor
    public let scoring: ScanScoring
    public let format: ScanFormat
    public let jobs: Int
    /// The table's and CSV's score columns follow `scoring.skinTypes`.
    public let columns: ScanColumns

    /// `terminalWidth`: the columns of the terminal the table is shown on, nil for a pipe or a file.
    public init(
        extractor: PageExtractor, scoring: ScanScoring, format: ScanFormat, jobs: Int, terminalWidth: Int? = nil
    ) {
        self.extractor = extractor
        self.scoring = scoring
        self.format = format
        self.jobs = jobs
        self.columns = ScanColumns(skinTypes: scoring.skinTypes, terminalWidth: terminalWidth)
    }

    /// The inputs of `paths`: pages by extension, or the files `glob` matches in folders. `-` is standard
    /// input, copied to a temporary file ending in `.html` or `.json` (`standardInputFormat`), at most
    /// `limit` bytes; the caller removes it (`spooled`).
    public static func inputs(
        _ paths: [String], glob: String?, standardInputFormat: InputFormat = .html,
        limit: Int = Int.max
    ) -> (inputs: [InputFile], spooled: [String]) {
        let walker = InputWalker(glob.map { .glob($0) } ?? .extensions(extensions))
        var inputs: [InputFile] = []
        var spooled: [String] = []
        for argument in StandardInput.split(paths) {
            switch argument {
            case .paths(let paths):
                inputs += walker.inputs(paths)
            case .standardInput:
                do {
                    let copy = try StandardInput.spool(extension: standardInputFormat.rawValue, limit: limit)
                    spooled.append(copy)
                    inputs.append(InputFile(path: copy, name: StandardInput.name))
                } catch {
                    inputs.append(InputFile(path: StandardInput.name, problem: error))
                }
            }
        }
        return (inputs, spooled)
    }

    /// Scans `inputs`, giving the output to `write` piece by piece; `progress` gets the inputs done.
    public func run(_ inputs: [InputFile], write: (String) -> Void, progress: (Int) -> Void = { _ in }) -> ScanSummary {
        let (extractor, scoring, format, columns) = (extractor, scoring, format, columns)
        return stream(
            inputs,
            transform: { input in
                Self.process(input, extractor: extractor, scoring: scoring, format: format, columns: columns)
            }, write: write, progress: progress)
    }

    /// The loop of every scan: `transform` on the job pool, the outcomes written in input order with the
    /// format's header, separators and footer.
    func stream<Items: Sequence>(
        _ items: Items, transform: @escaping @Sendable (Items.Element) -> Outcome, write: (String) -> Void,
        progress: (Int) -> Void
    ) -> ScanSummary where Items.Element: Sendable {
        var summary = ScanSummary()
        write(format.header(columns))
        var first = true
        var sections: [(ScanHTMLReport.Entry, HTMLFragment)] = []
        let format = format
        OrderedJobPool(jobs: jobs).forEach(
            items, transform: transform, progress: progress,
            consume: { outcome in
                for record in outcome.rendered {
                    write(format.separator(first: first) + record)
                    first = false
                }
                sections += outcome.sections
                summary.add(outcome)
            }
        )
        if format.isPage { write(ScanHTMLReport.page(sections, skinTypes: columns.skinTypes, summary: summary)) }
        write(format.footer(empty: first))
        return summary
    }

    /// One input, fully rendered in the worker: reading, extraction, analysis and formatting all run in
    /// parallel; the calling thread only writes.
    static func process(
        _ input: InputFile, extractor: PageExtractor, scoring: ScanScoring, format: ScanFormat, columns: ScanColumns
    ) -> Outcome {
        var records: [ScanRecord] = []
        do throws(InputError) {
            if let problem = input.problem { throw problem }
            let bytes = try FileReader.read(input.path, limit: extractor.maxBytes)
            switch extractor.extract(bytes, kind: PageExtractor.kind(forPath: input.path)) {
            case .success(let products):
                records = products.map { ScanRecord(source: input.name, product: $0, document: scoring.document($0)) }
            case .failure(let error):
                records = [ScanRecord(source: input.name, error: "\(input.name): \(error)", kind: error.kind)]
            }
        } catch {
            records = [ScanRecord(source: input.name, error: error.description, kind: error.kind)]
        }
        return Outcome(records, source: input.name, format: format, columns: columns)
    }

    /// What one input gave: its records rendered, and how it counts in the summary.
    struct Outcome: Sendable {
        var rendered: [String] = []
        /// `html`: each record's overview entry and section, the page being written at the end.
        var sections: [(ScanHTMLReport.Entry, HTMLFragment)] = []
        var products = 0
        var withoutList = false
        var failed = false
        /// The input itself could not be read (missing, unreadable), as opposed to read but not a page.
        var unreadable = false

        /// Renders `records` (in the worker) and counts them.
        init(_ records: [ScanRecord], source: String, format: ScanFormat, columns: ScanColumns) {
            for record in records {
                if format.isPage {
                    sections.append(ScanHTMLReport.render(record, skinTypes: columns.skinTypes))
                } else {
                    do {
                        rendered.append(try format.render(record, columns))
                    } catch {
                        var fallback = ScanRecord(
                            source: source, error: "cannot encode the result: \(error)", kind: "internal")
                        (fallback.batchID, fallback.inputLine) = (record.batchID, record.inputLine)
                        rendered.append((try? format.render(fallback, columns)) ?? "")
                    }
                }
                if record.product != nil {
                    products += 1
                } else if record.isFailure {
                    failed = true
                    if record.isUnreadable { unreadable = true }
                } else {
                    withoutList = true
                }
            }
        }
    }
}

/// Scores each product as `inci analyze` does, with the product type inferred from the card's name
/// unless one is given.
public struct ScanScoring: Sendable {
    public let scorer: Scorer
    public let productType: ProductType?
    public let skinTypes: [SkinType]

    public init(scorer: Scorer, productType: ProductType?, skinTypes: [SkinType]) {
        self.scorer = scorer
        self.productType = productType
        self.skinTypes = skinTypes
    }

    func document(_ product: ExtractedProduct) -> AnalysisDocument {
        let decision = ProductTypeDecision.decide(given: productType, name: product.card.name)
        return AnalysisDocument(scorer.analyze(product.analysis, productType: decision), skinTypes: skinTypes)
    }
}

/// The counts `inci scan` prints on standard error, and its exit code.
public struct ScanSummary: Sendable, CustomStringConvertible {
    public private(set) var pages = 0
    public private(set) var products = 0
    public private(set) var withoutList = 0
    public private(set) var errors = 0
    public private(set) var unreadable = 0

    mutating func add(_ outcome: ScanRun.Outcome) {
        pages += 1
        products += outcome.products
        if outcome.withoutList { withoutList += 1 }
        if outcome.failed { errors += 1 }
        if outcome.unreadable { unreadable += 1 }
    }

    /// 2 when an input could not be read (wins), 1 when an input is not a usable page, else 0.
    public var exitCode: Int32 { unreadable > 0 ? 2 : errors > 0 ? 1 : 0 }

    public var description: String {
        func plural(_ count: Int, _ word: String, _ words: String) -> String { "\(count) \(count == 1 ? word : words)" }
        return "inci scan: \(plural(pages, "page", "pages")), \(plural(products, "product", "products")) found, "
            + "\(plural(withoutList, "page", "pages")) without a list, \(plural(errors, "error", "errors"))\n"
    }
}
