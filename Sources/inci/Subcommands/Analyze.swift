import ArgumentParser
import Foundation
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
              inci analyze --file product-page.html      (the list is found as inci scan finds it)
              pbpaste | inci analyze

            Files and standard input may be a plain list, a JSON array of names, or a saved page; UTF-8,
            UTF-16 with a byte-order mark, or Windows-1252 (Latin-1, with a warning).
            """
    )

    @Argument(help: "The ingredient list. Omit it to read --file or standard input.")
    var list: String?

    @Option(name: .shortAndLong, help: "Read the list from this file.")
    var file: String?

    @Option(help: "Output format: text, json or html (one self-contained page).")
    var format: AnalyzeFormat = .text

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
        if list != nil && file != nil {
            throw ValidationError("Give the list as an argument or with --file, not both.")
        }
    }

    func run() throws {
        let dictionary = try dictionaryOptions.load()
        let analyzer = IngredientAnalyzer(dictionary: dictionary)
        let input: LabelInput
        do {
            input = try LabelInput.read(argument: list, file: file, extractor: PageExtractor(analyzer: analyzer))
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
        switch format {
        case .text: try output.emit(ProductTextReport(skinTypes: types).render(analysis))
        case .json: try output.emit(try JSONOutput.render(AnalysisDocument(analysis, skinTypes: types)))
        case .html:
            try output.emit(ProductHTMLReport().render(AnalysisDocument(analysis, skinTypes: types), name: name))
        }
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
