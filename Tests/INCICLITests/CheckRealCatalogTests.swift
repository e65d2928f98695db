import Foundation
import INCITestSupport
import Testing

/// `inci check` end to end on the real Sephora catalog (1,472 rows; ~160 say "Visit the … boutique"
/// instead of a list). Prints the findings per rule for the notes.
@Suite(.enabled(if: SharedData.isAvailable, "../shared/data is absent; real-data tests skipped"))
struct CheckRealCatalogTests {
    @Test func sephoraCatalogEndToEnd() throws {
        let result = try CLIRunner.run([
            "check", "--no-overlay", "--format", "json", SharedData.url("products/sephora-cosmetics.csv").path,
        ])
        #expect(result.status == 1, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["products"] as? Int == 1472)
        let byRule = try #require(summary["by_rule"] as? [String: Int])
        print(
            "inci check sephora-cosmetics.csv: \(byRule.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))"
        )
        #expect((byRule["not-an-ingredient-list"] ?? 0) >= 150)
        // Every product whose list was read is in each skin type's histogram once; the spread is printed.
        let histogram = try #require(summary["score_histogram"] as? [String: [Int]])
        #expect(Set(histogram.keys) == ["oily", "dry", "combination", "normal", "sensitive", "acne-prone", "mature"])
        let scored = Set(histogram.values.map { $0.reduce(0, +) })
        #expect(scored.count == 1 && (1200...1472).contains(scored.first ?? 0), "\(scored)")
        for (type, bands) in histogram.sorted(by: { $0.key < $1.key }) {
            print("score histogram \(type) (bands of 10 from 0): \(bands.map(String.init).joined(separator: " "))")
        }
        let findings = try #require(json["findings"] as? [[String: Any]])
        // Every finding points at a CSV line of the file.
        #expect(findings.allSatisfy { ($0["line"] as? Int ?? 0) >= 2 })
    }
}
