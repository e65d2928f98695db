import Foundation

/// Runs a fuzz body: under `-DFUZZING` (built with `-sanitize=fuzzer`) it hands control to libFuzzer's
/// `LLVMFuzzerRunDriver`, which takes the usual libFuzzer arguments; otherwise it replays every file
/// given as an argument (folders are walked), so a crasher can be reproduced with a plain build.
public enum FuzzDriver {
    nonisolated(unsafe) static var body: ((UnsafeRawBufferPointer) -> Void)?

    public static func main(_ body: @escaping (UnsafeRawBufferPointer) -> Void) -> Never {
        Self.body = body
        #if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzCallback))
        #else
        exit(replay(Array(CommandLine.arguments.dropFirst())))
        #endif
    }

    /// Replays files and folders (recursively, in name order); returns the exit status.
    static func replay(_ arguments: [String]) -> Int32 {
        guard !arguments.isEmpty else {
            print("usage: \(CommandLine.arguments[0]) FILE|DIR ...  (replays inputs; build with -DFUZZING -sanitize=fuzzer to fuzz)")
            return 2
        }
        var count = 0
        for path in arguments {
            for file in files(at: path) {
                guard let data = FileManager.default.contents(atPath: file) else {
                    print("cannot read \(file)")
                    return 1
                }
                let start = Date()
                data.withUnsafeBytes { body!($0) }
                let seconds = Date().timeIntervalSince(start)
                print(String(format: "%@: ok (%d bytes, %.3f s)", file, data.count, seconds))
                count += 1
            }
        }
        print("replayed \(count) input(s)")
        return 0
    }

    static func files(at path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [path] }
        guard isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []
        return names.sorted().map { "\(path)/\($0)" }.filter { file in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) && !isDirectory.boolValue
                && !file.hasSuffix("README.md")
        }
    }

    /// A failed invariant: crash, so libFuzzer records the input.
    public static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() { fatalError("invariant violated: \(message())") }
    }
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

private func fuzzCallback(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzDriver.body!(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
#endif
