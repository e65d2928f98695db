import Foundation

/// Finds a quoted field that never closes. CSV.swift reads such a field to the end of the file without
/// complaint, silently swallowing every later row; this one streaming pass over the bytes (RFC 4180:
/// `""` inside quotes is an escaped quote, which toggles twice) tells where the open quote started.
enum CSVQuoteScanner {
    /// The 1-based line of the unterminated quote, or nil when every quote closes.
    static func unterminatedQuoteLine(in url: URL) -> Int? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        var line = 1
        var inQuotes = false
        var openedAt = 0
        while true {
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { break }
            chunk.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                for byte in bytes {
                    if byte == 0x22 {
                        inQuotes.toggle()
                        if inQuotes { openedAt = line }
                    } else if byte == 0x0A {
                        line += 1
                    }
                }
            }
        }
        return inQuotes ? openedAt : nil
    }
}
