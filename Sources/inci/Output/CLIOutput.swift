import ArgumentParser
import Foundation

/// Writes to standard output and standard error without buffering surprises.
enum CLIOutput {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// A whole report to `path` (`nil` or `-`: standard output); a file that cannot be written is an
    /// error naming it (exit 2).
    static func write(_ text: String, to path: String?) throws {
        guard let path, path != "-" else { return write(text) }
        do {
            let writer = try OutputWriter(path: path)
            writer.write(text)
            writer.flush()
        } catch {
            Self.error("\(error)")
            throw ExitCode(2)
        }
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("inci: error: \(message)\n".utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data("inci: warning: \(message)\n".utf8))
    }
}
