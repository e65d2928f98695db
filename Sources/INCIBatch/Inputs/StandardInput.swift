import Foundation

/// `-` as a path: standard input, for `inci check` and `inci scan` in pipelines (`curl … | inci check -
/// --input-format jsonl`). It is copied once to a temporary file, so every reader (the streaming CSV and
/// JSON Lines readers, the page extractor) reads it as it reads a file, and reports name it `-`.
public enum StandardInput {
    /// The argument that means standard input; `/dev/stdin` is taken as it too (a pipe is not a regular
    /// file, which the readers refuse).
    public static func isStandardInput(_ path: String) -> Bool { path == "-" || path == "/dev/stdin" }

    /// Arguments as runs of paths and standard input, in the order given (standard input once, at its
    /// first mention), so inputs keep the order of the command line.
    public enum Argument: Equatable {
        case paths([String])
        case standardInput
    }

    public static func split(_ arguments: [String]) -> [Argument] {
        var out: [Argument] = []
        var pending: [String] = []
        var seen = false
        for argument in arguments {
            guard isStandardInput(argument) else {
                pending.append(argument)
                continue
            }
            guard !seen else { continue }
            seen = true
            if !pending.isEmpty { out.append(.paths(pending)) }
            pending = []
            out.append(.standardInput)
        }
        if !pending.isEmpty { out.append(.paths(pending)) }
        return out
    }

    /// The name reports give standard input.
    public static let name = "-"

    /// Copies standard input to a new temporary file ending in `.extension`, at most `limit` bytes (one
    /// more is read, to tell a too-large input from one of exactly `limit`). The caller removes the file.
    public static func spool(extension pathExtension: String, limit: Int = Int.max) throws(InputError) -> String {
        let path = FileManager.default.temporaryDirectory.appending(
            path: "inci-stdin-\(UUID().uuidString).\(pathExtension)"
        ).path
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let output = FileHandle(forWritingAtPath: path)
        else {
            throw .unreadable(path: name, reason: "cannot create a temporary file to hold standard input")
        }
        defer { try? output.close() }
        var total = 0
        while true {
            let chunk = FileHandle.standardInput.readData(ofLength: 1 << 16)
            if chunk.isEmpty { break }
            total += chunk.count
            if total > limit {
                try? FileManager.default.removeItem(atPath: path)
                throw .tooLarge(path: name, size: total, limit: limit)
            }
            output.write(chunk)
        }
        return path
    }
}

/// The formats `--input-format` names, for standard input (which has no extension to tell) or files
/// whose extension does not say what they hold.
public enum InputFormat: String, CaseIterable, Sendable {
    case csv, jsonl, json, html
}
