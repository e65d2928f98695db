import Foundation
import INCICore
import Yams

/// A policy file that cannot be used: the file, the 1-based line, and what is wrong.
public struct PolicyError: Error, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let message: String

    public var description: String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }
}

/// Reads `.inci.yml` policies (YAML, via Yams). Every key is validated, so a typo in a rule id is an
/// error with its line, not a silently ignored setting.
///
/// ```yaml
/// fail-on: error            # note | warning | error
/// columns: { ingredients: INCI, name: Product, claims: [Claims, Description], skin-types: Skin Type }
/// rules:
///   probable-typo: off
///   unknown-ingredients: { severity: error, threshold: 0.1 }
///   minimum-score: { minimum: 50 }
/// forbidden-families: [paraben, formaldehyde-releaser]
/// eu-annex-ii: cosing/annex_II.csv
/// ```
public enum PolicyLoader {
    public static let fileName = ".inci.yml"

    /// The nearest `.inci.yml` in `directory` or its parents.
    public static func find(from directory: URL) -> URL? {
        var current = directory.standardizedFileURL
        while true {
            let candidate = current.appending(path: fileName)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }

    public static func load(_ url: URL, knownFamilies: Set<String>) throws(PolicyError) -> CheckPolicy {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw PolicyError(file: url.path, line: nil, message: "cannot read the policy file")
        }
        return try parse(text, file: url.path, baseDirectory: url.deletingLastPathComponent(), knownFamilies: knownFamilies)
    }

    public static func parse(_ text: String, file: String, baseDirectory: URL? = nil, knownFamilies: Set<String>) throws(PolicyError) -> CheckPolicy {
        if let line = YAMLAliasCheck.firstAliasOfAnchorLine(in: text) {
            throw PolicyError(file: file, line: line, message: "anchors and aliases (&name, *name) are not supported in a policy")
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            // At the end of the text libyaml moves its mark to a line after the last one; name the last.
            throw PolicyError(file: file, line: Self.line(of: error).map { min($0, Self.lineNumber(atCharacter: text.count, in: text)) },
                              message: "invalid YAML: \(Self.describe(error))")
        } catch {
            throw PolicyError(file: file, line: nil, message: "invalid YAML: \(error)")
        }
        var policy = CheckPolicy()
        policy.origin = file
        guard let root else { return policy }
        guard let mapping = root.mapping else { throw PolicyError(file: file, line: root.mark?.line, message: "a policy is a mapping of settings") }

        func fail(_ node: Node, _ message: String) -> PolicyError { PolicyError(file: file, line: node.mark?.line, message: message) }
        func string(_ node: Node) throws(PolicyError) -> String {
            guard let value = node.scalar?.string else { throw fail(node, "expected a single value") }
            return value
        }
        func strings(_ node: Node) throws(PolicyError) -> [String] {
            if let scalar = node.scalar { return [scalar.string] }
            guard let sequence = node.sequence else { throw fail(node, "expected a list") }
            var values: [String] = []
            for item in sequence { values.append(try string(item)) }
            return values
        }
        func severity(_ node: Node) throws(PolicyError) -> Severity {
            let value = try string(node)
            guard let severity = Severity(rawValue: value) else { throw fail(node, "unknown severity '\(value)' (expected note, warning or error)") }
            return severity
        }

        for (keyNode, value) in mapping {
            let key = try string(keyNode)
            switch key {
            case "fail-on":
                policy.failOn = try severity(value)
            case "columns":
                guard let columns = value.mapping else { throw fail(value, "'columns' maps roles to column names") }
                for (roleNode, columnNode) in columns {
                    let role = try string(roleNode)
                    switch role {
                    case "ingredients": policy.columns.ingredients = try string(columnNode)
                    case "name": policy.columns.name = try string(columnNode)
                    case "brand": policy.columns.brand = try string(columnNode)
                    case "category": policy.columns.category = try string(columnNode)
                    case "claims": policy.columns.claims = try strings(columnNode)
                    case "skin-types": policy.columns.skinTypes = try string(columnNode)
                    default: throw fail(roleNode, "unknown column role '\(role)' (expected ingredients, name, brand, category, claims, skin-types)")
                    }
                }
            case "rules":
                guard let rules = value.mapping else { throw fail(value, "'rules' maps rule ids to settings") }
                for (ruleNode, setting) in rules {
                    let id = try string(ruleNode)
                    guard let rule = RuleID(rawValue: id) else {
                        throw fail(ruleNode, "unknown rule '\(id)' (see `inci check --list-rules`)")
                    }
                    var current = policy.setting(rule)
                    if let scalar = setting.scalar {
                        switch scalar.string {
                        case "off", "false", "no": current.enabled = false
                        case "on", "true", "yes": current.enabled = true
                        default: current.severity = try severity(setting)
                        }
                    } else if let options = setting.mapping {
                        for (optionNode, optionValue) in options {
                            let option = try string(optionNode)
                            switch option {
                            case "severity": current.severity = try severity(optionValue)
                            case "enabled":
                                guard let flag = optionValue.bool else { throw fail(optionValue, "'enabled' is true or false") }
                                current.enabled = flag
                            case "threshold" where rule == .unknownIngredients:
                                guard let number = optionValue.float, (0...1).contains(number) else { throw fail(optionValue, "'threshold' is a share between 0 and 1") }
                                policy.unknownThreshold = number
                            case "minimum" where rule == .minimumScore:
                                guard let number = optionValue.int, (0...100).contains(number) else { throw fail(optionValue, "'minimum' is a score between 0 and 100") }
                                policy.minimumScore = number
                            case "rating" where rule == .nonComedogenicClaim:
                                guard let number = optionValue.int, (0...5).contains(number) else { throw fail(optionValue, "'rating' is between 0 and 5") }
                                policy.comedogenicRating = number
                            default:
                                throw fail(optionNode, "unknown setting '\(option)' for rule '\(id)'")
                            }
                        }
                    } else {
                        throw fail(setting, "a rule takes off, on, a severity, or a mapping of settings")
                    }
                    policy.rules[rule] = current
                }
            case "forbidden-families":
                for item in value.sequence ?? [value] {
                    let family = try string(item)
                    guard knownFamilies.contains(family) else { throw fail(item, "unknown family '\(family)' (see Dictionaries/families.txt)") }
                    policy.forbiddenFamilies.append(family)
                }
            case "eu-annex-ii":
                let path = try string(value)
                policy.annexII = path.hasPrefix("/") || baseDirectory == nil ? path : baseDirectory!.appending(path: path).path
            default:
                throw fail(keyNode, "unknown setting '\(key)' (expected fail-on, columns, rules, forbidden-families, eu-annex-ii)")
            }
        }
        return policy
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        case .duplicatedKeysInMapping(_, let context): context.mark.line
        // libyaml's reader (control characters, invalid UTF-8) gives only an offset, in characters.
        case .reader(_, let offset?, _, let yaml): lineNumber(atCharacter: offset, in: yaml)
        default: nil
        }
    }

    /// The 1-based line of a character offset, counting line breaks as YAML (and libyaml's marks) do:
    /// LF, CR, CRLF, NEL, LS and PS.
    static func lineNumber(atCharacter offset: Int, in text: String) -> Int {
        text.prefix(offset).reduce(1) { ["\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}"].contains($1) ? $0 + 1 : $0 }
    }

    private static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        case .duplicatedKeysInMapping(let duplicates, _): "duplicate keys: \(duplicates.joined(separator: ", "))"
        default: "\(error)"
        }
    }
}
