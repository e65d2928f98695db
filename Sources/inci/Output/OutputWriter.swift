import Foundation

/// Buffered output to standard output or `--output FILE`.
final class OutputWriter {
    private let handle: FileHandle
    private var buffer = Data()

    /// Opens `path` for writing (created, or truncated) — never replaced: `-o /dev/null`, a named pipe
    /// or a symbolic link stays what it is (an atomic write renames a new file over it, which as root
    /// turns /dev/null into a regular file).
    init(path: String?) throws {
        if let path, path != "-" {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard descriptor >= 0 else {
                throw OutputWriterError(description: "cannot write '\(path)': \(String(cString: strerror(errno)))")
            }
            handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        } else {
            handle = FileHandle.standardOutput
        }
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    struct OutputWriterError: Error, CustomStringConvertible {
        let description: String
    }
}
