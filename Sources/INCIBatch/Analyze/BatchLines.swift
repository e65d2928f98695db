import Foundation
import INCICatalog

/// The lines of `inci analyze --batch`'s inputs, read lazily one after another (files in the order given,
/// `-` standard input), so a stream of any length is read in constant memory. Blank lines are not inputs
/// and are skipped; an input that cannot be opened is one item of its own.
public struct BatchLines: Sequence, IteratorProtocol {
    /// One input line, or an input that could not be opened.
    public struct Item: Sendable {
        public enum Content: Sendable {
            case text(String)
            case tooLong(bytes: Int, limit: Int)
            case unreadable(InputError)
        }
        /// The input's name as given (`-` is `<stdin>`).
        public let source: String
        /// 1-based line number in its input; 0 for an input that could not be opened.
        public let line: Int
        public let content: Content
    }

    private var paths: [String]
    private var current: (name: String, reader: LineReader)?
    private let maxLineBytes: Int

    /// `paths`: files, `-` for standard input; none reads standard input.
    public init(_ paths: [String], maxLineBytes: Int = 64 << 20) {
        self.paths = paths.isEmpty ? ["-"] : paths
        self.maxLineBytes = maxLineBytes
    }

    public mutating func next() -> Item? {
        while true {
            if let (name, _) = current {
                switch current!.reader.next() {
                case .text(let text, let number)?:
                    if text.allSatisfy(\.isWhitespace) { continue }
                    return Item(source: name, line: number, content: .text(text))
                case .tooLong(let number, let bytes)?:
                    return Item(
                        source: name, line: number, content: .tooLong(bytes: bytes, limit: current!.reader.maxLineBytes)
                    )
                case nil:
                    current = nil
                }
            }
            guard !paths.isEmpty else { return nil }
            let path = paths.removeFirst()
            if path == "-" {
                current = (StandardInput.name, LineReader(handle: .standardInput, maxLineBytes: maxLineBytes))
                continue
            }
            do {
                current = (path, LineReader(handle: try Self.open(path), maxLineBytes: maxLineBytes))
            } catch {
                return Item(source: path, line: 0, content: .unreadable(error))
            }
        }
    }

    static func open(_ path: String) throws(InputError) -> FileHandle {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw .missing(path: path) }
        if isFolder.boolValue { throw .notAFile(path: path, isFolder: true) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        return handle
    }
}
