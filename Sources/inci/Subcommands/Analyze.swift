import ArgumentParser
import Foundation
import INCIBatch
import INCICore
import INCIHTML
import INCIJSON
import INCIReport

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyze one ingredient list from an argument, a file or standard input.",
        discussion: """
            Examples:
              inci analyze "Water, Niacinamide 10%, Zinc PCA, Glycerin"
              inci analyze --file label.txt --format json
              inci analyze --file product-page.html   # found as inci scan finds it
              pbpaste | inci analyze
              inci analyze --batch products.jsonl --jobs 2 > analyses.jsonl

            Files and standard input may be a plain list, a JSON array of names, or a saved page; UTF-8, UTF-16 with \
            a byte-order mark, or Windows-1252 (Latin-1, with a warning).

            --batch streams JSON Lines: each input line is an object with an id and the list (the fields inci check \
            reads: ingredients, inci, …; --id-field and --text-field choose), or with --lines a plain list. Each \
            output line holds the id, the input line number and the same object as --format json (or an error for \
            that line; the batch goes on), in input order whatever --jobs is. Exit 0 when every line was analyzed, 1 \
            when a line could not be, 2 when an input could not be read.
            """
    )

    @Argument(
        help: ArgumentHelp(
            "The ingredient list, or a file holding one (an existing path, or a word ending in a file extension, as inci diff reads its labels; - for standard input). Omit it to read --file or standard input. With --batch: the JSON Lines files (- or none: standard input).",
            valueName: "list-or-files"))
    var arguments: [String] = []

    /// The list given as an argument (one, outside --batch).
    var list: String? { batch ? nil : arguments.first }

    @Flag(help: "Analyze many products: JSON Lines in, JSON Lines out (see below).")
    var batch = false

    @Flag(help: "With --batch: each input line is a plain ingredient list, not a JSON object.")
    var lines = false

    @Option(help: ArgumentHelp("With --batch: the field holding the product's id.", valueName: "FIELD"))
    var idField: String?

    @Option(help: ArgumentHelp("With --batch: the field holding the ingredient list.", valueName: "FIELD"))
    var textField: String?

    @Option(
        name: .shortAndLong, help: "With --batch: lines analyzed in parallel (the output is the same for any value).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var quiet: QuietOption

    @Option(name: .shortAndLong, help: "Read the list from this file (- for standard input).")
    var file: String?

    @Option(help: "Output format: text, json or html (one self-contained page); --batch writes JSON Lines.")
    var format: AnalyzeFormat?

    @Option(
        name: .customLong("skin"),
        help: ArgumentHelp(
            "Only show this skin type (repeatable): oily, dry, combination, normal, sensitive, acne-prone, mature (retailers' labels such as greasy, combo, acne, aging and reactive are read as these).",
            valueName: "TYPE"))
    var skinTypes: [SkinTypeArgument] = []

    @Option(
        name: .customLong("type"),
        help: ArgumentHelp(
            "rinse-off or leave-on, or a category (cleanser, mask, toner, serum, moisturizer, sunscreen, …). Default: inferred from --name, else leave-on.",
            valueName: "TYPE"))
    var productType: ProductTypeArgument?

    @Option(help: "The product's name or category, used to infer rinse-off or leave-on (e.g. \"Foaming Cleanser\").")
    var name: String?

    @OptionGroup var dictionaryOptions: DictionaryOptions

    @OptionGroup var output: OutputOption

    func validate() throws {
        if batch {
            if file != nil { throw ValidationError("With --batch, give the input files as arguments, not --file.") }
            if name != nil {
                throw ValidationError("With --batch, each line's name is read from its name field, not --name.")
            }
            if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
            if let format, format != .json {
                throw ValidationError(
                    "--batch writes JSON Lines (one --format json object per line), not \(format.rawValue).")
            }
            if lines && (idField != nil || textField != nil) {
                throw ValidationError("--lines reads plain lists: --id-field and --text-field are for JSON lines.")
            }
            return
        }
        if lines || idField != nil || textField != nil {
            throw ValidationError("--lines, --id-field and --text-field go with --batch.")
        }
        if arguments.count > 1 {
            throw ValidationError("Give the list as one argument (in quotes), or use --batch for files.")
        }
        if list != nil && file != nil {
            throw ValidationError("Give the list as an argument or with --file, not both.")
        }
    }

    func run() throws {
        let dictionary = try dictionaryOptions.load()
        if batch { return try runBatch(dictionary) }
        let analyzer = IngredientAnalyzer(dictionary: dictionary)
        let input: LabelInput
        do {
            // A path given where the list goes is read as a file, as `inci diff` and `inci routine` read theirs
            // (`LabelArgument`): `inci analyze label.txt` was read as a one-name list "label.txt".
            var (text, path) = (list, file)
            if let list, case .file(let named) = LabelArgument(argument: list) { (text, path) = (nil, named) }
            input = try LabelInput.read(argument: text, file: path, extractor: PageExtractor(analyzer: analyzer))
        } catch {
            CLIOutput.error(error.description)
            throw ExitCode(error.exitCode)
        }
        for warning in input.warnings { CLIOutput.warning(warning) }
        let list: IngredientList
        do {
            list = try analyzer.analyze(input.text)
        } catch {
            CLIOutput.error("\(input.name): \(error.description)")
            throw ExitCode(1)
        }
        let decision = ProductTypeDecision.decide(given: productType?.type, name: name)
        let analysis = Scorer(dictionary: dictionary).analyze(list, productType: decision)
        let types = SkinTypeArgument.selected(skinTypes)
        switch format ?? .text {
        case .text: try output.emit(ProductTextReport(skinTypes: types).render(analysis))
        case .json: try output.emit(try JSONOutput.render(AnalysisDocument(analysis, skinTypes: types)))
        case .html:
            try output.emit(ProductHTMLReport().render(AnalysisDocument(analysis, skinTypes: types), name: name))
        }
    }
}

extension Analyze {
    /// `--batch`: JSON Lines through `AnalyzeBatchRun`, streamed to standard output or `-o`.
    func runBatch(_ dictionary: IngredientDictionary) throws {
        let run = AnalyzeBatchRun(
            analyzer: IngredientAnalyzer(dictionary: dictionary), scorer: Scorer(dictionary: dictionary),
            format: lines ? .lines : .json(id: idField, text: textField), productType: productType?.type,
            skinTypes: SkinTypeArgument.selected(skinTypes), jobs: jobs)
        let writer: OutputWriter
        do {
            writer = try OutputWriter(path: output.toFile ? output.output : nil)
        } catch {
            CLIOutput.error("\(error)")
            throw ExitCode(2)
        }
        var progress = ProgressBar(total: nil, unit: "lines", shown: !quiet.quiet)
        let summary = run.run(
            BatchLines(arguments), write: writer.write, progress: { progress.update(done: $0) })
        writer.flush()
        progress.finish()
        quiet.note(summary.description)
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }
}

enum AnalyzeFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, html
}

/// `--skin` values: the skin type ids, and common spellings ("acne", "combo").
struct SkinTypeArgument: ExpressibleByArgument {
    let type: SkinType
    init?(argument: String) {
        guard let type = SkinType(label: argument) else { return nil }
        self.type = type
    }
    static var allValueStrings: [String] { SkinType.allCases.map(\.rawValue) }
    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }

    /// The skin types `--skin` chose, in `SkinType.allCases` order; all of them when none was given.
    static func selected(_ arguments: [SkinTypeArgument]) -> [SkinType] {
        arguments.isEmpty
            ? SkinType.allCases : SkinType.allCases.filter { type in arguments.contains { $0.type == type } }
    }
}

/// `--type` values: rinse-off, leave-on, or a product category mapped to one of them.
struct ProductTypeArgument: ExpressibleByArgument {
    let type: ProductType
    init?(argument: String) {
        guard let type = ProductType(typeOrCategory: argument) else { return nil }
        self.type = type
    }
    /// What completions offer; categories (serum, cleanser, …) are read too but are open-ended.
    static var allValueStrings: [String] { ProductType.allCases.map(\.rawValue) }
    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
