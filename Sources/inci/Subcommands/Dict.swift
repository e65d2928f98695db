import ArgumentParser
import INCICore

struct Dict: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dict",
        abstract: "Maintain the ingredient dictionary.",
        subcommands: [DictLint.self, DictCoverage.self, DictFamilies.self, DictImportCosing.self]
    )
}

struct DictLint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract:
            "Validate the dictionary: syntax, duplicate names and aliases, unknown sources and families, ratings.",
        discussion: "Exits 1 when there are errors. Checks the embedded dictionary unless --dictionary is given."
    )

    @OptionGroup var dictionaryOptions: DictionaryOptions

    func run() throws {
        let (name, result) = try dictionaryOptions.loadWithDiagnostics()
        for diagnostic in result.diagnostics { CLIOutput.write("\(diagnostic)\n") }
        let dictionary = result.dictionary
        let errors = result.errors.count
        let warnings = result.diagnostics.count - errors
        let aliasCount = dictionary.keys.count - dictionary.ingredients.count
        CLIOutput.write(
            "\(name): \(dictionary.ingredients.count) ingredients, \(aliasCount) other names, \(dictionary.families.count) families, \(dictionary.sources.count) sources; \(errors) errors, \(warnings) warnings\n"
        )
        if errors > 0 { throw ExitCode(1) }
    }
}
