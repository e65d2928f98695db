import ArgumentParser
import INCIReport

struct DictFamilies: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "families",
        abstract: "List the ingredient families: ids, kind, what each serves or risks, and how many ingredients.",
        usage: "inci dict families [<options>]",
        discussion: """
            The ids are what a policy's `forbidden-families:` takes and what reports print.

            Examples:
              inci dict families
              inci dict families --format json
            """
    )

    @Option(help: "Output format: text or json.")
    var format: ListingFormat = .text

    @OptionGroup var dictionaryOptions: DictionaryOptions

    @OptionGroup var output: OutputOption

    func run() throws {
        let listing = FamilyListing(dictionary: try dictionaryOptions.load())
        try output.emit(format == .json ? try listing.json() : listing.text())
    }
}
