import ArgumentParser
import INCIDictionaryData

/// Every command names itself (`commandName:`): otherwise ArgumentParser derives each name from the
/// type's description at every start-up, measurably (≈ 7 % of `inci analyze`).
@main
struct Inci: ParsableCommand {
    /// The tool's release, as SARIF's driver version.
    static let toolVersion = "0.1.0"

    /// `inci --version`: the release and the embedded dictionary's version (a hash of its files) and
    /// size, constants written at build time, so printing them loads nothing.
    static let versionText =
        "\(toolVersion) (dictionary \(EmbeddedDictionary.fingerprint): \(EmbeddedDictionary.ingredientCount) ingredients, \(EmbeddedDictionary.nameCount) names)"

    static let configuration = CommandConfiguration(
        commandName: "inci",
        abstract: "Reads cosmetic ingredient labels (INCI lists) and tells what is in them.",
        discussion: """
            Exit codes:
              0   success
              1   the input holds no ingredient list (empty, binary, or only prose);
                  diff --fail-if-worse: a score dropped beyond the tolerance
              2   an input could not be read (missing or unreadable file)
              64  invalid arguments
            """,
        version: versionText,
        subcommands: [
            Analyze.self, Diff.self, Routine.self, Explain.self, Scan.self, Check.self, Rules.self, Init.self,
            Dict.self,
        ]
    )
}
