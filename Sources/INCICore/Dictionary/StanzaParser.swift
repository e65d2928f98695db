/// Splits a dictionary file into stanzas. Syntax problems become diagnostics, never crashes, so that
/// `inci dict lint` can report every problem of a file at once.
///
/// Works on UTF-8 bytes: the embedded dictionary is about a megabyte and is parsed at every start-up,
/// where grapheme-by-grapheme string processing would cost tens of milliseconds.
package enum StanzaParser {
    package static func parse(_ file: DictionaryFile) -> (stanzas: [Stanza], diagnostics: [DictionaryDiagnostic]) {
        var stanzas: [Stanza] = []
        var diagnostics: [DictionaryDiagnostic] = []
        TextLines.forEach(file.text) { bytes, lineNumber, lower, upper in
            guard lower < upper, bytes[lower] != 0x23 else { return }  // blank or '#'
            // Leading spaces or tabs (trimmed off before `lower`) make a field line.
            let indented = lower > 0 && (bytes[lower - 1] == 0x20 || bytes[lower - 1] == 0x09)
            if !indented {
                stanzas.append(
                    Stanza(header: string(bytes, lower, upper), file: file.path, line: lineNumber, fields: []))
                return
            }
            var colon = lower
            while colon < upper, bytes[colon] != 0x3A { colon += 1 }
            guard colon < upper else {
                diagnostics.append(
                    .init(
                        .error, file: file.path, line: lineNumber,
                        "expected 'key: value' in an indented line, found '\(string(bytes, lower, upper))'"))
                return
            }
            var keyEnd = colon
            while keyEnd > lower, isSpace(bytes[keyEnd - 1]) { keyEnd -= 1 }
            var valueStart = colon + 1
            while valueStart < upper, isSpace(bytes[valueStart]) { valueStart += 1 }
            let key = string(bytes, lower, keyEnd)
            guard !stanzas.isEmpty else {
                diagnostics.append(
                    .init(.error, file: file.path, line: lineNumber, "indented field '\(key)' before any stanza header")
                )
                return
            }
            stanzas[stanzas.count - 1].fields.append(
                .init(key: key, value: string(bytes, valueStart, upper), line: lineNumber))
        }
        return (stanzas, diagnostics)
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ lower: Int, _ upper: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
    }
}
