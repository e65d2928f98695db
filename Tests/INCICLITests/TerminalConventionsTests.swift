import Foundation
import INCITestSupport
import Testing

/// What a user sees on a terminal and in CI logs: progress and summaries on standard error (silenced by
/// `--quiet`), colours by `--color` and NO_COLOR, score columns in `inci scan`'s table and CSV, and tables
/// that fit the terminal.
@Suite struct TerminalConventionsTests {
    static let catalog = SharedData.fixture("catalogs/rules.csv").path
    static let pages = SharedData.fixture("html").path
    static let script = URL(fileURLWithPath: "/usr/bin/script")

    /// Runs `command` (a shell line) on a pseudo-terminal; `script` records what the terminal shows.
    /// NO_COLOR is cleared first: test runners may set it.
    func onTerminal(_ command: String) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = nil
        return try CLIRunner.run(["-qec", command, "/dev/null"], executable: Self.script, environment: environment)
            .stdout
    }

    @Test func checkSummarisesOnStandardErrorUnlessQuiet() throws {
        let json = try CLIRunner.run(["check", "--no-overlay", Self.catalog, "--format", "json"])
        #expect(json.stderr.hasPrefix("inci check: "), "\(json.stderr)")
        #expect(json.stderr.contains("products checked in 1 input(s)"))
        let quiet = try CLIRunner.run(["check", "--no-overlay", Self.catalog, "--format", "json", "--quiet"])
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
        #expect(quiet.stdout == json.stdout)
        #expect(quiet.status == json.status)
        // The text report ends with the summary itself: not twice on a terminal.
        let text = try CLIRunner.run(["check", "--no-overlay", Self.catalog])
        #expect(text.stderr.isEmpty)
        let scan = try CLIRunner.run(["scan", Self.pages, "--format", "jsonl", "-q"])
        #expect(scan.stderr.isEmpty, "\(scan.stderr)")
    }

    @Test func colourFollowsTheFlagAndNoColor() throws {
        func colored(_ arguments: [String], noColor: Bool = false) throws -> Bool {
            var environment = ProcessInfo.processInfo.environment
            environment["NO_COLOR"] = noColor ? "1" : nil
            let result = try CLIRunner.run(
                ["check", "--no-overlay", Self.catalog] + arguments, environment: environment)
            return result.stdout.contains("\u{1B}[")
        }
        #expect(try !colored([]), "auto: not a terminal")
        #expect(try colored(["--color", "always"]))
        #expect(try colored(["--color", "always"], noColor: true), "an explicit --color always wins over NO_COLOR")
        #expect(try !colored(["--color", "never"]))
        #expect(try CLIRunner.run(["check", Self.catalog, "--color", "sometimes"]).status == 64)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "util-linux script is absent"))
    func onATerminal() throws {
        // check shows a progress count, erases its last frame, and colours by default; NO_COLOR turns it off.
        let check = try onTerminal("\(CLIRunner.inci.path) check --no-overlay \(Self.catalog) --jobs 1")
        #expect(check.contains("\u{1B}[31merror"), "colours on a terminal")
        let noColor = try onTerminal("NO_COLOR=1 \(CLIRunner.inci.path) check --no-overlay \(Self.catalog) --jobs 1")
        #expect(!noColor.contains("\u{1B}[31m"))
        let progress = try onTerminal(
            "\(CLIRunner.inci.path) check --no-overlay \(Self.catalog) --format json -o /dev/null --jobs 1")
        #expect(progress.contains("products/s"), "\(progress)")
        #expect(
            progress.contains("\r\u{1B}[Kinci check: "),
            "the last frame is erased before the summary: \(progress.debugDescription)")
        let quiet = try onTerminal(
            "\(CLIRunner.inci.path) check --no-overlay \(Self.catalog) --format json -o /dev/null --quiet")
        #expect(quiet.isEmpty, "\(quiet.debugDescription)")
        // The scan table fits a narrow terminal.
        let table = try onTerminal(
            "COLUMNS=100 \(CLIRunner.inci.path) scan \(Self.pages) --skin oily --jobs 1 2>/dev/null")
        let lines = table.split(whereSeparator: \.isNewline).filter { $0.contains("recognized") }
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.count <= 100 }, "\(lines.map(\.count))")
    }

    /// `inci analyze` with nothing to read at a terminal does not wait for input: it says what to give and
    /// exits 64, as for any invalid arguments (2 is for an input that could not be read).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "util-linux script is absent"))
    func noInputAtATerminalIsAUsageError() throws {
        let shown = try onTerminal("\(CLIRunner.inci.path) analyze; echo \"exit $?\"")
        #expect(shown.contains("no input: give a list as an argument"), "\(shown)")
        #expect(shown.contains("exit 64"), "\(shown)")
    }

    @Test func scanTableAndCSVCarryTheChosenScores() throws {
        let table = try CLIRunner.run(["scan", Self.pages, "--skin", "oily", "--skin", "acne-prone"])
        let header = try #require(table.stdout.split(separator: "\n").first)
        #expect(header.contains("oily") && header.contains("acne-prone"))
        #expect(!header.contains("mature"))
        let csv = ScanCommandTests.parseCSV(
            try CLIRunner.run(["scan", Self.pages, "--format", "csv", "--skin", "oily", "--skin", "acne-prone"]).stdout)
        let columns = try #require(csv.first)
        #expect(Array(columns.suffix(4)) == ["score_oily", "verdict_oily", "score_acne-prone", "verdict_acne-prone"])
        #expect(
            columns.firstIndex(of: "key_ingredients") == columns.count - 5,
            "score columns come after every earlier column")
        // The scores are the JSON output's.
        let jsonl = try CLIRunner.run(["scan", Self.pages, "--format", "jsonl", "--skin", "oily"]).stdout
        let records = jsonl.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        let jsonScores = records.map { record in
            ((record["scores"] as? [String: Any])?["oily"] as? [String: Any])?["score"] as? Int
        }
        let score = try #require(columns.firstIndex(of: "score_oily"))
        let csvScores = csv.dropFirst().map { Int($0[score]) }
        #expect(csvScores == jsonScores)
        #expect(csvScores.compactMap { $0 }.count >= 8, "pages with a list have a score")
        let verdicts = Set(csv.dropFirst().map { $0[score + 1] })
        #expect(verdicts.isSubset(of: ["", "good", "fine", "caution", "avoid"]))
    }
}
