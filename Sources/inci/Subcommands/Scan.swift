import ArgumentParser
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
            Reads .html, .htm and .json files (product API responses) given as paths or found in folders, \
            recursively. Writes one record per product found and one per input that yielded none, in input order \
            (arguments as given, each folder's files in path order); the output is the same whatever --jobs is.

            Exit codes (as for analyze and check; always after every input was processed):
              0   every input was read and is a page (pages without an ingredient list
                  included)
              1   some inputs are not usable pages (binary, empty, too large, too deeply
                  nested, invalid JSON)
              2   some inputs could not be read (missing, unreadable); this wins over 1
              64  invalid arguments

            --batch reads JSON Lines instead (files, or - for standard input): each line {"id": …, "html": \
            "<html>…"} or {"id": …, "path": "saved/page.html"}; each record gains the line's id and input_line.
              inci scan --batch crawl.jsonl --format jsonl --jobs 2 > products.jsonl
            """
    )

    @Argument(help: "Files and folders to scan; - reads one page from standard input.")
    var paths: [String]

    @Option(
        name: .customLong("input-format"),
        help: ArgumentHelp(
            "What standard input holds: html (a saved page, the default) or json (a product API response).",
            valueName: "html|json"))
    var inputFormat: InputFormat?

    @Option(help: "In folders, read only files whose name or relative path matches this pattern (e.g. '*.html').")
    var glob: String?

    @Flag(help: "The inputs are JSON Lines of pages ({id, html} or {id, path}), one page per line.")
    var batch = false

    @Option(help: ArgumentHelp("With --batch: the field holding the page's id.", valueName: "FIELD"))
    var idField: String?

    @Option(help: ArgumentHelp("With --batch: the field holding the page's markup (default html).", valueName: "FIELD"))
    var htmlField: String?

    @Option(
        help: ArgumentHelp("With --batch: the field holding a saved page's path (default path).", valueName: "FIELD"))
    var pathField: String?

    @Option(help: "Pages processed in parallel (default: the number of active processors).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Output format: table, json, jsonl, csv or html (one page: an overview, then each product).")
    var format: ScanFormat = .table

    @Option(name: .shortAndLong, help: "Write the output to this file instead of standard output.")
    var output: String?

    @Option(
        name: .customLong("skin"),
        help: ArgumentHelp(
            "Only score this skin type (repeatable): oily, dry, combination, normal, sensitive, acne-prone, mature (retailers' labels such as greasy, combo, acne, aging and reactive are read as these).",
            valueName: "TYPE"))
    var skinTypes: [SkinTypeArgument] = []

    @Option(
        name: .customLong("type"),
        help: ArgumentHelp(
            "rinse-off or leave-on, or a category, for every product. Default: inferred from each product's name, else leave-on.",
            valueName: "TYPE"))
    var productType: ProductTypeArgument?

    @OptionGroup var dictionaryOptions: DictionaryOptions

    @OptionGroup var quiet: QuietOption

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if !batch && (idField != nil || htmlField != nil || pathField != nil) {
            throw ValidationError("--id-field, --html-field and --path-field go with --batch.")
        }
        if batch && (glob != nil || inputFormat != nil) {
            throw ValidationError("--batch reads JSON Lines files: --glob and --input-format do not apply.")
        }
        if let inputFormat, inputFormat != .html, inputFormat != .json {
            throw ValidationError(
                "inci scan reads pages: --input-format html or json (catalogs in CSV or JSON Lines are for inci check)."
            )
        }
    }

    func run() throws {
        let (inputs, spooled) =
            batch ? ([], []) : ScanRun.inputs(paths, glob: glob, standardInputFormat: inputFormat ?? .html)
        defer { for copy in spooled { try? FileManager.default.removeItem(atPath: copy) } }
        if inputs.isEmpty && !batch {
            CLIOutput.warning(
                glob.map { "no files matching '\($0)' in \(paths.joined(separator: ", "))" }
                    ?? "no .html, .htm or .json files in \(paths.joined(separator: ", "))")
        }
        let dictionary = try dictionaryOptions.load()
        let types = SkinTypeArgument.selected(skinTypes)
        let run = ScanRun(
            extractor: PageExtractor(analyzer: IngredientAnalyzer(dictionary: dictionary)),
            scoring: ScanScoring(
                scorer: Scorer(dictionary: dictionary), productType: productType?.type, skinTypes: types),
            format: format, jobs: jobs, terminalWidth: format == .table && output == nil ? Terminal.columns() : nil)
        let writer: OutputWriter
        do {
            writer = try OutputWriter(path: output)
        } catch {
            CLIOutput.error("\(error)")
            throw ExitCode(2)
        }
        var progress = ProgressBar(total: batch ? nil : inputs.count, unit: "pages", shown: !quiet.quiet)
        let summary =
            batch
            ? run.run(
                batch: BatchLines(paths),
                fields: ScanBatchFields(id: idField, html: htmlField ?? "html", path: pathField ?? "path"),
                write: writer.write, progress: { progress.update(done: $0) })
            : run.run(inputs, write: writer.write, progress: { progress.update(done: $0) })
        writer.flush()
        progress.finish()
        quiet.note(summary.description)
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }
}

extension ScanFormat: ExpressibleByArgument {}
