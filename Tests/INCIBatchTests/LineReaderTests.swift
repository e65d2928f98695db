import Foundation
import INCICatalog
import Testing

/// Lines in constant memory: CRLF and a last line without a break are lines; a line over the limit is
/// skipped whole and reported, and the next line reads normally.
@Suite struct LineReaderTests {
    func lines(_ text: String, limit: Int = 64 << 20) throws -> [LineReader.Line] {
        let tree = try InputWalkerTests.Tree()
        try tree.file("in.txt", text)
        let handle = try #require(FileHandle(forReadingAtPath: tree.path + "/in.txt"))
        return Array(LineReader(handle: handle, maxLineBytes: limit))
    }

    @Test func breaksAndTheLastLine() throws {
        #expect(
            try lines("a\r\nb\n\nc") == [
                .text("a", number: 1), .text("b", number: 2), .text("", number: 3), .text("c", number: 4),
            ])
        #expect(try lines("").isEmpty)
        #expect(try lines("only\n") == [.text("only", number: 1)])
    }

    @Test func aLineOverTheLimitIsSkippedAndCounted() throws {
        let long = String(repeating: "x", count: 200_000)
        #expect(
            try lines("ok\n\(long)\nnext\n\(long)", limit: 1000) == [
                .text("ok", number: 1), .tooLong(number: 2, bytes: 200_000), .text("next", number: 3),
                .tooLong(number: 4, bytes: 200_000),
            ])
    }
}
