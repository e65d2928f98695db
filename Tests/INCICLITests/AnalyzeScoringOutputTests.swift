import Foundation
import INCITestSupport
import Testing

@Suite struct AnalyzeScoringOutputTests {
    static let serum = "Water, Niacinamide 5%, Salicylic Acid 2%, Glycerin, Parfum, Phenoxyethanol"

    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CLIRunner.run(["analyze", "--format", "json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func jsonCarriesScoresPoreProfileFlagsAndConfidence() throws {
        let document = try json([Self.serum])
        let scores = try #require(document["scores"] as? [String: [String: Any]])
        #expect(Set(scores.keys) == ["oily", "dry", "combination", "normal", "sensitive", "acne-prone", "mature"])
        for (_, score) in scores {
            #expect(score["score"] is Int)
            #expect(["good", "fine", "caution", "avoid"].contains(score["verdict"] as? String))
            let reasons = try #require(score["reasons"] as? [[String: Any]])
            #expect(!reasons.isEmpty)
            for reason in reasons {
                for key in ["points", "rule", "ingredient", "position", "source", "detail"] {
                    #expect(reason.keys.contains(key))
                }
            }
        }
        let profile = try #require(document["pore_profile"] as? [String: Any])
        let mechanisms = try #require(profile["mechanisms"] as? [[String: Any]])
        #expect(mechanisms.contains { $0["mechanism"] as? String == "unclog" })
        let flags = try #require(document["flags"] as? [String: Any])
        #expect(flags["fragrance_free"] as? Bool == false)
        #expect(flags["exfoliating_acids"] as? [String] == ["Salicylic Acid"])
        #expect(document["confidence"] is Double || document["confidence"] is Int)
        let type = try #require(document["product_type"] as? [String: Any])
        #expect(type["type"] as? String == "leave-on")
        #expect(type["basis"] as? String == "assumed")
    }

    @Test func skinNarrowsTheOutput() throws {
        let document = try json(["--skin", "oily", "--skin", "acne", Self.serum])
        let scores = try #require(document["scores"] as? [String: Any])
        #expect(Set(scores.keys) == ["oily", "acne-prone"])
        let text = try CLIRunner.run(["analyze", "--skin", "dry", Self.serum])
        #expect(text.stdout.contains("  dry "))
        #expect(!text.stdout.contains("  oily "))
        let bad = try CLIRunner.run(["analyze", "--skin", "purple", Self.serum])
        #expect(bad.status == 64)
    }

    @Test func productTypeIsGivenOrInferred() throws {
        let given = try json(["--type", "cleanser", Self.serum])
        #expect((given["product_type"] as? [String: Any])?["type"] as? String == "rinse-off")
        let inferred = try json(["--name", "Clarifying Clay Mask", Self.serum])
        let type = try #require(inferred["product_type"] as? [String: Any])
        #expect(type["type"] as? String == "rinse-off")
        #expect(type["basis"] as? String == "inferred")
        #expect(type["evidence"] as? String == "Clarifying Clay Mask")
    }
}
