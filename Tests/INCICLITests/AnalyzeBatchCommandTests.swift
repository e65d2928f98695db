import Foundation
import INCITestSupport
import Testing

/// `inci analyze --batch` on the real Sephora JSON Lines: one output line per product, the same bytes for
/// any --jobs, and each analysis the object `inci analyze --format json` prints for that list and name.
@Suite struct AnalyzeBatchCommandTests {
    static let corpus = "products/sephora-2020-skincare.jsonl"

    func objects(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test(.enabled(if: SharedData.isAvailable, "needs ../shared/data"))
    func theRealCorpusGivesOneLinePerProductWhateverTheJobs() throws {
        let path = SharedData.url(Self.corpus).path
        let one = try CLIRunner.run(["analyze", "--no-overlay", "--batch", path, "--jobs", "1", "--skin", "oily"])
        let two = try CLIRunner.run(["analyze", "--no-overlay", "--batch", path, "--jobs", "2", "--skin", "oily"])
        #expect(one.stdout == two.stdout)
        let inputs = try String(contentsOf: SharedData.url(Self.corpus), encoding: .utf8).split(separator: "\n")
        let records = try objects(one.stdout)
        #expect(records.count == inputs.count)
        let analyzed = records.filter { $0["analysis"] != nil }.count
        print("analyze --batch on \(Self.corpus): \(records.count) lines, \(analyzed) analyzed, exit \(one.status)")
        #expect(one.status == (analyzed == records.count ? 0 : 1))
        #expect(one.stderr.contains("inci analyze --batch: \(records.count) lines, \(analyzed) analyzed"))
        // The same object as a single analyze, for a sample of products.
        for index in stride(from: 0, to: inputs.count, by: 181) {
            let product = try #require(
                try JSONSerialization.jsonObject(with: Data(inputs[index].utf8)) as? [String: Any])
            guard let list = product["ingredients"] as? String, let analysis = records[index]["analysis"],
                let name = product["product_name"] as? String, product["category"] == nil
            else { continue }
            #expect(records[index]["id"] as? Int == product["product_id"] as? Int)
            let single = try CLIRunner.run(
                ["analyze", "--no-overlay", "--format", "json", "--skin", "oily", "--name", name, list])
            let expected = try #require(
                try JSONSerialization.jsonObject(with: Data(single.stdout.utf8)) as? NSDictionary)
            #expect((analysis as? NSDictionary) == expected, "line \(index + 1)")
        }
    }

    @Test func plainLinesFromStandardInputAndExitCodes() throws {
        let piped = try CLIRunner.run(
            ["analyze", "--no-overlay", "--batch", "--lines", "-", "--skin", "dry"],
            stdin: Data("Water, Glycerin\nDermatologically tested\n".utf8))
        #expect(piped.status == 1)
        let records = try objects(piped.stdout)
        #expect(records.map { $0["source"] as? String } == ["-", "-"])
        #expect(records[1]["error_kind"] as? String == "not-a-list")
        let missing = try CLIRunner.run(["analyze", "--no-overlay", "--batch", "/nonexistent.jsonl"])
        #expect(missing.status == 2 && missing.stdout.contains("\"error_kind\":\"missing\""))
        let misuse = try CLIRunner.run(["analyze", "--no-overlay", "--lines", "Water"])
        #expect(misuse.status == 64 && misuse.stderr.contains("go with --batch"))
        let html = try CLIRunner.run(["analyze", "--no-overlay", "--batch", "--format", "html", "-"], stdin: Data())
        #expect(html.status == 64 && html.stderr.contains("--batch writes JSON Lines"))
    }
}
