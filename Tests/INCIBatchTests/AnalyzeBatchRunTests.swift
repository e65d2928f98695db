import Foundation
import INCIBatch
import INCICore
import INCIDictionaryData
import Testing

/// `inci analyze --batch` without the command line: one output line per input line, in input order and
/// byte-identical for any number of jobs; a bad line is an error record and the batch goes on.
@Suite struct AnalyzeBatchRunTests {
    static let input = """
        {"id": 7, "ingredients": "Water, Glycerin, Niacinamide"}

        not json
        {"sku": "A1", "INCI": "Dermatologically tested"}
        {"id": "x", "name": "Foaming Cleanser", "ingredients": ["Water", "Sodium Laureth Sulfate", "Cocamidopropyl Betaine"]}
        {"id": "y"}
        {"code": "z", "list": "Aqua, Salicylic Acid 2%"}
        """

    func run(_ text: String, format: AnalyzeBatchRun.LineFormat = .json(id: nil, text: nil), jobs: Int) throws -> (
        lines: [[String: Any]], raw: String, summary: AnalyzeBatchSummary
    ) {
        let tree = try InputWalkerTests.Tree()
        try tree.file("in.jsonl", text)
        let dictionary = EmbeddedDictionary.shared
        let run = AnalyzeBatchRun(
            analyzer: IngredientAnalyzer(dictionary: dictionary), scorer: Scorer(dictionary: dictionary),
            format: format, productType: nil, skinTypes: [.oily], jobs: jobs)
        var raw = ""
        let summary = run.run(BatchLines([tree.path + "/in.jsonl"]), write: { raw += $0 })
        // Each run reads its own temporary copy: name it the same so runs compare.
        raw = raw.replacingOccurrences(of: tree.path, with: "IN")
        let lines = try raw.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        return (lines, raw, summary)
    }

    @Test func oneRecordPerLineWithItsIdAndPlace() throws {
        let (lines, _, summary) = try run(Self.input, jobs: 1)
        #expect(lines.count == 6, "the blank line is not an input")
        #expect(lines.map { $0["line"] as? Int } == [1, 3, 4, 5, 6, 7])
        #expect(lines[0]["id"] as? Int == 7 && lines[0]["analysis"] != nil)
        #expect(lines[1]["error_kind"] as? String == "malformed-line" && lines[1]["id"] is NSNull)
        #expect(lines[2]["id"] as? String == "A1" && lines[2]["error_kind"] as? String == "not-a-list")
        let wash = try #require(lines[3]["analysis"] as? [String: Any])
        #expect(
            (wash["product_type"] as? [String: Any])?["type"] as? String == "rinse-off", "the name field says cleanser")
        #expect(lines[4]["error_kind"] as? String == "missing-ingredients")
        #expect(lines[5]["error_kind"] as? String == "missing-ingredients", "no field inci would take for the list")
        #expect(summary.lines == 6 && summary.analyzed == 2 && summary.errors == 4 && summary.exitCode == 1)
    }

    @Test func fieldsChosenByName() throws {
        let (lines, _, _) = try run(Self.input, format: .json(id: "code", text: "list"), jobs: 1)
        #expect(lines.last?["id"] as? String == "z" && lines.last?["analysis"] != nil)
        #expect(lines.first?["error"] as? String == "\(lines.first?["source"] as? String ?? ""):1: no field 'list'")
    }

    @Test func plainLines() throws {
        let (lines, _, summary) = try run("Water, Glycerin\n\nAqua, Salicylic Acid 2%\n", format: .lines, jobs: 2)
        #expect(lines.map { $0["line"] as? Int } == [1, 3] && summary.exitCode == 0)
    }

    @Test func theOutputIsTheSameForAnyNumberOfJobs() throws {
        let many = (0..<60).map { index in
            index % 7 == 3
                ? "{\"id\": \(index)}"
                : "{\"id\": \(index), \"ingredients\": \"Water, Glycerin, Niacinamide \(index % 10)%, Parfum\"}"
        }.joined(separator: "\n")
        let one = try run(many, jobs: 1).raw
        #expect(try run(many, jobs: 2).raw == one)
        #expect(try run(many, jobs: 5).raw == one)
    }

    @Test func anUnreadableInputIsOneRecordAndExitsTwo() throws {
        let dictionary = EmbeddedDictionary.shared
        let run = AnalyzeBatchRun(
            analyzer: IngredientAnalyzer(dictionary: dictionary), scorer: Scorer(dictionary: dictionary),
            format: .lines, productType: nil, skinTypes: [.oily], jobs: 1)
        var raw = ""
        let summary = run.run(BatchLines(["/nonexistent/in.jsonl"]), write: { raw += $0 })
        #expect(raw.contains("\"error_kind\":\"missing\"") && summary.exitCode == 2)
    }
}
