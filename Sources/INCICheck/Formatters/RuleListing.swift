import INCIJSON

/// `inci rules` (and `inci check --list-rules`): every check rule with its id, default severity, what it
/// finds and the settings a policy may give it, as text for people or JSON for tools.
public enum RuleListing {
    public static func text() -> String {
        var out = ""
        for rule in CheckRules.all {
            out += "\(rule.id)\t\(rule.defaultSeverity.rawValue)\t\(rule.summary)\n"
            for option in rule.options {
                out += "\t\t\(option.name): \(option.meaning) (default \(option.printed(in: CheckPolicy())))\n"
            }
        }
        return out
    }

    public static func json() throws -> String {
        try JSONOutput.render(CheckRules.all.map(RuleValue.init))
    }

    struct RuleValue: Encodable {
        struct OptionValue: Encodable {
            let name: String
            let meaning: String
            let minimum: Double
            let maximum: Double
            let integer: Bool
            let defaultValue: Double
            enum CodingKeys: String, CodingKey {
                case name, meaning, minimum, maximum, integer
                case defaultValue = "default"
            }
        }
        let id: String
        let defaultSeverity: String
        let summary: String
        let options: [OptionValue]
        enum CodingKeys: String, CodingKey {
            case id, summary, options
            case defaultSeverity = "default_severity"
        }

        init(_ rule: any CheckRule) {
            id = rule.id.rawValue
            defaultSeverity = rule.defaultSeverity.rawValue
            summary = rule.summary
            options = rule.options.map {
                OptionValue(
                    name: $0.name, meaning: $0.meaning, minimum: $0.bounds.lowerBound, maximum: $0.bounds.upperBound,
                    integer: $0.isInteger, defaultValue: $0.value(CheckPolicy()))
            }
        }
    }
}
