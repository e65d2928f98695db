import Foundation
import INCITestSupport
import Testing

/// Korean names the dictionary does not list, read from their morphemes, as `inci analyze` and
/// `inci explain` show them.
@Suite struct ComposedNamesCommandTests {
    @Test func analyzeMarksComposedNamesInJSON() throws {
        let label = "전성분: 정제수, 소듐코코암포아세테이트, 코카미도프로필하이드록시설테인, 감초뿌리추출물"
        let result = try CLIRunner.run(["analyze", "--format", "json", "--no-overlay", label])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let items = try #require(json["ingredients"] as? [[String: Any]])
        #expect(
            items.map { $0["name"] as? String } == [
                "Water", "Sodium Cocoamphoacetate", "Cocamidopropyl Hydroxysultaine",
                "Glycyrrhiza Glabra (Licorice) Root Extract",
            ])
        #expect(items.map { $0["match"] as? String } == ["alias", "alias", "alias", "alias"])
        // A listed name has no `via`; a composed one says how it was read.
        #expect(items[0]["via"] == nil)
        #expect(items[1]["via"] as? String == "composed")
        let composition = try #require(items[1]["composition"] as? [String: Any])
        #expect(composition["language"] as? String == "ko")
        let parts = try #require(composition["parts"] as? [[String: Any]])
        #expect(parts.map { $0["printed"] as? String } == ["소듐", "코코암포", "아세테이트"])
        #expect(parts.map { $0["reads"] as? String } == ["Sodium", "Cocoampho", "Acetate"])
        #expect(parts.allSatisfy { ($0["rule"] as? String)?.hasPrefix("Dictionaries/languages/ko.txt:") == true })
        #expect(composition["alternatives"] as? [String] == [])
        // The licorice species is chosen by how often each is on labels, and says so.
        let licorice = try #require(items[3]["composition"] as? [String: Any])
        #expect(
            (licorice["alternatives"] as? [String])?.contains("Glycyrrhiza Uralensis (Licorice) Root Extract") == true)
        #expect((licorice["share"] as? Double ?? 1) < 1)
        #expect((items[3]["confidence"] as? Double ?? 1) < 1)
    }

    @Test func explainShowsHowANameWasComposed() throws {
        let result = try CLIRunner.run(["explain", "히알루론산나트륨", "--no-overlay"])
        #expect(result.status == 0)
        #expect(
            result.stdout.hasPrefix(
                "Sodium Hyaluronate\n  matched: composed from its parts (\"히알루론산나트륨\", Korean label name)\n"))
        #expect(result.stdout.contains("  composed: 나트륨 → Sodium · 히알루론산 → Hyaluronate (read last)\n"))
        #expect(result.stdout.contains("  rules: 나트륨 Dictionaries/languages/ko.txt:"))
        let json = try CLIRunner.run(["explain", "감초뿌리추출물", "--format", "json", "--no-overlay"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["via"] as? String == "composed")
        #expect((object["composition"] as? [String: Any])?["parts"] != nil)
        let text = try CLIRunner.run(["explain", "감초뿌리추출물", "--no-overlay"])
        #expect(text.stdout.contains("  ambiguous: chosen for "))
    }
}
