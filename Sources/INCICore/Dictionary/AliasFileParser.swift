/// Reads `aliases/<language>.txt`: one `alias = Canonical Name` per line, `#` comments.
enum AliasFileParser {
    static func parse(_ file: DictionaryFile, into diagnostics: inout [DictionaryDiagnostic]) -> [(
        line: Int, alias: String, target: String
    )] {
        var result: [(Int, String, String)] = []
        var found: [DictionaryDiagnostic] = []
        TextLines.forEach(file.text) { bytes, lineNumber, lower, upper in
            guard lower < upper, bytes[lower] != 0x23 else { return }
            var equals = lower
            while equals < upper, bytes[equals] != 0x3D { equals += 1 }
            var aliasEnd = equals
            while aliasEnd > lower, StanzaParser.isSpace(bytes[aliasEnd - 1]) { aliasEnd -= 1 }
            var targetStart = min(equals + 1, upper)
            while targetStart < upper, StanzaParser.isSpace(bytes[targetStart]) { targetStart += 1 }
            guard equals < upper, aliasEnd > lower, targetStart < upper else {
                found.append(
                    .init(
                        .error, file: file.path, line: lineNumber,
                        "expected 'alias = Canonical Name', found '\(StanzaParser.string(bytes, lower, upper))'"))
                return
            }
            result.append(
                (
                    lineNumber, StanzaParser.string(bytes, lower, aliasEnd),
                    StanzaParser.string(bytes, targetStart, upper)
                ))
        }
        diagnostics += found
        return result
    }
}
