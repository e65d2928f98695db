import Foundation
import INCITestSupport
import Testing

/// The README's example outputs are real: every `$ inci …` command of a ```console block that shows its output
/// in full (no `…`) is run, and what it prints must be what the README shows, line for line. A scoring or
/// parser change that moves a number fails here until the README says so: `INCI_UPDATE_DOCS=1 swift test
/// --filter ReadmeExampleTests` rewrites those blocks with the real output.
@Suite(.serialized) struct ReadmeExampleTests {
    /// One command and the output lines shown under it (indices into the README's lines).
    struct Example {
        let command: String
        let arguments: [String]
        let output: Range<Int>
    }

    /// Short file names the README's commands use for files of `Fixtures/`.
    static let files = [
        "sleeping-mask-2018.txt": "Fixtures/reformulations/sephora-collection-sleeping-mask-2018.txt",
        "sleeping-mask-2020.txt": "Fixtures/reformulations/sephora-collection-sleeping-mask-2020.txt",
    ]

    static var readme: URL { SharedData.packageRoot.appending(path: "README.md") }

    /// The checkable examples: `$ inci` commands (with `\` continuations) followed by at least one output
    /// line, up to the next `$` line or the block's end, none of them an ellipsis.
    static func examples(in lines: [String]) -> [Example] {
        var examples: [Example] = []
        var inConsole = false
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix("```") {
                inConsole = !inConsole && line == "```console"
                index += 1
                continue
            }
            guard inConsole, line.hasPrefix("$ inci ") else {
                index += 1
                continue
            }
            var command = String(line.dropFirst(2))
            while command.hasSuffix("\\"), index + 1 < lines.count {
                index += 1
                command = String(command.dropLast()) + " " + lines[index].trimmingCharacters(in: .whitespaces)
            }
            let start = index + 1
            var end = start
            while end < lines.count, !lines[end].hasPrefix("$ "), !lines[end].hasPrefix("```") { end += 1 }
            let shown = lines[start..<end]
            let arguments = shellWords(command)
            if !shown.isEmpty, !shown.contains(where: { $0.trimmingCharacters(in: .whitespaces) == "…" }),
                arguments.allSatisfy(isAvailable)
            {
                examples.append(Example(command: command, arguments: arguments, output: start..<end))
            }
            index = end
        }
        return examples
    }

    /// Whether an argument that names a file is one this repository has (the README also shows commands on
    /// the reader's own files: `products.jsonl`, `saved-pages/`); other arguments are always available.
    static func isAvailable(_ argument: String) -> Bool {
        let extensions = [".txt", ".jsonl", ".json", ".csv", ".yml", ".yaml", ".html"]
        guard !argument.hasPrefix("-"), argument.hasSuffix("/") || extensions.contains(where: argument.hasSuffix)
        else { return true }
        return files[argument] != nil
            || FileManager.default.fileExists(atPath: SharedData.packageRoot.appending(path: argument).path)
    }

    /// The words of a command as a POSIX shell splits them: single and double quotes, no expansion, a `#`
    /// starting a word begins a comment.
    static func shellWords(_ command: String) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        for character in command {
            if let open = quote {
                if character == open { quote = nil } else { word.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character.isWhitespace {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else if character == "#", !inWord {
                break
            } else {
                word.append(character)
                inWord = true
            }
        }
        if inWord { words.append(word) }
        return words
    }

    /// Runs an example from a folder holding the files its command names, with no CosIng overlay installed.
    static func run(_ example: Example, in folder: URL) throws -> [String] {
        let root = SharedData.packageRoot
        for (name, path) in files where example.arguments.contains(name) {
            let copy = folder.appending(path: name)
            if !FileManager.default.fileExists(atPath: copy.path) {
                try FileManager.default.copyItem(at: root.appending(path: path), to: copy)
            }
        }
        let fixtures = folder.appending(path: "Fixtures")
        if !FileManager.default.fileExists(atPath: fixtures.path) {
            try FileManager.default.createSymbolicLink(
                at: fixtures, withDestinationURL: root.appending(path: "Fixtures"))
        }
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = folder.appending(path: "data").path
        environment["NO_COLOR"] = "1"
        let result = try CLIRunner.run(
            Array(example.arguments.dropFirst()), environment: environment, currentDirectory: folder)
        var lines = result.stdout.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    @Test func theREADMEShowsRealOutput() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        let examples = Self.examples(in: lines)
        #expect(examples.count >= 3, "analyze, diff and routine examples with their output")
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let update = ProcessInfo.processInfo.environment["INCI_UPDATE_DOCS"] == "1"
        // From the last example up, so that rewriting one block leaves the earlier blocks' line numbers valid.
        for example in examples.reversed() {
            let real = try Self.run(example, in: folder)
            let shown = Array(lines[example.output])
            if update {
                lines.replaceSubrange(example.output, with: real)
            } else {
                let same = shown == real
                #expect(
                    same,
                    "README line \(example.output.lowerBound): `\(example.command)` prints otherwise; INCI_UPDATE_DOCS=1 rewrites it:\n\(Self.difference(shown, real))"
                )
            }
        }
        if update { try lines.joined(separator: "\n").write(to: Self.readme, atomically: true, encoding: .utf8) }
    }

    /// The first lines that differ, for the failure message.
    static func difference(_ shown: [String], _ real: [String]) -> String {
        var out: [String] = []
        for index in 0..<max(shown.count, real.count) where out.count < 6 {
            let a = index < shown.count ? shown[index] : "(none)"
            let b = index < real.count ? real[index] : "(none)"
            if a != b { out += ["- \(a)", "+ \(b)"] }
        }
        return out.joined(separator: "\n")
    }

    @Test func shellWordsSplitAsAShellDoes() {
        #expect(
            Self.shellWords("inci analyze \"Water, Glycerin\" --skin oily  # a comment")
                == ["inci", "analyze", "Water, Glycerin", "--skin", "oily"])
        #expect(Self.shellWords("inci diff 'a b' x#y") == ["inci", "diff", "a b", "x#y"])
    }
}
