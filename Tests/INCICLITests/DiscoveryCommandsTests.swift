import Foundation
import INCICheck
import INCICore
import INCIDictionaryData
import INCITestSupport
import Testing

/// Set-up and discovery: `inci init` writes a policy that `inci check` reads back unchanged, `--print-policy`
/// shows the policy in effect and where it came from, `inci rules` and `inci dict families` list the ids
/// a policy takes, mistyped ids get a "did you mean", and `-o` works on every command that writes a report.
@Suite struct DiscoveryCommandsTests {
    @Test func initWritesAPolicyThatReadsBackAsTheDefaults() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try CLIRunner.run(["init"], currentDirectory: folder)
        #expect(written.status == 0, "\(written.stderr)")
        let file = folder.appending(path: ".inci.yml")
        let text = try String(contentsOf: file, encoding: .utf8)
        // Every rule is in it, explained.
        for rule in CheckRules.all { #expect(text.contains("\n  \(rule.id.rawValue): "), "\(rule.id)") }
        #expect(text.contains("# Claimed fragrance-free"))
        let policy = try PolicyLoader.parse(
            text, file: file.path, knownFamilies: Set(EmbeddedDictionary.shared.families.keys))
        let defaults = CheckPolicy()
        #expect(policy.rules == defaults.rules)
        #expect(policy.failOn == defaults.failOn)
        #expect(policy.unknownThreshold == defaults.unknownThreshold)
        #expect(policy.minimumScore == defaults.minimumScore)
        #expect(policy.forbiddenFamilies.isEmpty && policy.annexII == nil)
        // A second `init` keeps the file unless --force.
        try "fail-on: note\n".write(to: file, atomically: true, encoding: .utf8)
        let again = try CLIRunner.run(["init"], currentDirectory: folder)
        #expect(again.status == 1 && again.stderr.contains("--force"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "fail-on: note\n")
        #expect(try CLIRunner.run(["init", "--force"], currentDirectory: folder).status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
    }

    @Test func printPolicyShowsThePolicyInEffectAndWhereItCameFrom() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let policyText = """
            fail-on: warning
            columns: { ingredients: "INCI: full list", claims: [Claims, Description] }
            rules:
              probable-typo: off
              unknown-ingredients: { severity: error, threshold: 0.1 }
            forbidden-families: [paraben]

            """
        try policyText.write(to: folder.appending(path: ".inci.yml"), atomically: true, encoding: .utf8)
        let shown = try CLIRunner.run(["check", "--print-policy"], currentDirectory: folder)
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.hasPrefix("# The policy in effect, from "))
        #expect(shown.stdout.contains(".inci.yml.\n"))
        #expect(shown.stdout.contains("probable-typo: { severity: warning, enabled: false }"))
        #expect(shown.stdout.contains("unknown-ingredients: { severity: error, threshold: 0.1 }"))
        #expect(shown.stdout.contains("ingredients: 'INCI: full list'"))
        // What it prints is a policy: read back, it is the same policy.
        let families = Set(EmbeddedDictionary.shared.families.keys)
        let original = try PolicyLoader.parse(policyText, file: "a.yml", knownFamilies: families)
        let reread = try PolicyLoader.parse(shown.stdout, file: "b.yml", knownFamilies: families)
        #expect(reread.rules == original.rules)
        #expect(reread.columns == original.columns)
        #expect(reread.failOn == original.failOn && reread.unknownThreshold == original.unknownThreshold)
        #expect(reread.forbiddenFamilies == original.forbiddenFamilies)
        // Command-line options are applied on top, and say so.
        let overridden = try CLIRunner.run(["check", "--print-policy", "--fail-on", "error"], currentDirectory: folder)
        #expect(overridden.stdout.contains("and command-line options"))
        #expect(overridden.stdout.contains("\nfail-on: error\n"))
    }

    @Test func rulesAndFamiliesListTheIdsAPolicyTakes() throws {
        let rules = try CLIRunner.run(["rules"])
        #expect(rules.status == 0)
        for rule in CheckRules.all { #expect(rules.stdout.contains("\(rule.id.rawValue)\t")) }
        #expect(rules.stdout.contains("threshold: a share between 0 and 1 (default 0.25)"))
        let json = try CLIRunner.run(["rules", "--format", "json"])
        let parsed = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(parsed.count == CheckRules.all.count)
        #expect(parsed.first?["default_severity"] as? String == CheckRules.all.first?.defaultSeverity.rawValue)

        let families = try CLIRunner.run(["dict", "families", "--no-overlay", "--format", "json"])
        #expect(families.status == 0, "\(families.stderr)")
        let list = try #require(
            try JSONSerialization.jsonObject(with: Data(families.stdout.utf8)) as? [[String: Any]])
        #expect(Set(list.compactMap { $0["id"] as? String }) == Set(EmbeddedDictionary.shared.families.keys))
        let paraben = try #require(list.first { $0["id"] as? String == "paraben" })
        #expect((paraben["ingredients"] as? Int ?? 0) > 3)
    }

    @Test func mistypedIdsGetADidYouMean() throws {
        let families: Set<String> = ["paraben", "fragrance"]
        func message(_ policy: String) -> String {
            do {
                _ = try PolicyLoader.parse(policy, file: "p.yml", knownFamilies: families)
                return ""
            } catch { return error.description }
        }
        #expect(message("rules:\n  probable-typos: off\n").contains("did you mean 'probable-typo'?"))
        #expect(message("forbidden-families: [parabens]\n").contains("did you mean 'paraben'?"))
        #expect(message("fail_on: error\n").contains("did you mean 'fail-on'?"))
        #expect(message("rules:\n  minimum-score: { minimun: 50 }\n").contains("did you mean 'minimum'?"))
        #expect(message("columns: { ingredient: INCI }\n").contains("did you mean 'ingredients'?"))
        // Nothing close: no wild guess.
        #expect(!message("rules:\n  glitter: off\n").contains("did you mean"))
        #expect(ClosestName.suggestion(for: "xyz", among: ["paraben", "fragrance"]) == nil)

        let explained = try CLIRunner.run(["explain", "--no-overlay", "salicylic"])
        #expect(explained.status == 1)
        #expect(explained.stdout.contains("did you mean: Salicylic Acid"))
        let json = try CLIRunner.run(["explain", "--no-overlay", "hyaluronc", "--format", "json"])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["match"] as? String == "unknown")
        #expect((object["suggestions"] as? [String])?.first == "Hyaluronic Acid")
    }

    @Test func everyReportCommandWritesToDashOFile() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let commands: [[String]] = [
            ["analyze", "--no-overlay", "Water, Glycerin, Niacinamide"],
            ["analyze", "--no-overlay", "Water, Glycerin", "--format", "json"],
            ["explain", "--no-overlay", "Niacinamide"],
            ["rules"],
            ["dict", "families", "--no-overlay"],
            ["check", "--print-policy"],
        ]
        for (index, command) in commands.enumerated() {
            let toStandardOutput = try CLIRunner.run(command, currentDirectory: folder)
            let file = folder.appending(path: "report-\(index).txt")
            let toFile = try CLIRunner.run(command + ["-o", file.path], currentDirectory: folder)
            #expect(toFile.status == toStandardOutput.status, "\(command)")
            #expect(toFile.stdout.isEmpty, "\(command)")
            #expect(try String(contentsOf: file, encoding: .utf8) == toStandardOutput.stdout, "\(command)")
        }
        let unwritable = try CLIRunner.run(["analyze", "Water", "-o", "/nonexistent-inci-folder/report.txt"])
        #expect(unwritable.status == 2)
        #expect(unwritable.stderr.contains("cannot write '/nonexistent-inci-folder/report.txt'"))
        // -o writes into what the path names, never renames a new file over it: a link stays a link (as
        // /dev/null must stay a device when inci runs as root).
        let target = folder.appending(path: "target.txt")
        let link = folder.appending(path: "link.txt")
        try "old".write(to: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        for command in [["analyze", "--no-overlay", "Water"], ["analyze", "--no-overlay", "--batch", "--lines", "-"]] {
            let written = try CLIRunner.run(command + ["-o", link.path], stdin: Data("Water, Glycerin\n".utf8))
            #expect(written.status == 0, "\(written.stderr)")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
            #expect(try String(contentsOf: target, encoding: .utf8).contains("Water"))
        }
    }
}
