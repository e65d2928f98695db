import Foundation
import INCIBatch

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

    /// Replays files and folders (recursively, in path order, as the batch commands walk them); returns the
    /// exit status.
    static func replay(_ arguments: [String]) -> Int32 {
        guard !arguments.isEmpty else {
            print(
                "usage: \(CommandLine.arguments[0]) FILE|DIR ...  (replays inputs; build with -DFUZZING -sanitize=fuzzer to fuzz)"
            )
            return 2
        }
        var count = 0
        for path in arguments {
            for input in InputWalker(.glob("*")).inputs([path]) where !input.path.hasSuffix("README.md") {
                let bytes: [UInt8]
                do throws(InputError) {
                    if let problem = input.problem { throw problem }
                    bytes = try FileReader.read(input.path)
                } catch {
                    print(error.description)
                    return 1
                }
                let start = Date()
                bytes.withUnsafeBytes { body!($0) }
                let seconds = Date().timeIntervalSince(start)
                print(String(format: "%@: ok (%d bytes, %.3f s)", input.path, bytes.count, seconds))
                count += 1
            }
        }
        print("replayed \(count) input(s)")
        return 0
    }

    /// A failed invariant: crash, so libFuzzer records the input.
    public static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() { fatalError("invariant violated: \(message())") }
    }
}

#if FUZZING
    // The C name libFuzzer exports.
    // swift-format-ignore: AlwaysUseLowerCamelCase
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
