import ArgumentParser
import Foundation

/// `--quiet`, for the batch commands that show progress and a summary on standard error.
struct QuietOption: ParsableArguments {
    @Flag(name: .shortAndLong, help: "No progress bar and no summary on standard error; only the report and errors.")
    var quiet = false

    /// Progress bars and summaries go to standard error unless `--quiet`.
    func note(_ text: String) {
        guard !quiet else { return }
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// `--color`, for the commands whose report has colours.
struct ColorOption: ParsableArguments {
    @Option(
        name: .customLong("color"),
        help: ArgumentHelp(
            "Colour the text report: auto (on a terminal, unless NO_COLOR is set), always or never.", valueName: "WHEN")
    )
    var color: ColorChoice = .auto

    /// Whether to colour what goes to standard output (`toFile`: the report goes to `-o FILE` instead).
    func colors(toFile: Bool) -> Bool {
        color.enabled(
            isTerminal: !toFile && isatty(STDOUT_FILENO) != 0, environment: ProcessInfo.processInfo.environment)
    }
}

/// `--color`: `auto` follows the terminal and NO_COLOR (https://no-color.org); an explicit `always`
/// wins over NO_COLOR, as the convention asks, and `never` wins over a terminal.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    func enabled(isTerminal: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: isTerminal && (environment["NO_COLOR"] ?? "").isEmpty
        }
    }
}

/// The terminal standard output is shown on.
enum Terminal {
    /// Its width in columns, or nil when standard output is not a terminal (a pipe or a file keeps the
    /// fixed widths, so scripts see the same table everywhere). `COLUMNS` wins when set.
    static func columns() -> Int? {
        guard isatty(STDOUT_FILENO) != 0 else { return nil }
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns > 0 {
            return columns
        }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}

/// `-o FILE`, for every command that writes a report: the report goes to the file instead of standard
/// output (`-` is standard output); a file that cannot be written is an error naming it (exit 2).
struct OutputOption: ParsableArguments {
    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "FILE"))
    var output: String?

    /// Whether the report goes to a file (so it gets no colours and the summary goes to standard error).
    var toFile: Bool { output != nil && output != "-" }

    func emit(_ text: String) throws { try CLIOutput.write(text, to: output) }
}
