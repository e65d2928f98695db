/// `--format junit`: JUnit XML that CI servers render as a test report — one failing test case per
/// finding at or above the failing severity, one passing case when there are none.
public struct JUnitFormatter: CheckFormatter {
    public init() {}

    public func format(_ report: CheckReport) -> String {
        let failing = report.failing
        var cases = ""
        for finding in failing {
            let name = "\(finding.rule.rawValue): \(finding.location.product ?? "line \(finding.location.line ?? 0)")"
            let place = "\(finding.location.file)\(finding.location.line.map { ":\($0)" } ?? "")"
            cases +=
                "    <testcase classname=\"\(Self.escape(finding.location.file))\" name=\"\(Self.escape(name))\">\n"
            cases +=
                "      <failure type=\"\(finding.rule.rawValue)\" message=\"\(Self.escape(finding.message))\">\(Self.escape(place + ": " + finding.message))</failure>\n"
            cases += "    </testcase>\n"
        }
        let tests = max(failing.count, 1)
        if failing.isEmpty {
            cases +=
                "    <testcase classname=\"inci.check\" name=\"\(report.productsChecked) products meet the policy\"/>\n"
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out +=
            "<testsuites name=\"inci check\" tests=\"\(tests)\" failures=\"\(failing.count)\" errors=\"\(report.readErrors.count)\">\n"
        out +=
            "  <testsuite name=\"inci check\" tests=\"\(tests)\" failures=\"\(failing.count)\" errors=\"\(report.readErrors.count)\" skipped=\"0\">\n"
        if !report.readErrors.isEmpty {
            out += "    <system-err>\(Self.escape(report.readErrors.joined(separator: "\n")))</system-err>\n"
        }
        out += cases
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }

    /// XML 1.0 text and attribute escaping; characters XML cannot carry become U+FFFD.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || (0xFFFE...0xFFFF).contains(v) {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
