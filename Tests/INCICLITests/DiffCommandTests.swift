import Foundation
import INCITestSupport
import Testing

/// `inci diff OLD NEW`: texts, files and pages; text, JSON and Markdown; `--fail-if-worse`.
@Suite struct DiffCommandTests {
    static let old = "Water, Glycerin, Niacinamide 5%, Panthenol, Phenoxyethanol"
    static let new = "Water, Glycerin, Niacinamide 2%, Panthenol, Parfum, Phenoxyethanol, Linalool"
    static let mask = SharedData.fixture("reformulations/sephora-collection-sleeping-mask-2018.txt").path
    static let maskNew = SharedData.fixture("reformulations/sephora-collection-sleeping-mask-2020.txt").path

    @Test func textReportsEverySection() throws {
        let result = try CLIRunner.run(["diff", Self.old, Self.new])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("<old> → <new>: 5 → 7 ingredients\n"))
        for heading in [
            "Summary: 2 added (Parfum, Linalool)", "Added (2)", "Printed percentages", "Families", "Flags", "Scores",
        ] {
            #expect(result.stdout.contains(heading), "missing \(heading)")
        }
        #expect(result.stdout.contains("Niacinamide  5% → 2%"))
        #expect(result.stdout.contains("fragrance-free: yes → no"))
        #expect(result.stdout.contains("+ fragrance (risk): Parfum #5"))
    }

    @Test func jsonHasTheDocumentedFields() throws {
        let result = try CLIRunner.run(["diff", "--format", "json", Self.old, Self.new])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in [
            "old", "new", "unchanged", "summary", "added", "removed", "moved", "percent_changes", "families", "flags",
            "lists", "scores",
        ] {
            #expect(json.keys.contains(key), "missing \(key)")
        }
        #expect(json["unchanged"] as? Bool == false)
        let added = try #require(json["added"] as? [[String: Any]])
        #expect(added.map { $0["name"] as? String } == ["Parfum", "Linalool"])
        #expect(added.first?["old"] is NSNull)
        let side = try #require(added.first?["new"] as? [String: Any])
        for key in [
            "name", "position", "printed", "percent", "share", "low", "high", "basis", "below_one_percent_line",
        ] {
            #expect(side.keys.contains(key), "missing new.\(key)")
        }
        let percent = try #require((json["percent_changes"] as? [[String: Any]])?.first)
        #expect((percent["old"] as? [String: Any])?["percent"] as? Double == 5)
        #expect((percent["new"] as? [String: Any])?["percent"] as? Double == 2)
        let flags = try #require(json["flags"] as? [[String: Any]])
        #expect(
            flags.contains {
                $0["flag"] as? String == "fragrance-free" && $0["old"] as? Bool == true && $0["new"] as? Bool == false
            })
        let families = try #require(json["families"] as? [[String: Any]])
        let fragrance = try #require(families.first { $0["family"] as? String == "fragrance" })
        for key in ["label", "kind", "change", "old_lead", "new_lead", "one_percent_line"] {
            #expect(fragrance.keys.contains(key), "missing families[].\(key)")
        }
        let scores = try #require(json["scores"] as? [String: [String: Any]])
        #expect(scores.count == 7)
        let sensitive = try #require(scores["sensitive"])
        for key in ["old", "new", "delta", "old_verdict", "new_verdict", "reasons"] {
            #expect(sensitive.keys.contains(key), "missing scores.sensitive.\(key)")
        }
        let reason = try #require((sensitive["reasons"] as? [[String: Any]])?.first)
        for key in ["rule", "ingredient", "old_points", "new_points", "delta", "source", "detail"] {
            #expect(reason.keys.contains(key), "missing reason.\(key)")
        }
    }

    @Test func markdownIsTables() throws {
        let result = try CLIRunner.run(["diff", "--format", "markdown", "--skin", "sensitive", Self.mask, Self.maskNew])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("**Added**\n\n| # | ingredient | estimate |\n|---|---|---|\n"))
        #expect(result.stdout.contains("| silicone-free | yes → no |"))
        #expect(result.stdout.contains("| sensitive |"))
        #expect(!result.stdout.contains("| oily |"))
    }

    /// The same list printed otherwise is no change; the report says so.
    @Test func aReprintIsNoChange() throws {
        let result = try CLIRunner.run([
            "diff", "--format", "json", "Water, Niacinamide", "AQUA/WATER/EAU, NIACINAMIDE",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["unchanged"] as? Bool == true)
        #expect(json["summary"] as? String == "no change")
    }

    @Test func failIfWorseExitsOneOnlyBeyondTheTolerance() throws {
        let plain = try CLIRunner.run(["diff", Self.old, Self.new])
        #expect(plain.status == 0)
        let worse = try CLIRunner.run(["diff", Self.old, Self.new, "--fail-if-worse", "sensitive"])
        #expect(worse.status == 1)
        #expect(worse.stderr.contains("sensitive: the score dropped from"))
        // The reverse change improves sensitive skin's score.
        let better = try CLIRunner.run(["diff", Self.new, Self.old, "--fail-if-worse", "sensitive"])
        #expect(better.status == 0, "\(better.stderr)")
        let json = try CLIRunner.run(["diff", "--format", "json", Self.old, Self.new])
        let scores = try #require(
            (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["scores"]
                as? [String: [String: Any]])
        let drop = -(try #require(scores["sensitive"]?["delta"] as? Int))
        #expect(drop > 0)
        let tolerated = try CLIRunner.run([
            "diff", Self.old, Self.new, "--fail-if-worse", "sensitive", "--tolerance", String(drop),
        ])
        #expect(tolerated.status == 0, "\(tolerated.stderr)")
        let justOver = try CLIRunner.run([
            "diff", Self.old, Self.new, "--fail-if-worse", "sensitive", "--tolerance", String(Double(drop) - 0.5),
        ])
        #expect(justOver.status == 1)
    }

    @Test func filesPagesAndStandardInput() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let kit = SharedData.fixture("html/kit-page.html").path
        // The kit's second product against its first, as two pages.
        let pages = try CLIRunner.run(["diff", "--old-file", kit, "--new-file", kit, "--product", "2"])
        #expect(pages.status == 0, "\(pages.stderr)")
        #expect(pages.stdout.contains("Summary: no change"))
        let file = folder.appending(path: "old.txt")
        try Self.old.write(to: file, atomically: true, encoding: .utf8)
        let fromStdin = try CLIRunner.run(["diff", file.path, "-"], stdin: Data(Self.new.utf8))
        #expect(fromStdin.status == 0, "\(fromStdin.stderr)")
        #expect(fromStdin.stdout.hasPrefix("\(file.path) → <stdin>"))
        let noSuchProduct = try CLIRunner.run(["diff", kit, kit, "--product", "3"])
        #expect(noSuchProduct.status == 1)
        #expect(noSuchProduct.stderr.contains("the page has 2 ingredient lists; there is no product 3"))
    }

    @Test func badInputsAreErrorsNamingThem() throws {
        let missing = try CLIRunner.run(["diff", "/nonexistent/old.txt", Self.new])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/old.txt"))
        let prose = try CLIRunner.run(["diff", Self.old, "This is a lovely cream that makes your skin glow every day."])
        #expect(prose.status == 1)
        #expect(prose.stderr.contains("<new>"))
        #expect(try CLIRunner.run(["diff", Self.old]).status == 64)
        #expect(try CLIRunner.run(["diff", "-", "-"]).status == 64)
        #expect(try CLIRunner.run(["diff", Self.old, Self.new, "--tolerance", "-1"]).status == 64)
    }
}
