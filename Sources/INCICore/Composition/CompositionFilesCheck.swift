/// What `inci dict lint` says about the composer's files: syntax of the morpheme tables, and the order of
/// the registered-names list (a name out of order would never be found by the composer's search).
enum CompositionFilesCheck {
    static func diagnostics(_ file: DictionaryFile) -> [DictionaryDiagnostic] {
        var diagnostics: [DictionaryDiagnostic] = []
        if file.path.hasPrefix("languages/") {
            _ = MorphemeTableParser.parse(file, into: &diagnostics)
        } else if let name = file.path.split(separator: "/").last, name == "cosing.txt" {
            for line in KnownNames.unsortedLines(file).prefix(5) {
                diagnostics.append(
                    .init(
                        .error, file: file.path, line: line,
                        "not after the line before it in compact-key order (regenerate with scripts/cosing-names.py)"))
            }
        } else {
            diagnostics.append(.init(.warning, file: file.path, line: 1, "names/ holds only cosing.txt; ignored"))
        }
        return diagnostics
    }
}
