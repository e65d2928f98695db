/// Splits a dictionary file into stanzas. Syntax problems become diagnostics, never crashes, so that
/// `inci dict lint` can report every problem of a file at once.
public enum StanzaParser {
    public static func parse(_ file: DictionaryFile) -> (stanzas: [Stanza], diagnostics: [DictionaryDiagnostic]) {
        var stanzas: [Stanza] = []
        var diagnostics: [DictionaryDiagnostic] = []
        var lineNumber = 0
        for rawLine in file.text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy(\.isWhitespace) { continue }
            if line.first == "#" { continue }
            if let first = line.first, first == " " || first == "\t" {
                let content = line.trimmingWhitespace()
                if content.hasPrefix("#") { continue }
                guard let colon = content.firstIndex(of: ":") else {
                    diagnostics.append(.init(.error, file: file.path, line: lineNumber,
                                             "expected 'key: value' in an indented line, found '\(content)'"))
                    continue
                }
                let key = content[..<colon].trimmingWhitespace()
                let value = content[content.index(after: colon)...].trimmingWhitespace()
                guard !stanzas.isEmpty else {
                    diagnostics.append(.init(.error, file: file.path, line: lineNumber,
                                             "indented field '\(key)' before any stanza header"))
                    continue
                }
                stanzas[stanzas.count - 1].fields.append(.init(key: key, value: value, line: lineNumber))
            } else {
                stanzas.append(Stanza(header: line.trimmingWhitespace(), file: file.path, line: lineNumber, fields: []))
            }
        }
        return (stanzas, diagnostics)
    }
}
