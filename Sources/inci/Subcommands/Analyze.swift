import ArgumentParser
import Foundation
import INCICore
import INCIReport

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyze one ingredient list from an argument, a file or standard input.",
        discussion: """
        Examples:
          inci analyze "Water, Niacinamide 10%, Zinc PCA, Glycerin"
          inci analyze --file label.txt --format json
          pbpaste | inci analyze
        """
    )

    @Argument(help: "The ingredient list. Omit it to read --file or standard input.")
    var list: String?

    @Option(name: .shortAndLong, help: "Read the list from this file.")
    var file: String?

    @Option(help: "Output format: text or json.")
    var format: AnalyzeFormat = .text

    @OptionGroup var dictionaryOptions: DictionaryOptions

    func validate() throws {
        if list != nil && file != nil { throw ValidationError("Give the list as an argument or with --file, not both.") }
    }

    func run() throws {
        let input: LabelInput
        do {
            input = try LabelInput.read(argument: list, file: file)
        } catch {
            CLIOutput.error(error.description)
            throw ExitCode(2)
        }
        let analyzer = IngredientAnalyzer(dictionary: try dictionaryOptions.load())
        let result: IngredientList
        do {
            result = try analyzer.analyze(input.text)
        } catch {
            CLIOutput.error("\(input.name): \(error.description)")
            throw ExitCode(1)
        }
        switch format {
        case .text: CLIOutput.write(AnalysisTextReport().render(result))
        case .json: CLIOutput.write(try JSONOutput.render(AnalysisDocument(result)))
        }
    }
}

enum AnalyzeFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
