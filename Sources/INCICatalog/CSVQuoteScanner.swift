import Foundation

/// Finds a quoted field that swallowed the rows after it. CSV.swift reads an unclosed quoted field to the
/// end of the file without complaint, and a field with a stray quote inside (`"Water, Glycerin⏎C,"Water"`)
/// on past its line; this one streaming pass over the bytes tells where such a field opened. It follows
/// CSV.swift's own rules, so it never reports a field CSV.swift read as written: a quote opens a field
/// only as its first character (in `12" Brush` it is text); inside, `""` is a quote, and a quote before a
/// comma, a line break or the end closes the field; a quote before anything else is malformed, and
/// reported when its field spans lines (it may have swallowed rows).
enum CSVQuoteScanner {
    private enum State {
        case fieldStart, unquoted, quoted
        /// Inside a quoted field, just after a quote: the next byte decides.
        case quoteInQuoted
    }

    /// The 1-based line where the first such quoted field opened, or nil when there is none.
    static func unterminatedQuoteLine(in url: URL) -> Int? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        var line = 1
        var state = State.fieldStart
        var openedAt = 0
        var strayQuote = false
        var spansLines = false
        var found: Int?
        while found == nil {
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { break }
            chunk.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                for byte in bytes {
                    let ends = byte == 0x2C || byte == 0x0A || byte == 0x0D
                    switch state {
                    case .fieldStart, .unquoted:
                        if byte == 0x22 && state == .fieldStart {
                            state = .quoted
                            openedAt = line
                            strayQuote = false
                            spansLines = false
                        } else {
                            state = ends ? .fieldStart : .unquoted
                        }
                    case .quoted:
                        if byte == 0x22 {
                            state = .quoteInQuoted
                        } else if byte == 0x0A {
                            spansLines = true
                            if strayQuote {
                                found = openedAt
                                return
                            }
                        }
                    case .quoteInQuoted:
                        if ends {
                            state = .fieldStart
                        } else {
                            state = .quoted
                            if byte != 0x22 {
                                strayQuote = true
                                if spansLines {
                                    found = openedAt
                                    return
                                }
                            }
                        }
                    }
                    if byte == 0x0A { line += 1 }
                }
            }
        }
        return found ?? (state == .quoted ? openedAt : nil)
    }
}
