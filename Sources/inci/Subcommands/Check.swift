import ArgumentParser
import Foundation
import INCIBatch
import INCICatalog
import INCICheck
import INCICore
import INCIHTML

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check catalog data (CSV, JSONL, JSON arrays, folders of HTML pages) against a policy, for CI.",
        discussion: """
            Rules check data quality (missing or unparseable lists, unknown ingredients, duplicates, typos, \
            percentages), claims against ingredients (fragrance-free, alcohol-free, non-comedogenic, oil-free, \
            paraben-, sulfate- and silicone-free, claimed skin types, pore minimizing) and policy thresholds \
            (minimum score, forbidden families, EU Annex II). `inci rules` lists them.

            --against OLD_CATALOG adds a `reformulated` finding for each product whose list changed since that \
            catalog (joined on the product id column, else on brand and name), with what changed:
              inci check catalog-2025.csv --against catalog-2024.csv \\
                         --format sarif -o inci.sarif

            The policy is --policy FILE or the nearest .inci.yml from the current directory up; `inci init` writes a \
            commented one, and --print-policy shows the one in effect.

            Exit codes:
              0  no finding at or above the failing severity (policy `fail-on`, default
                 error)
              1  findings at or above it
              2  the check could not run or an input could not be read (bad policy,
                 missing file)
            """
    )

    @Argument(help: "Catalog files or folders (.csv, .jsonl, .json, .html, .htm); - reads standard input.")
    var paths: [String] = []

    @Option(
        name: .customLong("input-format"),
        help: ArgumentHelp(
            "What the inputs hold, whatever their extension; for standard input (default: csv).",
            valueName: "csv|jsonl|json|html"))
    var inputFormat: InputFormat?

    @Option(help: "The policy file (default: the nearest .inci.yml).")
    var policy: String?

    @Option(help: "Output format: text, json, sarif, junit, github, markdown, html.")
    var format: CheckFormat = .text

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(help: "Suppress the findings recorded in this baseline file.")
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: "Record the current findings as a baseline in this file.")
    var writeBaseline: String?

    @Option(name: .customLong("fail-on"), help: "The lowest severity that fails the check: note, warning, error.")
    var failOn: Severity?

    @Option(name: .customLong("ingredients-column"), help: "The column or field with the ingredient list.")
    var ingredientsColumn: String?

    @Option(name: .customLong("name-column"), help: "The column or field with the product name.")
    var nameColumn: String?

    @Option(name: .customLong("claims-column"), help: "A column or field with claims (repeatable).")
    var claimsColumns: [String] = []

    @Option(name: .customLong("skin-types-column"), help: "The column or field listing claimed skin types.")
    var skinTypesColumn: String?

    @Option(
        name: .customLong("id-column"),
        help: "The column or field with the product's id (SKU, GTIN), to join with --against.")
    var idColumn: String?

    @Option(
        help: ArgumentHelp(
            "An earlier version of the catalog (file or folder): report each product whose list changed since.",
            valueName: "OLD_CATALOG"))
    var against: [String] = []

    @Option(name: .customLong("annex-ii"), help: "The CosIng Annex II CSV, to flag prohibited substances.")
    var annexII: String?

    @Option(
        help:
            "Products checked in parallel (default: the number of active processors). The report is the same whatever this is."
    )
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .customLong("list-rules"), help: "List the rules and their default severities (as `inci rules`).")
    var listRules = false

    @Flag(
        name: .customLong("print-policy"),
        help: "Print the policy in effect (the policy file and these options applied) as YAML, and where it came from.")
    var printPolicy = false

    @OptionGroup var dictionaryOptions: DictionaryOptions

    @OptionGroup var quiet: QuietOption

    @OptionGroup var color: ColorOption

    func validate() throws {
        if !listRules && !printPolicy && paths.isEmpty {
            throw ValidationError("Give at least one catalog file or folder.")
        }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if against.contains("-") { throw ValidationError("--against reads files or folders, not standard input.") }
    }

    func run() throws {
        if listRules { return CLIOutput.write(RuleListing.text()) }
        let dictionary = try dictionaryOptions.load()
        var policy = try loadPolicy(knownFamilies: Set(dictionary.families.keys))
        if let failOn { policy.failOn = failOn }
        if let ingredientsColumn { policy.columns.ingredients = ingredientsColumn }
        if let nameColumn { policy.columns.name = nameColumn }
        if !claimsColumns.isEmpty { policy.columns.claims = claimsColumns }
        if let skinTypesColumn { policy.columns.skinTypes = skinTypesColumn }
        if let idColumn { policy.columns.id = idColumn }
        if let annexII { policy.annexII = annexII }
        if printPolicy {
            let overridden =
                failOn != nil || ingredientsColumn != nil || nameColumn != nil || !claimsColumns.isEmpty
                || skinTypesColumn != nil || idColumn != nil || annexII != nil
            let origin =
                "# The policy in effect, from \(policy.origin)\(overridden ? " and command-line options" : "").\n"
            return try CLIOutput.write(origin + PolicyDocument(policy, explained: false).render(), to: output)
        }
        var annexList: AnnexIIList?
        if let path = policy.annexII {
            do { annexList = try AnnexIIList(contentsOf: URL(fileURLWithPath: path)) } catch {
                CLIOutput.error("\(error)")
                throw ExitCode(2)
            }
        }
        var knownBaseline: Baseline?
        if let baseline {
            do { knownBaseline = try Baseline(contentsOf: URL(fileURLWithPath: baseline)) } catch {
                CLIOutput.error("\(error)")
                throw ExitCode(2)
            }
        }

        // The earlier catalog is read whole before the check; what cannot be read of it is reported,
        // the rest still compared, and the check exits 2 as for its own inputs.
        var againstErrors: [String] = []
        let previous =
            against.isEmpty
            ? nil
            : PreviousCatalog.read(
                against, columns: policy.columns,
                extractor: PageExtractor(analyzer: IngredientAnalyzer(dictionary: dictionary)), errors: &againstErrors)
        for error in againstErrors { CLIOutput.error("--against: \(error)") }
        let checker = CatalogChecker(policy: policy, dictionary: dictionary, annexII: annexList, previous: previous)
        let run = CheckRun(checker: checker, baseline: knownBaseline, keepAllFindings: writeBaseline != nil, jobs: jobs)
        var progress = ProgressBar(total: nil, unit: "products", shown: !quiet.quiet)
        let (report, allFindings) = { ($0.report, $0.allFindings) }(
            run.run(paths, format: inputFormat, progress: { progress.update(done: $0) }))
        progress.finish()

        if let writeBaseline {
            do {
                try Baseline(
                    findings: allFindings, folder: URL(fileURLWithPath: writeBaseline).deletingLastPathComponent().path
                ).data().write(to: URL(fileURLWithPath: writeBaseline))
            } catch {
                CLIOutput.error("cannot write baseline '\(writeBaseline)': \(error.localizedDescription)")
                throw ExitCode(2)
            }
        }
        let rendered = format.formatter(colors: color.colors(toFile: output != nil)).format(report)
        try CLIOutput.write(rendered, to: output)
        // The text report ends with the summary; other formats, or a report written to a file, get it on
        // standard error, as `inci scan` does.
        if format != .text || output != nil { quiet.note("inci check: \(report.summary)\n") }
        if !report.readErrors.isEmpty || !againstErrors.isEmpty { throw ExitCode(2) }
        if !report.failing.isEmpty { throw ExitCode(1) }
    }

    private func loadPolicy(knownFamilies: Set<String>) throws -> CheckPolicy {
        let url: URL
        if let policy {
            url = URL(fileURLWithPath: policy)
        } else if let found = PolicyLoader.find(from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
            url = found
        } else {
            return CheckPolicy()
        }
        do {
            return try PolicyLoader.load(url, knownFamilies: knownFamilies)
        } catch {
            CLIOutput.error("invalid policy: \(error)")
            throw ExitCode(2)
        }
    }
}

enum CheckFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif, junit, github, markdown, html

    func formatter(colors: Bool) -> any CheckFormatter {
        switch self {
        case .text: TextFormatter(colors: colors)
        case .json: JSONFormatter()
        case .sarif: SARIFFormatter(toolVersion: Inci.toolVersion)
        case .junit: JUnitFormatter()
        case .github: GitHubFormatter()
        case .markdown: MarkdownFormatter()
        case .html: HTMLFormatter()
        }
    }
}

extension Severity: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
