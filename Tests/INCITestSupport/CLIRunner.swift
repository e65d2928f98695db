import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the built `inci` executable as a user would, capturing its output and exit status.
///
/// Standard input is written, and standard output and error are read, each on a thread of its own:
/// a child that fills one pipe (a long error report, a sanitizer's leak report) while the runner waits
/// on another would otherwise hang the test run.
public struct CLIRunner {
    public struct Result {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    /// The folder with the built products (where the test bundle itself lives).
    public static var productsDirectory: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    }

    public static var inci: URL { productsDirectory.appending(path: "inci") }

    public static func run(
        _ arguments: [String], stdin: Data? = nil, executable: URL = inci,
        environment: [String: String]? = nil, currentDirectory: URL? = nil
    ) throws -> Result {
        ignoreBrokenPipes
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        let feeding = PipeTask { PipeIO.write(stdin ?? Data(), to: input.fileHandleForWriting) }
        let reading = PipeTask { PipeIO.readToEnd(err.fileHandleForReading) }
        let outData = PipeIO.readToEnd(out.fileHandleForReading)
        let errData = reading.wait()
        feeding.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary folder, removed by the caller.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "inci-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A child that exits before reading all its input must not kill the test process with SIGPIPE;
    /// the write then fails with EPIPE, which `PipeIO.write` ignores.
    private static let ignoreBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()
}

/// Work on a pipe run on a thread of its own, waited for once.
private final class PipeTask<Value: Sendable>: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    // Written once by the thread before `finished` is signalled, read only after waiting for it.
    private var value: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        Thread.detachNewThread { [self] in
            value = work()
            finished.signal()
        }
    }

    @discardableResult
    func wait() -> Value {
        finished.wait()
        return value!
    }
}

/// Pipe reads and writes that retry when a signal (the child's SIGCHLD) interrupts them, which
/// FileHandle's non-throwing methods turn into a crash.
private enum PipeIO {
    static func readToEnd(_ handle: FileHandle) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(handle.fileDescriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                data.append(contentsOf: buffer[..<count])
            } else if count == 0 || errno != EINTR {
                break
            }
        }
        try? handle.close()
        return data
    }

    static func write(_ data: Data, to handle: FileHandle) {
        data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(handle.fileDescriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written >= 0 {
                    offset += written
                } else if errno != EINTR {
                    break  // EPIPE: the child stopped reading, which its own result will show.
                }
            }
        }
        try? handle.close()
    }
}
