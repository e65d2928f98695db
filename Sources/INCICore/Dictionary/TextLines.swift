/// Walks the lines of a text as UTF-8 byte ranges, trimmed of spaces, tabs and CR: the dictionary files
/// are parsed at every start-up, and byte ranges avoid grapheme-by-grapheme string work.
enum TextLines {
    /// Calls `body` with each line's 1-based number and trimmed byte range (`lower..<upper`, possibly empty).
    static func forEach(_ text: String, _ body: (UnsafeBufferPointer<UInt8>, Int, Int, Int) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var lineNumber = 0
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                lineNumber += 1
                var lower = start
                var upper = end
                while upper > lower, StanzaParser.isSpace(bytes[upper - 1]) { upper -= 1 }
                while lower < upper, StanzaParser.isSpace(bytes[lower]) { lower += 1 }
                body(bytes, lineNumber, lower, upper)
                start = end + 1
            }
        }
    }
}
