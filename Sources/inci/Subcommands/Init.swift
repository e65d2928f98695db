import ArgumentParser
import Foundation
import INCICheck

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented .inci.yml policy for `inci check`: every setting at its default, explained.",
        discussion: """
            Writes ./.inci.yml (or --output FILE, - for standard output); an existing file is kept unless --force. \
            `inci check` finds the nearest .inci.yml from the current directory up.

            Examples:
              inci init
              inci init --output - | less
            """
    )

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Where to write the policy (- is standard output).", valueName: "FILE"))
    var output: String = PolicyLoader.fileName

    @Flag(help: "Replace an existing file.")
    var force = false

    func run() throws {
        let text = PolicyDocument(CheckPolicy(), explained: true).render()
        if output == "-" { return CLIOutput.write(text) }
        if FileManager.default.fileExists(atPath: output) && !force {
            CLIOutput.error("'\(output)' exists; give --force to replace it")
            throw ExitCode(1)
        }
        try CLIOutput.write(text, to: output)
        FileHandle.standardError.write(Data("inci: wrote \(output)\n".utf8))
    }
}
