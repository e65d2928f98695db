import Foundation
import INCIBatch
import INCICore
import INCIHTML

/// A label's text and a name for it in messages (`<argument>`, a path, `<stdin>`). Files and standard
/// input go through `LabelSource` (pages, JSON arrays, Latin-1 text), files read by the batch layer's
/// `FileReader`.
struct LabelInput {
    let name: String
    let text: String
    /// What the reader noticed (an encoding guessed, a page with several lists), for standard error.
    var warnings: [String] = []

    struct ReadError: Error, CustomStringConvertible {
        let description: String
        /// 2 when the input could not be read, 1 when it was read and holds no list, 64 (a usage error, as
        /// for any invalid arguments) when no input was given at all.
        let exitCode: Int32
    }

    /// `product`: the 1-based list of a page with several (`--product N`); nil for the first, with a
    /// warning when there are more.
    static func read(
        argument: String?, file: String?, extractor: PageExtractor, product: Int? = nil,
        argumentName: String = "<argument>"
    ) throws(ReadError) -> LabelInput {
        // `-` names standard input, as an argument or as --file, and is read even from a terminal.
        let dash = argument == "-" || file == "-"
        if let argument, !dash { return LabelInput(name: argumentName, text: argument) }
        if file == nil, !dash, isatty(STDIN_FILENO) != 0 {
            throw ReadError(
                description: "no input: give a list as an argument, use --file PATH, or pipe it on standard input",
                exitCode: 64)
        }
        let path = dash ? nil : file
        let bytes = path == nil ? try readStandardInput(limit: extractor.maxBytes) : []
        do throws(LabelSource.Failure) {
            if let path { return LabelInput(try LabelSource.read(path: path, extractor: extractor, product: product)) }
            return LabelInput(try LabelSource.make(bytes, name: "<stdin>", extractor: extractor, product: product))
        } catch {
            switch error {
            case .unreadable: throw ReadError(description: error.description, exitCode: 2)
            case .page, .noSuchProduct: throw ReadError(description: error.description, exitCode: 1)
            }
        }
    }

    private init(name: String, text: String) {
        self.name = name
        self.text = text
    }

    private init(_ source: LabelSource) {
        self.init(name: source.name, text: source.text)
        warnings = source.warnings
    }

    /// Standard input, refused beyond `limit` bytes rather than held in memory without bound.
    private static func readStandardInput(limit: Int) throws(ReadError) -> [UInt8] {
        var bytes: [UInt8] = []
        while true {
            let chunk = FileHandle.standardInput.readData(ofLength: 1 << 16)
            if chunk.isEmpty { return bytes }
            bytes += chunk
            if bytes.count > limit {
                throw ReadError(description: "<stdin>: the input is too large (more than \(limit) bytes)", exitCode: 1)
            }
        }
    }
}
