import Foundation
import INCITestSupport
import Testing

/// `-` is standard input for `inci check`, `inci scan` and `inci analyze` (which also reads it when given no list),
/// with `--input-format` saying what it holds; reports name it `-`.
@Suite struct StandardInputTests {
    static let catalog = SharedData.fixture("catalogs/rules.csv")

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func checkReadsEachCatalogFormatFromStandardInput() throws {
        let fromFile = try CLIRunner.run(["check", "--no-overlay", Self.catalog.path, "--format", "json"])
        let csv = try Data(contentsOf: Self.catalog)
        for dash in ["-", "/dev/stdin"] {
            let piped = try CLIRunner.run(["check", "--no-overlay", dash, "--format", "json"], stdin: csv)
            #expect(piped.status == fromFile.status, "\(piped.stderr)")
            let findings = try #require(try json(piped.stdout)["findings"] as? [[String: Any]])
            let expected = try #require(try json(fromFile.stdout)["findings"] as? [[String: Any]])
            #expect(findings.count == expected.count)
            #expect(findings.allSatisfy { $0["file"] as? String == "-" })
            #expect(findings.map { $0["rule"] as? String } == expected.map { $0["rule"] as? String })
        }
        for (fixture, format, rule) in [
            ("rules.jsonl", "jsonl", "paraben-free-claim"), ("rules-array.json", "json", "alcohol-free-claim"),
        ] {
            let data = try Data(contentsOf: SharedData.fixture("catalogs/\(fixture)"))
            let result = try CLIRunner.run(
                ["check", "--no-overlay", "-", "--input-format", format, "--format", "json"], stdin: data)
            let findings = try #require(try json(result.stdout)["findings"] as? [[String: Any]])
            #expect(findings.map { $0["rule"] as? String } == [rule], "\(format): \(result.stdout)")
        }
        let page = try Data(contentsOf: SharedData.fixture("html/amazon-like.html"))
        let html = try CLIRunner.run(
            ["check", "--no-overlay", "-", "--input-format", "html", "--format", "json"], stdin: page)
        let summary = try #require(try json(html.stdout)["summary"] as? [String: Any])
        #expect(summary["products"] as? Int == 1, "\(html.stdout)")
        #expect(summary["inputs"] as? [String] == ["-"])
    }

    @Test func scanReadsAPageFromStandardInput() throws {
        // A temporary folder of its own: other tests piping into inci at the same time spool there too.
        let temporary = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = temporary.path
        let page = try Data(contentsOf: SharedData.fixture("html/amazon-like.html"))
        let fromFile = try CLIRunner.run([
            "scan", SharedData.fixture("html/amazon-like.html").path, "--format", "jsonl",
        ])
        let piped = try CLIRunner.run(["scan", "-", "--format", "jsonl"], stdin: page, environment: environment)
        #expect(piped.status == 0, "\(piped.stderr)")
        let record = try json(String(piped.stdout.split(separator: "\n")[0]))
        #expect(record["source"] as? String == "-")
        let expected = try json(String(fromFile.stdout.split(separator: "\n")[0]))
        #expect(record["name"] as? String == expected["name"] as? String)
        #expect((record["ingredients"] as? [Any])?.count == (expected["ingredients"] as? [Any])?.count)
        let api = try Data(contentsOf: SharedData.fixture("html/dm-product-api.json"))
        let json = try CLIRunner.run(
            ["scan", "-", "--input-format", "json", "--format", "jsonl"], stdin: api, environment: environment)
        #expect(json.status == 0, "\(json.stderr)")
        #expect(!json.stdout.contains("\"error\""), "\(json.stdout)")
        #expect(try CLIRunner.run(["scan", "-", "--input-format", "csv"]).status == 64)
        // No temporary copy is left behind.
        let left = try FileManager.default.contentsOfDirectory(atPath: temporary.path)
        #expect(left.isEmpty, "\(left)")
    }

    @Test func analyzeReadsStandardInput() throws {
        let result = try CLIRunner.run(
            ["analyze", "--format", "json"], stdin: Data("Water, Niacinamide, Glycerin".utf8))
        #expect(result.status == 0)
        #expect(try json(result.stdout)["counts"] != nil)
        // `-` as the list or as --file names standard input too, as it does for diff, check and scan.
        for arguments in [["analyze", "-", "--format", "json"], ["analyze", "--file", "-", "--format", "json"]] {
            let dash = try CLIRunner.run(arguments, stdin: Data("Water, Niacinamide, Glycerin".utf8))
            #expect(dash.status == 0, "\(arguments): \(dash.stderr)")
            #expect(dash.stdout == result.stdout, "\(arguments)")
        }
    }

    @Test func aTextFileIsRefusedWithAHint() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let label = folder.appending(path: "label.txt")
        try "Water, Glycerin, Niacinamide\n".write(to: label, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["check", "--no-overlay", label.path])
        #expect(result.status == 2)
        #expect(result.stdout.contains("inci analyze --file \(label.path)"), "\(result.stdout)")
        // Given a format, it is read as one.
        try "Name,Ingredients\nSerum,\"Water, Glycerin\"\n".write(to: label, atomically: true, encoding: .utf8)
        let asCSV = try CLIRunner.run(["check", "--no-overlay", label.path, "--input-format", "csv"])
        #expect(asCSV.status == 0, "\(asCSV.stdout)")
    }
}
