/// Grouped, readable output for a terminal: findings by file and row, then a summary. Colours only
/// when asked (the CLI enables them on a terminal without NO_COLOR).
public struct TextFormatter: CheckFormatter {
    public let colors: Bool

    public init(colors: Bool) { self.colors = colors }

    private func paint(_ text: String, _ code: String) -> String { colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    public func format(_ report: CheckReport) -> String {
        var out = ""
        var currentFile: String?
        var currentRow: String?
        for finding in report.findings {
            if finding.location.file != currentFile {
                currentFile = finding.location.file
                currentRow = nil
                out += (out.isEmpty ? "" : "\n") + paint(finding.location.file, "1") + "\n"
            }
            let row =
                "\(finding.location.line.map { "line \($0)" } ?? "")\(finding.location.product.map { "  \($0)" } ?? "")"
            if row != currentRow {
                currentRow = row
                out += "  " + paint(row, "36") + "\n"
            }
            let severity: String
            switch finding.severity {
            case .error: severity = paint("error", "31")
            case .warning: severity = paint("warning", "33")
            case .note: severity = paint("note", "34")
            }
            out += "    \(severity) [\(finding.rule.rawValue)] \(finding.message)\n"
        }
        if !report.findings.isEmpty { out += "\n" }
        for error in report.readErrors { out += paint("could not read: ", "31") + error + "\n" }
        out += report.summary + "\n"
        return out
    }
}
