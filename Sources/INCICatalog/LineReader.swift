import Foundation

/// Reads a file or standard input line by line in fixed-size chunks, so a stream of any length is read in
/// constant memory. A line longer than `maxLineBytes` is skipped (reported as `.tooLong`), never held
/// whole: one hostile line cannot exhaust memory. Line breaks are LF or CRLF; the last line may lack one.
public struct LineReader: Sequence, IteratorProtocol {
    public enum Line: Sendable, Hashable {
        /// A line's text (invalid UTF-8 repaired) and its 1-based number.
        case text(String, number: Int)
        /// A line over the limit: its number and how many bytes it had.
        case tooLong(number: Int, bytes: Int)
    }

    private let handle: FileHandle
    public let maxLineBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var number = 0
    private var atEnd = false
    private static let chunkSize = 1 << 16

    public init(handle: FileHandle, maxLineBytes: Int = 64 << 20) {
        self.handle = handle
        self.maxLineBytes = Swift.max(maxLineBytes, 1)
    }

    public mutating func next() -> Line? {
        var skipped = 0
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                number += 1
                defer { start = newline + 1 }
                if skipped > 0 { return .tooLong(number: number, bytes: skipped + newline - start) }
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                return .text(String(decoding: buffer[start..<end], as: UTF8.self), number: number)
            }
            if atEnd {
                guard start < buffer.count || skipped > 0 else { return nil }
                number += 1
                defer {
                    buffer.removeAll()
                    start = 0
                }
                if skipped > 0 { return .tooLong(number: number, bytes: skipped + buffer.count - start) }
                return .text(String(decoding: buffer[start...], as: UTF8.self), number: number)
            }
            if buffer.count - start > maxLineBytes {
                // Over the limit: drop what is held and count it; the rest of the line is dropped as it comes.
                skipped += buffer.count - start
                buffer.removeAll(keepingCapacity: true)
                start = 0
            } else if start > 0 {
                buffer.removeFirst(start)
                start = 0
            }
            let chunk = handle.readData(ofLength: Self.chunkSize)
            if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
