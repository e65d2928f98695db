import Foundation

/// Finds the line of a file's first byte that is not UTF-8. CSV.swift stops at such a byte with a bare
/// `unicodeDecoding` error and no position; the reader's own count is where the next record would have
/// started, which can be lines away (or past the end of the file) when the byte is inside a record.
/// This pass decodes the same way (`UTF8`, strict) and counts line feeds, reading in chunks.
enum InvalidUTF8Locator {
    /// The 1-based line of the first invalid byte, or nil when the file decodes (or cannot be read).
    static func firstInvalidLine(in url: URL) -> Int? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        var bytes = ChunkedBytes(handle: handle)
        var decoder = UTF8()
        var line = 1
        while true {
            switch decoder.decode(&bytes) {
            case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
            case .emptyInput: return nil
            case .error: return line
            }
        }
    }

    /// A file's bytes one at a time, read 1 MiB at a time.
    private struct ChunkedBytes: IteratorProtocol {
        let handle: FileHandle
        var chunk = Data()
        var index = 0

        init(handle: FileHandle) { self.handle = handle }

        mutating func next() -> UInt8? {
            if index == chunk.count {
                chunk = handle.readData(ofLength: 1 << 20)
                index = 0
                if chunk.isEmpty { return nil }
            }
            defer { index += 1 }
            return chunk[chunk.startIndex + index]
        }
    }
}
