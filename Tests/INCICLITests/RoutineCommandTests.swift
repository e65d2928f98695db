import Foundation
import INCITestSupport
import Testing

/// `inci routine`: a routine file of real products (Fixtures/routines), `--am`/`--pm`, the formats and
/// the exit codes.
@Suite struct RoutineCommandTests {
    static let routine = SharedData.fixture("routines/sephora-2020-routine.yml").path

    @Test func aRoutineOfRealProducts() throws {
        let result = try CLIRunner.run(["routine", Self.routine, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in ["steps", "findings", "scores", "errors", "warnings"] {
            #expect(json.keys.contains(key), "missing \(key)")
        }
        let steps = try #require(json["steps"] as? [[String: Any]])
        #expect(steps.count == 7)
        #expect(steps.map { $0["session"] as? String } == ["am", "am", "am", "pm", "pm", "pm", "pm"])
        #expect(steps.map { $0["routine"] as? String } == steps.map { $0["session"] as? String })
        let toner = try #require(steps.first { ($0["name"] as? String)?.contains("Glycolic") == true })
        #expect(toner["every"] as? String == "2-3 days")
        #expect(toner["times_per_week"] as? Double == 2.8)
        let findings = try #require(json["findings"] as? [[String: Any]])
        let rules = findings.compactMap { $0["rule"] as? String }
        // The evening: balm then foaming cleanser (a double cleanse), then a glycolic toner and a retinol serum.
        #expect(rules.contains("double-cleanse"))
        #expect(rules.contains("retinoid-with-exfoliant"))
        #expect(rules.contains("pregnancy-caution"))
        // The morning ends with a sunscreen.
        #expect(!rules.contains("no-morning-sunscreen"))
        let finding = try #require(findings.first { $0["rule"] as? String == "retinoid-with-exfoliant" })
        for key in ["severity", "session", "products", "ingredients", "message", "sources", "skin_types"] {
            #expect(finding.keys.contains(key), "missing findings[].\(key)")
        }
        #expect(finding["session"] as? String == "pm")
        #expect(finding["routine"] as? String == "pm")
        let scores = try #require(json["scores"] as? [String: [String: Any]])
        #expect(scores.count == 7)
        let reason = try #require((scores["sensitive"]?["reasons"] as? [[String: Any]])?.first)
        for key in ["points", "kind", "name", "detail"] { #expect(reason.keys.contains(key), "missing reason.\(key)") }
    }

    @Test func stepsOnTheCommandLine() throws {
        let acid = "Water, Butylene Glycol, Salicylic Acid 2%, Niacinamide, Phenoxyethanol"
        let cleanser = "Water, Sodium Cocoyl Glycinate, Cocamidopropyl Betaine, Glycerin, Phenoxyethanol"
        let result = try CLIRunner.run(["routine", "--am", cleanser, "--pm", acid])
        #expect(result.status == 1, "an acid and no morning sunscreen is an error")
        #expect(result.stdout.contains("error [no-morning-sunscreen]"))
        #expect(result.stdout.contains("fda-aha-2005"))
        let sunscreen = "Zinc Oxide 20%, Water, Caprylic/Capric Triglyceride, Glycerin, Phenoxyethanol"
        let fine = try CLIRunner.run(["routine", "--am", cleanser, "--am", sunscreen, "--pm", acid, "--skin", "oily"])
        #expect(fine.status == 0, "\(fine.stdout)")
        #expect(fine.stdout.contains("\nScores\n  oily"))
        #expect(!fine.stdout.contains("  dry "))
    }

    @Test func markdown() throws {
        let result = try CLIRunner.run(["routine", Self.routine, "--format", "markdown"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("| session | # | step | every | contact |"))
        #expect(result.stdout.contains("`double-cleanse`"))
        #expect(result.stdout.contains("| skin type | score | verdict | reasons |"))
    }

    @Test func badRoutinesAreErrorsWithTheirLine() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        func routine(_ text: String) throws -> CLIRunner.Result {
            let file = folder.appending(path: "routine.yml")
            try text.write(to: file, atomically: true, encoding: .utf8)
            return try CLIRunner.run(["routine", file.path])
        }
        let unknownKey = try routine("am:\n  - list: \"Water, Glycerin\"\nnoon:\n  - list: \"Water\"\n")
        #expect(unknownKey.status == 2)
        #expect(unknownKey.stderr.contains("routine.yml:3: unknown key 'noon'"))
        let badFrequency = try routine("pm:\n  - list: \"Water, Glycerin\"\n    every: sometimes\n")
        #expect(badFrequency.status == 2)
        #expect(badFrequency.stderr.contains("routine.yml:3: 'sometimes' is not a frequency"))
        let missingFile = try routine("am:\n  - file: nowhere.txt\n")
        #expect(missingFile.status == 2)
        #expect(missingFile.stderr.contains("nowhere.txt"))
        let aliases = try routine("am: &a\n  - list: \"Water\"\npm: *a\n")
        #expect(aliases.status == 2)
        #expect(try CLIRunner.run(["routine"]).status == 64)
        #expect(try CLIRunner.run(["routine", folder.appending(path: "absent.yml").path]).status == 2)
    }
}
