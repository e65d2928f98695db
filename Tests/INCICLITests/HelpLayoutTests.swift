import Foundation
import INCITestSupport
import Testing

/// `--help` as an 80-column terminal shows it. Argument-parser wraps each line of a command's discussion
/// to the terminal's width but keeps the line breaks it is given, so a paragraph broken by hand comes out
/// ragged on a narrow terminal, and an example line wider than the terminal is folded into the next line.
@Suite struct HelpLayoutTests {
    /// Every command path, read from the help itself so a new subcommand is covered without editing here.
    static let commands: [[String]] = {
        func subcommands(of path: [String]) -> [[String]] {
            guard let help = try? CLIRunner.run(path + ["--help"], environment: ["COLUMNS": "1000"]).stdout,
                let start = help.range(of: "SUBCOMMANDS:\n")
            else { return [] }
            let names = help[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
                .prefix { !$0.isEmpty }
                .compactMap { $0.split(separator: " ").first.map(String.init) }
                .filter { $0 != "help" }
            return names.flatMap { [path + [$0]] + subcommands(of: path + [$0]) }
        }
        return [[]] + subcommands(of: [])
    }()

    static func help(_ path: [String], columns: Int) throws -> String {
        try CLIRunner.run(path + ["--help"], environment: ["COLUMNS": String(columns)]).stdout
    }

    @Test func everyCommandIsCovered() {
        let names = Set(Self.commands.map { $0.joined(separator: " ") })
        for expected in ["analyze", "scan", "check", "diff", "routine", "explain", "dict", "dict coverage"] {
            #expect(names.contains(expected), "\(expected) missing from \(names.sorted())")
        }
    }

    @Test(arguments: commands) func fitsEightyColumns(_ path: [String]) throws {
        let help = try Self.help(path, columns: 80)
        for line in help.split(separator: "\n") where line.count > 80 {
            Issue.record("inci \(path.joined(separator: " ")) --help: \(line.count) columns: \(line)")
        }
    }

    /// With room to spare, a prose paragraph of the discussion is one line: the terminal wraps it. Lines of
    /// examples and tables are indented and kept as written.
    @Test(arguments: commands) func proseIsNotBrokenByHand(_ path: [String]) throws {
        let lines = try Self.help(path, columns: 1000).split(separator: "\n", omittingEmptySubsequences: false)
        guard let usage = lines.firstIndex(where: { $0.hasPrefix("USAGE:") }) else {
            Issue.record("inci \(path.joined(separator: " ")) --help has no usage line")
            return
        }
        let discussion = lines[..<usage]
        for (line, next) in zip(discussion, discussion.dropFirst())
        where !line.isEmpty && !next.isEmpty && line.first != " " && next.first != " " {
            Issue.record(
                "inci \(path.joined(separator: " ")) --help breaks a paragraph by hand: \"\(line)\" / \"\(next)\"")
        }
    }
}
