import ArgumentParser
import INCICore
import INCIJSON
import INCIReport

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain what the dictionary knows about an ingredient name (typos and Korean names work too).",
        usage: "inci explain <name> [<options>]",
        discussion: """
            Exits 1 when the name is not recognized; it then suggests what the name may have meant (`inci explain \
            salicylic` offers Salicylic Acid).

            Examples:
              inci explain Dimethicone
              inci explain niacinimide
              inci explain 병풀추출물 --format json
            """
    )

    @Argument(help: "The ingredient name as printed.")
    var name: String

    @Option(help: "Output format: text or json.")
    var format: ExplainFormat = .text

    @OptionGroup var dictionaryOptions: DictionaryOptions

    @OptionGroup var output: OutputOption

    func run() throws {
        let explanation = IngredientExplanation.explain(name, dictionary: try dictionaryOptions.load())
        switch format {
        case .text: try output.emit(ExplanationTextReport().render(explanation))
        case .json: try output.emit(try JSONOutput.render(ExplanationDocument(explanation)))
        }
        if explanation.match == .unknown { throw ExitCode(1) }
    }
}

/// `inci explain --format`: one name explains as text or JSON (the HTML reports are for products and catalogs).
enum ExplainFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
