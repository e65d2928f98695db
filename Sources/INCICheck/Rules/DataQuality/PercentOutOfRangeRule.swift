import Foundation

/// `percent-out-of-range`: printed percentages outside 0–100, or adding up past 100, are impossible.
struct PercentOutOfRangeRule: CheckRule {
    let id = RuleID(rawValue: "percent-out-of-range")
    let defaultSeverity = Severity.error
    let summary = "A printed percentage is 0, above 100, or the percentages add up to more than 100."

    func check(_ subject: RuleSubject, into findings: inout FindingCollector) {
        var total = 0.0
        for item in subject.analysis?.list.ingredients ?? [] {
            guard let percent = item.token.percent else { continue }
            if percent <= 0 || percent > 100 {
                findings.add(self, "\(item.name) is printed at \(percent)%, outside 0-100%", ingredient: item.name)
            } else if item.token.section != .mayContain {
                total += percent
            }
        }
        if total > 100.0001 {
            findings.add(self, String(format: "the printed percentages add up to %.1f%%, more than 100%%", total))
        }
    }
}
