import Foundation
import INCITestSupport
import Testing

@Suite struct AnalyzeCommandTests {
    @Test func analyzesAnArgumentAsText() throws {
        let result = try CLIRunner.run(["analyze", "Water, Niacinamide 10%, Zinc PCA, Glycerin"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Niacinamide"))
        #expect(result.stdout.contains("4 of 4 ingredients recognized (100%)"))
    }

    @Test func jsonHasTheDocumentedFields() throws {
        let result = try CLIRunner.run([
            "analyze", "--format", "json", "Aqua (Water), Niacinamide 10%, Niacinimide, Mystery Extract",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let items = try #require(json["ingredients"] as? [[String: Any]])
        #expect(items.count == 4)
        for key in ["name", "raw", "position", "percent", "section", "match"] {
            #expect(items.allSatisfy { $0.keys.contains(key) }, "missing \(key)")
        }
        #expect(items.map { $0["name"] as? String } == ["Water", "Niacinamide", "Niacinamide", "Mystery Extract"])
        #expect(items.map { $0["match"] as? String } == ["alias", "exact", "fuzzy", "unknown"])
        #expect(items[1]["percent"] as? Double == 10)
        #expect(items[0]["percent"] is NSNull)
        #expect(items[0]["section"] as? String == "main")
        // A fuzzy match is made only at or above the one fuzzy threshold, so it counts as recognised.
        let typoCounts = (items[2]["confidence"] as? Double ?? 0) >= 0.85
        #expect(json["coverage"] as? Double == (typoCounts ? 0.75 : 0.5))
    }

    /// "Sodium Laurel Sulfate" is a misspelling of one of two ingredients (Lauryl or Laureth): whatever
    /// a matcher might guess for it, it is not recognised, in the text, the coverage and the flags (named
    /// as printed, not by the guess), and the JSON suggests both.
    @Test func aNameReadOnlyByAWeakGuessIsReportedAsUnknown() throws {
        let text = try CLIRunner.run(["analyze", "Water, Glycerin, Sodium Laurel Sulfate, Phenoxyethanol"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(
            text.stdout.contains("3 of 4 ingredients recognized (75%); unknown: Sodium Laurel Sulfate"),
            "\(text.stdout)")
        #expect(text.stdout.contains("unknown because not recognised: Sodium Laurel Sulfate"), "\(text.stdout)")
        let json = try CLIRunner.run([
            "analyze", "--format", "json", "Water, Glycerin, Sodium Laurel Sulfate, Phenoxyethanol",
        ])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["coverage"] as? Double == 0.75)
        let flags = try #require(object["flags"] as? [String: Any])
        #expect(flags["unrecognised"] as? [String] == ["Sodium Laurel Sulfate"])
        #expect(flags["sulfate_free"] is NSNull)
        let items = try #require(object["ingredients"] as? [[String: Any]])
        #expect(items[2]["match"] as? String == "unknown")
        #expect(items[2]["suggestions"] as? [String] == ["Sodium Lauryl Sulfate", "Sodium Laureth Sulfate"])
    }

    @Test func readsAFileAndStandardInput() throws {
        let path = SharedData.fixture("lists/drug-facts-sunscreen.txt").path
        let fromFile = try CLIRunner.run(["analyze", "--file", path, "--format", "json"])
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        #expect(fromFile.stdout.contains("\"section\" : \"active\""))
        let fromStdin = try CLIRunner.run(
            ["analyze", "--format", "json"], stdin: try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(fromStdin.status == 0)
        #expect(fromStdin.stdout == fromFile.stdout)
    }

    /// A path where the list goes is a file, as `inci diff` reads its labels; a path-like word that names no
    /// file is an error naming it, not a one-name list.
    @Test func aPathGivenAsTheListIsReadAsAFile() throws {
        let path = SharedData.fixture("lists/drug-facts-sunscreen.txt").path
        let positional = try CLIRunner.run(["analyze", path, "--format", "json"])
        let flagged = try CLIRunner.run(["analyze", "--file", path, "--format", "json"])
        #expect(positional.status == 0, "\(positional.stderr)")
        #expect(positional.stdout == flagged.stdout)

        let missing = try CLIRunner.run(["analyze", "/nonexistent/label.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot read '/nonexistent/label.txt'"))

        // A slash inside a list with no comma (Japanese and Chinese lists use 、) is a name, not a path.
        let japanese = try CLIRunner.run(["analyze", "全成分：水、(アクリレーツ/アクリル酸アルキル(C10-30))クロスポリマー、BG"])
        #expect(japanese.status == 0, "\(japanese.stderr)")
        #expect(japanese.stdout.contains("Butylene Glycol"))
        let slashName = try CLIRunner.run(["analyze", "Aqua/Water"])
        #expect(slashName.status == 0, "\(slashName.stderr)")

        let oneName = try CLIRunner.run(["analyze", "Niacinamide", "--format", "json"])
        #expect(oneName.status == 0)
        #expect(oneName.stdout.contains("\"name\" : \"Niacinamide\""))
    }

    @Test func outputIsByteIdenticalAcrossRuns() throws {
        let input = try SharedData.fixtureText("lists/organic-footnotes.txt")
        let first = try CLIRunner.run(["analyze", "--format", "json", input])
        let second = try CLIRunner.run(["analyze", "--format", "json", input])
        #expect(first.stdout == second.stdout)
        #expect(!first.stdout.isEmpty)
    }

    @Test func badInputsGiveClearErrorsAndExitCodes() throws {
        let prose = try CLIRunner.run(["analyze", "Visit the Bobbi Brown boutique"])
        #expect(prose.status == 1)
        #expect(
            prose.stderr == "inci: error: <argument>: no ingredient list found in \"Visit the Bobbi Brown boutique\"\n")

        let missing = try CLIRunner.run(["analyze", "--file", "/nonexistent/label.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot read '/nonexistent/label.txt'"))

        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appending(path: "empty.txt")
        try Data().write(to: empty)
        let emptyResult = try CLIRunner.run(["analyze", "--file", empty.path])
        #expect(emptyResult.status == 1)
        #expect(emptyResult.stderr == "inci: error: \(empty.path): the input is empty\n")

        let binary = folder.appending(path: "image.png")
        try Data(
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
                + (0..<2000).map { UInt8($0 % 251) }
        ).write(to: binary)
        let binaryResult = try CLIRunner.run(["analyze", "--file", binary.path])
        #expect(binaryResult.status == 1)
        #expect(binaryResult.stderr.contains("is not text"))

        let both = try CLIRunner.run(["analyze", "Water", "--file", "x"])
        #expect(both.status == 64)
    }

    @Test func decodesUTF16WithBOM() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "utf16.txt")
        var data = Data([0xFF, 0xFE])
        data.append("Water, Glycerin, 나이아신아마이드".data(using: .utf16LittleEndian)!)
        try data.write(to: file)
        let result = try CLIRunner.run(["analyze", "--file", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("3 of 3 ingredients recognized"))
    }

    /// The embedded dictionary travels inside the binary: a copy alone in a PATH folder, run from an
    /// unrelated directory, still recognizes ingredients.
    @Test func installedBinaryWorksAlone() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bin = folder.appending(path: "bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let installed = bin.appending(path: "inci")
        try FileManager.default.copyItem(at: CLIRunner.inci, to: installed)
        let result = try CLIRunner.run(
            ["analyze", "정제수, Niacinamide, Salicylic Acid 2%"], executable: installed,
            environment: ["PATH": bin.path, "HOME": folder.path], currentDirectory: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("3 of 3 ingredients recognized"))
        let lint = try CLIRunner.run(
            ["dict", "lint"], executable: installed, environment: ["PATH": bin.path], currentDirectory: folder)
        #expect(lint.status == 0, "\(lint.stdout)")
    }
}
