import ArgumentParser
import Dispatch
import Foundation
import INCIBatch
import INCICore
import INCIHTML
import INCIReport

struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Find and analyze the ingredient lists in saved product pages.",
        discussion: """
        Reads .html, .htm and .json files (product API responses) given as paths or found in folders, recursively. Writes one record per product found and one per input that yielded none, in input order (arguments as given, each folder's files in path order); the output is the same whatever --jobs is.

        Exit codes (as for analyze and check; always after every input was processed):
          0   every input was read and is a page (pages without an ingredient list included)
          1   some inputs are not usable pages (binary, empty, too large, too deeply nested, invalid JSON)
          2   some inputs could not be read (missing, unreadable); this wins over 1
          64  invalid arguments
        """
    )

    @Argument(help: "Files and folders to scan.")
    var paths: [String]

    @Option(help: "In folders, read only files whose name or relative path matches this pattern (e.g. '*.html').")
    var glob: String?

    @Option(help: "Pages processed in parallel (default: the number of active processors).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Output format: table, json, jsonl or csv.")
    var format: ScanFormat = .table

    @Option(name: .shortAndLong, help: "Write the output to this file instead of standard output.")
    var output: String?

    @Option(name: .customLong("skin"), help: ArgumentHelp("Only score this skin type (repeatable): oily, dry, combination, normal, sensitive, acne-prone, mature.", valueName: "TYPE"))
    var skinTypes: [SkinTypeArgument] = []

    @Option(name: .customLong("type"), help: ArgumentHelp("rinse-off or leave-on, or a category, for every product. Default: inferred from each product's name, else leave-on.", valueName: "TYPE"))
    var productType: ProductTypeArgument?

    @OptionGroup var dictionaryOptions: DictionaryOptions

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() throws {
        let walker = InputWalker(glob.map { .glob($0) } ?? .extensions(Self.extensions))
        let inputs = walker.inputs(paths)
        if inputs.isEmpty {
            CLIOutput.warning(glob.map { "no files matching '\($0)' in \(paths.joined(separator: ", "))" }
                ?? "no .html, .htm or .json files in \(paths.joined(separator: ", "))")
        }
        let dictionary = try dictionaryOptions.load()
        let extractor = PageExtractor(analyzer: IngredientAnalyzer(dictionary: dictionary))
        let scoring = Scoring(scorer: Scorer(dictionary: dictionary), productType: productType?.type,
                              skinTypes: skinTypes.isEmpty ? SkinType.allCases : SkinType.allCases.filter { type in skinTypes.contains { $0.type == type } })
        let writer: ScanWriter
        do {
            writer = try ScanWriter(path: output)
        } catch {
            CLIOutput.error("\(error)")
            throw ExitCode(2)
        }
        let format = self.format
        var summary = Summary(pages: inputs.count)
        var progress = ScanProgress(total: inputs.count)
        writer.write(format.header())
        var first = true
        OrderedJobPool(jobs: jobs).forEach(inputs, transform: { input in
            Self.process(input, extractor: extractor, scoring: scoring, format: format)
        }, progress: { progress.update(done: $0) }) { outcome in
            for line in outcome.lines {
                writer.write(first ? line.first : line.rest)
                first = false
            }
            summary.add(outcome)
        }
        writer.write(format.footer(empty: first))
        writer.flush()
        progress.finish()
        FileHandle.standardError.write(Data(summary.description.utf8))
        if summary.unreadable > 0 { throw ExitCode(2) }
        if summary.errors > 0 { throw ExitCode(1) }
    }

    /// One input, fully rendered in the worker: reading, extraction, analysis and formatting all run in
    /// parallel; the main thread only writes.
    /// Scores each product as `inci analyze` does, with the product type inferred from the card's name.
    struct Scoring: Sendable {
        let scorer: Scorer
        let productType: ProductType?
        let skinTypes: [SkinType]

        func document(_ product: ExtractedProduct) -> AnalysisDocument {
            let decision = ProductTypeDecision.decide(given: productType, name: product.card.name)
            return AnalysisDocument(scorer.analyze(product.analysis, productType: decision), skinTypes: skinTypes)
        }
    }

    /// The files a folder is scanned for (without `--glob`).
    static let extensions: Set<String> = ["html", "htm", "json"]

    static func process(_ input: InputFile, extractor: PageExtractor, scoring: Scoring, format: ScanFormat) -> Outcome {
        var records: [ScanRecord] = []
        do throws(InputError) {
            if let problem = input.problem { throw problem }
            let bytes = try FileReader.read(input.path, limit: extractor.maxBytes)
            switch extractor.extract(bytes, kind: PageExtractor.kind(forPath: input.path)) {
            case .success(let products): records = products.map { ScanRecord(source: input.path, product: $0, document: scoring.document($0)) }
            case .failure(let error): records = [ScanRecord(source: input.path, error: "\(input.path): \(error)", kind: error.kind)]
            }
        } catch {
            records = [ScanRecord(source: input.path, error: error.description, kind: error.kind)]
        }
        var outcome = Outcome()
        for record in records {
            do {
                outcome.lines.append((try format.render(record, first: true), try format.render(record, first: false)))
            } catch {
                let fallback = ScanRecord(source: input.path, error: "cannot encode the result: \(error)", kind: "internal")
                outcome.lines.append(((try? format.render(fallback, first: true)) ?? "", (try? format.render(fallback, first: false)) ?? ""))
            }
            if record.product != nil { outcome.products += 1 }
            else if record.isFailure {
                outcome.failed = true
                if record.isUnreadable { outcome.unreadable = true }
            }
            else { outcome.withoutList = true }
        }
        return outcome
    }

    struct Outcome: Sendable {
        /// Each record rendered as the first of the output and as a later one (JSON arrays differ).
        var lines: [(first: String, rest: String)] = []
        var products = 0
        var withoutList = false
        var failed = false
        /// The input itself could not be read (missing, unreadable), as opposed to read but not a page.
        var unreadable = false
    }

    struct Summary: CustomStringConvertible {
        let pages: Int
        var products = 0
        var withoutList = 0
        var errors = 0
        var unreadable = 0

        mutating func add(_ outcome: Outcome) {
            products += outcome.products
            if outcome.withoutList { withoutList += 1 }
            if outcome.failed { errors += 1 }
            if outcome.unreadable { unreadable += 1 }
        }

        var description: String {
            func plural(_ count: Int, _ word: String, _ words: String) -> String { "\(count) \(count == 1 ? word : words)" }
            return "inci scan: \(plural(pages, "page", "pages")), \(plural(products, "product", "products")) found, "
                + "\(plural(withoutList, "page", "pages")) without a list, \(plural(errors, "error", "errors"))\n"
        }
    }
}
