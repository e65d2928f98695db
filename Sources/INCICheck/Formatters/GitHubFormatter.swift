import Foundation

/// `--format github`: GitHub Actions workflow commands (`::error file=…,line=…,title=…::message`),
/// which annotate the catalog file in a pull request.
public struct GitHubFormatter: CheckFormatter {
    public init() {}

    public func format(_ report: CheckReport) -> String {
        var out = ""
        for finding in report.findings {
            let command: String
            switch finding.severity {
            case .error: command = "error"
            case .warning: command = "warning"
            case .note: command = "notice"
            }
            var properties = ["file=\(Self.property(finding.location.file))"]
            if let line = finding.location.line { properties.append("line=\(line)") }
            properties.append("title=\(Self.property("inci " + finding.rule.rawValue))")
            let product = finding.location.product.map { "\($0): " } ?? ""
            out += "::\(command) \(properties.joined(separator: ","))::\(Self.data(product + finding.message))\n"
        }
        return out
    }

    /// Message escaping per the workflow-command spec: % CR LF.
    static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Property values also escape : and ,.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
