import Foundation
import INCITestSupport
import Testing

/// `inci scan --batch`: pages as JSON Lines ({id, html} or {id, path}) give the records `inci scan` gives
/// for the same pages, each with the line's id and input_line, the same bytes for any --jobs.
@Suite struct ScanBatchCommandTests {
    static let pages = ["purish-nabla-setting-powder.html", "vivus-jp-aqua-cream.html", "hebe-pl-home.html"]

    func objects(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test func linesOfPagesGiveTheRecordsOfTheirPages() throws {
        let paths = Self.pages.map { SharedData.fixture("pages/\($0)").path }
        var lines: [String] = []
        for (index, path) in paths.enumerated() {
            let field: [String: Any] =
                index == 1
                ? ["sku": index, "html": try String(contentsOfFile: path, encoding: .utf8)]
                : ["id": "p\(index)", "path": path]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: field), as: UTF8.self))
        }
        lines.append("{\"id\": \"broken\"")
        let input = Data((lines.joined(separator: "\n") + "\n").utf8)
        let arguments = ["scan", "--no-overlay", "--batch", "-", "--format", "jsonl", "--skin", "oily"]
        let one = try CLIRunner.run(arguments + ["--jobs", "1"], stdin: input)
        let two = try CLIRunner.run(arguments + ["--jobs", "2"], stdin: input)
        #expect(one.stdout == two.stdout)
        #expect(one.status == 1, "the broken line is an error: \(one.stderr)")
        let batch = try objects(one.stdout)
        let direct = try objects(
            try CLIRunner.run(["scan", "--no-overlay", "--format", "jsonl", "--skin", "oily"] + paths).stdout)
        #expect(batch.count == direct.count + 1, "one record per product or page without one, plus the broken line")
        #expect(batch.contains { $0["id"] as? String == "p2" && $0["error_kind"] as? String == "no-ingredient-list" })
        let found = batch.filter { $0["error"] == nil }
        #expect(found.count == direct.filter { $0["error"] == nil }.count && !found.isEmpty)
        for (record, expected) in zip(found, direct.filter { $0["error"] == nil }) {
            #expect(record["name"] as? String == expected["name"] as? String)
            #expect(
                (record["ingredients"] as? [[String: Any]])?.map { $0["name"] as? String }
                    == (expected["ingredients"] as? [[String: Any]])?.map { $0["name"] as? String })
            #expect(record["input_line"] as? Int != nil && record["source"] as? String == "-")
        }
        #expect(found.contains { $0["id"] as? Int == 1 } && found.contains { $0["id"] as? String == "p0" })
        let broken = try #require(batch.last)
        #expect(broken["error_kind"] as? String == "malformed-line" && broken["input_line"] as? Int == 4)
    }
}
