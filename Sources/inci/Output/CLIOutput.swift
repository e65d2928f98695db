import Foundation

/// Writes to standard output and standard error without buffering surprises.
enum CLIOutput {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("inci: error: \(message)\n".utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data("inci: warning: \(message)\n".utf8))
    }
}
