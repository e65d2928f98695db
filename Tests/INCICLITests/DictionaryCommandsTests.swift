import Foundation
import INCITestSupport
import Testing

@Suite struct DictionaryCommandsTests {
    @Test func explainShowsRatingsSourcesAndDisagreements() throws {
        let result = try CLIRunner.run(["explain", "dimethicone", "--no-overlay"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Dimethicone\n  matched: exact name"))
        #expect(result.stdout.contains("sources disagree on comedogenicity"))
        #expect(result.stdout.contains("(used by the scorer)"))
    }

    @Test func explainWorksWithTyposAndKorean() throws {
        let typo = try CLIRunner.run(["explain", "Niacinimide", "--format", "json", "--no-overlay"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(typo.stdout.utf8)) as? [String: Any])
        #expect(json["name"] as? String == "Niacinamide")
        #expect(json["match"] as? String == "fuzzy")
        let korean = try CLIRunner.run(["explain", "병풀추출물", "--no-overlay"])
        #expect(korean.stdout.contains("Centella Asiatica"))
        let unknown = try CLIRunner.run(["explain", "Unobtainium Extract", "--no-overlay"])
        #expect(unknown.status == 1)
        #expect(unknown.stdout.contains("not in the dictionary"))
    }

    @Test func importCosingWritesAnOverlayTheMatcherUses() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let overlay = folder.appending(path: "overlay.txt").path
        let imported = try CLIRunner.run([
            "dict", "import-cosing", SharedData.fixture("cosing/inventory-sample.csv").path, "--output", overlay,
        ])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("6 CosIng names from 6 rows; 2 are new to the dictionary"))
        let label =
            "Water, Disodium Tetramethylhexadecenylcysteine Formylprolinate, Zanthoxylum Bungeanum Pericarp Extract"
        let without = try CLIRunner.run(["analyze", "--no-overlay", "--format", "json", label])
        let with = try CLIRunner.run(["analyze", "--overlay", overlay, "--format", "json", label])
        func coverage(_ output: String) throws -> Double {
            try #require(
                (try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])?["coverage"] as? Double)
        }
        #expect(try coverage(with.stdout) == 1)
        #expect(try coverage(without.stdout) < 1)
        // The project's own entries win: Niacinamide keeps its families.
        let niacinamide = try CLIRunner.run(["explain", "niacinamide", "--overlay", overlay])
        #expect(niacinamide.stdout.contains("family: niacinamide"))
        // The default location is used when present.
        let home = folder.appending(path: "home")
        let defaultImport = try CLIRunner.run(
            ["dict", "import-cosing", SharedData.fixture("cosing/inventory-sample.csv").path],
            environment: ["HOME": home.path])
        #expect(
            FileManager.default.fileExists(atPath: home.appending(path: ".local/share/inci/cosing-overlay.txt").path),
            "\(defaultImport.stderr)")
        let picked = try CLIRunner.run(["analyze", "--format", "json", label], environment: ["HOME": home.path])
        #expect(try coverage(picked.stdout) == 1)
    }

    @Test func coverageCountsUnknownNamesByFrequency() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appending(path: "catalog.csv")
        try
            "name,INCI\nA,\"Water, Glycerin, Zorblium\"\nB,\"Water, Zorblium, Niacinamide\"\nC,\"['Water', 'Zorblium']\"\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["dict", "coverage", csv.path, "--no-overlay"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("62.50% of 8 ingredient occurrences recognized in 3 lists"))
        #expect(result.stdout.contains("  3\tZorblium"))
    }

    @Test func lintPassesOnTheEmbeddedDictionary() throws {
        let result = try CLIRunner.run(["dict", "lint", "--no-overlay"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("0 errors"))
    }
}
