import Foundation
import INCICore
import Yams

/// A policy written back as `.inci.yml`: what `inci init` writes (the defaults, every setting shown and
/// explained) and what `inci check --print-policy` shows (the policy in effect). The loader reads what
/// this writes back to the same policy, so the file `init` writes is a starting point, not an example.
public struct PolicyDocument: Sendable {
    public let policy: CheckPolicy
    /// A comment before every setting saying what it does and which values it takes.
    public let explained: Bool

    public init(_ policy: CheckPolicy, explained: Bool) {
        self.policy = policy
        self.explained = explained
    }

    public func render() -> String {
        var out = ""
        func comment(_ text: String) { if explained { out += text.isEmpty ? "#\n" : "# \(text)\n" } }
        comment("The lowest severity that fails `inci check` (exit 1): note, warning or error.")
        out += "fail-on: \(policy.failOn.rawValue)\n"
        renderColumns(into: &out)
        comment("")
        comment("Each rule: off, on, a severity (note, warning, error), or { severity: …, enabled: …, and its")
        comment("settings }. `inci rules` describes them.")
        out += "rules:\n"
        for rule in CheckRules.all {
            if explained { out += "  # \(rule.summary)\n" }
            out += "  \(rule.id.rawValue): \(ruleValue(rule))\n"
        }
        comment("")
        comment("Families no product may contain (`inci dict families` lists the ids), e.g. [paraben].")
        out += "forbidden-families: [\(policy.forbiddenFamilies.joined(separator: ", "))]\n"
        comment("")
        comment("The CosIng Annex II CSV export (relative to this file); `eu-prohibited` runs only with it.")
        if let annexII = policy.annexII {
            out += "eu-annex-ii: \(Self.quoted(annexII))\n"
        } else if explained {
            out += "# eu-annex-ii: cosing/annex_II.csv\n"
        }
        return out
    }

    private func renderColumns(into out: inout String) {
        let columns = policy.columns
        let roles: [(String, String?)] = [
            ("ingredients", columns.ingredients), ("name", columns.name), ("brand", columns.brand),
            ("category", columns.category),
            (
                "claims",
                columns.claims.isEmpty
                    ? nil : "[\(columns.claims.map { Self.quoted($0, inFlow: true) }.joined(separator: ", "))]"
            ),
            ("skin-types", columns.skinTypes), ("id", columns.id),
        ]
        if explained {
            out += "\n# Which catalog column holds what; a role left out is found by its usual names (INCI,\n"
            out += "# Ingredients, Name, Brand, Claims, Skin Type, …).\n"
        }
        let set = roles.filter { $0.1 != nil }
        if set.isEmpty {
            if explained { out += "# columns:\n#   ingredients: INCI\n#   claims: [Claims, Description]\n" }
            return
        }
        out += "columns:\n"
        for (role, value) in set {
            out += "  \(role): \(role == "claims" ? value! : Self.quoted(value!))\n"
        }
    }

    private func ruleValue(_ rule: any CheckRule) -> String {
        let setting = policy.setting(rule.id)
        var parts = ["severity: \(setting.severity.rawValue)"]
        if !setting.enabled { parts.append("enabled: false") }
        parts += rule.options.map { "\($0.name): \($0.printed(in: policy))" }
        if parts.count == 1 { return setting.severity.rawValue }
        return "{ \(parts.joined(separator: ", ")) }"
    }

    /// A YAML scalar as Yams writes it: quoted exactly when plain style would read as something else (a
    /// number, a boolean, null, a comment, a mapping). `inFlow`: an item of a `[…]` list, where a plain
    /// comma or bracket would end it.
    package static func quoted(_ text: String, inFlow: Bool = false) -> String {
        guard var dumped = try? Yams.dump(object: text, width: -1, allowUnicode: true) else {
            return doubleQuoted(text)
        }
        // A plain scalar document ends with the document-end marker; the value needs neither it nor the break.
        if dumped.hasSuffix("\n...\n") { dumped.removeLast(4) }
        while dumped.hasSuffix("\n") { dumped.removeLast() }
        let plain = !dumped.hasPrefix("'") && !dumped.hasPrefix("\"")
        if dumped.contains("\n") || (inFlow && plain && text.contains(where: ",[]{}".contains)) {
            return doubleQuoted(text)
        }
        return dumped
    }

    /// A double-quoted YAML scalar: backslash, quote and control characters escaped.
    package static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
