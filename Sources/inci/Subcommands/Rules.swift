import ArgumentParser
import INCICheck

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the rules of `inci check`: ids, default severities, what each finds, and its settings.",
        discussion: """
            The ids are what a policy's `rules:` takes (see `inci init`).

            Examples:
              inci rules
              inci rules --format json
            """
    )

    @Option(help: "Output format: text or json.")
    var format: ListingFormat = .text

    @OptionGroup var output: OutputOption

    func run() throws {
        try output.emit(format == .json ? try RuleListing.json() : RuleListing.text())
    }
}

/// Listings (`inci rules`, `inci dict families`) as text for people or JSON for tools.
enum ListingFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
