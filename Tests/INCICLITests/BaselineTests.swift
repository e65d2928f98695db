import Foundation
import INCICheck
import INCITestSupport
import Testing

/// Baselines name a finding by rule, file relative to the baseline's folder, product and ingredient:
/// the same file spelled three ways, a run from another folder and a re-tuned weight all leave known
/// findings known.
@Suite struct BaselineTests {
    static let catalog = SharedData.fixture("catalogs/rules.csv")

    func check(_ arguments: [String], in directory: URL) throws -> CLIRunner.Result {
        try CLIRunner.run(["check", "--no-overlay", "--format", "json"] + arguments, currentDirectory: directory)
    }

    func findingCount(_ result: CLIRunner.Result) throws -> Int {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(json["findings"] as? [Any]).count
    }

    @Test func pathSpellingsAndWorkingDirectoryAgree() throws {
        let root = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appending(path: "data")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.catalog, to: folder.appending(path: "cat.csv"))
        let written = try check(["cat.csv", "--write-baseline", "baseline.json"], in: folder)
        #expect(written.status == 1)
        #expect(try findingCount(written) > 5)
        let text = try String(contentsOf: folder.appending(path: "baseline.json"), encoding: .utf8)
        #expect(text.contains("\"version\" : 2"), "\(text)")
        #expect(text.contains("\"file\" : \"cat.csv\""), "\(text)")
        #expect(!text.contains("no ingredient list"), "no message text in a baseline")

        let spellings: [(arguments: [String], directory: URL)] = [
            (["./cat.csv", "--baseline", "baseline.json"], folder),
            ([folder.appending(path: "cat.csv").path, "--baseline", "./baseline.json"], folder),
            (["data/cat.csv", "--baseline", "data/baseline.json"], root),
            (["../data/./cat.csv", "--baseline", folder.appending(path: "baseline.json").path], folder),
        ]
        for spelling in spellings {
            let result = try check(spelling.arguments, in: spelling.directory)
            #expect(result.status == 0, "\(spelling.arguments): \(result.stdout)")
            #expect(try findingCount(result) == 0, "\(spelling.arguments)")
        }
    }

    /// Scores are in `minimum-score` messages; re-tuning the base score changes every message but no
    /// finding's identity.
    @Test func weightChangesKeepKnownFindings() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dictionary = folder.appending(path: "Dictionaries")
        try FileManager.default.copyItem(at: SharedData.packageRoot.appending(path: "Dictionaries"), to: dictionary)
        try FileManager.default.copyItem(at: Self.catalog, to: folder.appending(path: "cat.csv"))
        try "rules:\n  minimum-score: { minimum: 90, severity: warning }\n".write(
            to: folder.appending(path: ".inci.yml"), atomically: true, encoding: .utf8)
        let before = try check(
            ["cat.csv", "--dictionary", "Dictionaries", "--write-baseline", "baseline.json"], in: folder)
        #expect(before.stdout.contains("minimum-score"), "the policy must produce score findings: \(before.stdout)")

        let weights = dictionary.appending(path: "scoring/weights.txt")
        let original = try String(contentsOf: weights, encoding: .utf8)
        let tuned = original.replacingOccurrences(of: "\n  base: 60\n", with: "\n  base: 57\n")
        try #require(tuned != original, "weights.txt no longer has `base: 60`; pick another weight")
        try tuned.write(to: weights, atomically: true, encoding: .utf8)
        let plain = try check(["cat.csv", "--dictionary", "Dictionaries"], in: folder)
        let messages = { (result: CLIRunner.Result) in
            result.stdout.split(separator: "\n").filter { $0.contains("scores ") }
        }
        #expect(messages(plain) != messages(before), "the weight change must change the score messages")

        let after = try check(["cat.csv", "--dictionary", "Dictionaries", "--baseline", "baseline.json"], in: folder)
        #expect(try findingCount(after) == 0, "\(after.stdout)")
    }

    /// A version 1 baseline (path as typed, message included) is still read.
    @Test func versionOneBaselinesAreMigrated() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Self.catalog, to: folder.appending(path: "cat.csv"))
        let current = try check(["./cat.csv"], in: folder)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(current.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        let fingerprints = findings.map { finding in
            (["rule", "file", "product", "ingredient"].map { finding[$0] as? String ?? "" } + [
                "old wording: \(finding["message"] ?? "")"
            ])
            .joined(separator: "\u{1F}")
        }
        let old = try JSONSerialization.data(withJSONObject: ["version": 1, "findings": fingerprints])
        try old.write(to: folder.appending(path: "old.json"))
        let result = try check(["cat.csv", "--baseline", "old.json"], in: folder)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(try findingCount(result) == 0)

        try Data(#"{"version": 9, "findings": []}"#.utf8).write(to: folder.appending(path: "future.json"))
        let future = try check(["cat.csv", "--baseline", "future.json"], in: folder)
        #expect(future.status == 2)
        #expect(future.stderr.contains("version 9"), "\(future.stderr)")
    }

    @Test func catalogPathsAreNormalised() {
        #expect(CatalogPath.absolute("./a/../b/c.csv", from: "/x/y") == "/x/y/b/c.csv")
        #expect(CatalogPath.relative("/x/y/b/c.csv", to: "/x/y") == "b/c.csv")
        #expect(CatalogPath.relative("c.csv", to: "/x/z", from: "/x/y") == "../y/c.csv")
        #expect(CatalogPath.relative("/x/y", to: "/x/y/") == ".")
    }

    /// SARIF locations are relative to `%SRCROOT%`, declared in `originalUriBaseIds`, whatever the spelling.
    @Test func sarifURIsAreRelativeToTheRoot() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Self.catalog, to: folder.appending(path: "cat list.csv"))
        func locations(_ path: String) throws -> (uris: Set<String>, base: String?) {
            let result = try CLIRunner.run(
                ["check", "--no-overlay", "--format", "sarif", path], currentDirectory: folder)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let run = try #require((json["runs"] as? [[String: Any]])?.first)
            let results = try #require(run["results"] as? [[String: Any]])
            let artifacts = results.compactMap {
                (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?[
                    "artifactLocation"] as? [String: Any]
            }
            #expect(artifacts.allSatisfy { $0["uriBaseId"] as? String == "%SRCROOT%" })
            let base =
                ((run["originalUriBaseIds"] as? [String: Any])?["%SRCROOT%"] as? [String: Any])?["uri"] as? String
            return (Set(artifacts.compactMap { $0["uri"] as? String }), base)
        }
        let plain = try locations("cat list.csv")
        #expect(plain.uris == ["cat%20list.csv"])
        #expect(plain.base?.hasPrefix("file:///") == true)
        #expect(plain.base?.hasSuffix("/") == true)
        #expect(try locations("./cat list.csv").uris == plain.uris)
        #expect(try locations(folder.appending(path: "cat list.csv").path).uris == plain.uris)
    }
}
