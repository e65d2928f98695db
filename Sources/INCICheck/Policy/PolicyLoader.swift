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
        return try parse(
            text, file: url.path, baseDirectory: url.deletingLastPathComponent(), knownFamilies: knownFamilies)
    }

    public static func parse(_ text: String, file: String, baseDirectory: URL? = nil, knownFamilies: Set<String>)
        throws(PolicyError) -> CheckPolicy
    {
        var policy = CheckPolicy()
        policy.origin = file
        guard let root = try compose(text, file: file) else { return policy }
        let reader = PolicyNodeReader(file: file)
        guard let mapping = root.mapping else { throw reader.fail(root, "a policy is a mapping of settings") }
        for (keyNode, value) in mapping {
            let key = try reader.string(keyNode)
            switch key {
            case "fail-on":
                policy.failOn = try reader.severity(value)
            case "columns":
                try readColumns(value, into: &policy, reader)
            case "rules":
                guard let rules = value.mapping else { throw reader.fail(value, "'rules' maps rule ids to settings") }
                for (ruleNode, setting) in rules { try readRule(ruleNode, setting, into: &policy, reader) }
            case "forbidden-families":
                for item in value.sequence ?? [value] {
                    let family = try reader.string(item)
                    guard knownFamilies.contains(family) else {
                        throw reader.fail(item, "unknown family '\(family)' (see Dictionaries/families.txt)")
                    }
                    policy.forbiddenFamilies.append(family)
                }
            case "eu-annex-ii":
                let path = try reader.string(value)
                policy.annexII =
                    path.hasPrefix("/") || baseDirectory == nil ? path : baseDirectory!.appending(path: path).path
            default:
                throw reader.fail(
                    keyNode,
                    "unknown setting '\(key)' (expected fail-on, columns, rules, forbidden-families, eu-annex-ii)")
            }
        }
        return policy
    }

    /// The YAML document's root node (nil for an empty file); anchors and aliases are refused first.
    private static func compose(_ text: String, file: String) throws(PolicyError) -> Node? {
        if let line = YAMLAliasCheck.firstAliasOfAnchorLine(in: text) {
            throw PolicyError(
                file: file, line: line, message: "anchors and aliases (&name, *name) are not supported in a policy")
        }
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            // At the end of the text libyaml moves its mark to a line after the last one; name the last.
            throw PolicyError(
                file: file,
                line: Self.line(of: error).map { min($0, Self.lineNumber(atCharacter: text.count, in: text)) },
                message: "invalid YAML: \(Self.describe(error))")
        } catch {
            throw PolicyError(file: file, line: nil, message: "invalid YAML: \(error)")
        }
    }

    /// `columns: { ingredients: INCI, … }`: which catalog column plays which role.
    private static func readColumns(_ value: Node, into policy: inout CheckPolicy, _ reader: PolicyNodeReader)
        throws(PolicyError)
    {
        guard let columns = value.mapping else { throw reader.fail(value, "'columns' maps roles to column names") }
        for (roleNode, columnNode) in columns {
            let role = try reader.string(roleNode)
            switch role {
            case "ingredients": policy.columns.ingredients = try reader.string(columnNode)
            case "name": policy.columns.name = try reader.string(columnNode)
            case "brand": policy.columns.brand = try reader.string(columnNode)
            case "category": policy.columns.category = try reader.string(columnNode)
            case "claims": policy.columns.claims = try reader.strings(columnNode)
            case "skin-types": policy.columns.skinTypes = try reader.string(columnNode)
            case "id": policy.columns.id = try reader.string(columnNode)
            default:
                throw reader.fail(
                    roleNode,
                    "unknown column role '\(role)' (expected ingredients, name, brand, category, claims, skin-types, id)"
                )
            }
        }
    }

    /// One entry of `rules:`: off, on, a severity, or a mapping of `severity`, `enabled` and the options the
    /// rule declares (`RuleOption`).
    private static func readRule(
        _ ruleNode: Node, _ setting: Node, into policy: inout CheckPolicy, _ reader: PolicyNodeReader
    ) throws(PolicyError) {
        let id = try reader.string(ruleNode)
        guard let rule = RuleID(rawValue: id).rule else {
            throw reader.fail(ruleNode, "unknown rule '\(id)' (see `inci check --list-rules`)")
        }
        var current = policy.setting(rule.id)
        if let scalar = setting.scalar {
            switch scalar.string {
            case "off", "false", "no": current.enabled = false
            case "on", "true", "yes": current.enabled = true
            default: current.severity = try reader.severity(setting)
            }
        } else if let options = setting.mapping {
            for (optionNode, optionValue) in options {
                let name = try reader.string(optionNode)
                switch name {
                case "severity": current.severity = try reader.severity(optionValue)
                case "enabled":
                    guard let flag = optionValue.bool else {
                        throw reader.fail(optionValue, "'enabled' is true or false")
                    }
                    current.enabled = flag
                default:
                    guard let option = rule.options.first(where: { $0.name == name }) else {
                        throw reader.fail(optionNode, "unknown setting '\(name)' for rule '\(id)'")
                    }
                    let number = option.isInteger ? optionValue.int.map(Double.init) : optionValue.float
                    guard let number, option.bounds.contains(number) else {
                        throw reader.fail(optionValue, "'\(name)' is \(option.meaning)")
                    }
                    option.apply(&policy, number)
                }
            }
        } else {
            throw reader.fail(setting, "a rule takes off, on, a severity, or a mapping of settings")
        }
        policy.rules[rule.id] = current
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
        text.prefix(offset).reduce(1) {
            ["\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}"].contains($1) ? $0 + 1 : $0
        }
    }

    private static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        case .duplicatedKeysInMapping(let duplicates, _): "duplicate keys: \(duplicates.joined(separator: ", "))"
        default: "\(error)"
        }
    }
}

/// Reads scalars, lists and severities from policy nodes, with errors that name the file and line.
private struct PolicyNodeReader {
    let file: String

    func fail(_ node: Node, _ message: String) -> PolicyError {
        PolicyError(file: file, line: node.mark?.line, message: message)
    }

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
        guard let severity = Severity(rawValue: value) else {
            throw fail(node, "unknown severity '\(value)' (expected note, warning or error)")
        }
        return severity
    }
}
