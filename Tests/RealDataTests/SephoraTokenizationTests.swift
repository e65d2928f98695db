import Foundation
import INCICore
import INCIDictionaryData
import INCITestSupport
import Testing

/// Runs the tokenizer and matcher over every raw Sephora list and measures how many emitted names
/// are real INCI names: in the EU CosIng inventory (compared as `NameKey`s: case, punctuation and
/// spacing ignored) or matched to the dictionary (a documented alias). A naive comma split scores
/// about 75–81 % on the Sephora texts.
@Suite(.enabled(if: SharedData.isAvailable, "../shared/data is absent; real-data tests skipped"))
struct SephoraTokenizationTests {
    static let cosing: Set<String> = {
        Set(((try? SharedData.csvFirstColumn("cosing/inventory-functions.csv")) ?? []).map(NameKey.make))
    }()

    struct Measure {
        var texts = 0
        var failed = 0
        var tokens = 0
        var inCosing = 0
        var matched = 0
        var valid = 0
        var misses: [String: Int] = [:]

        var validShare: Double { Double(valid) / Double(max(tokens, 1)) }
        var cosingShare: Double { Double(inCosing) / Double(max(tokens, 1)) }

        func report(_ name: String) -> String {
            let top = misses.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(25)
                .map { "\($0.value)× \($0.key)" }.joined(separator: "; ")
            return "\(name): \(texts) texts (\(failed) without a list), \(tokens) tokens; "
                + String(
                    format: "valid %.2f%% (CosIng name %.2f%%, dictionary %d)", validShare * 100, cosingShare * 100,
                    matched)
                + "\n  most frequent invalid: \(top)"
        }
    }

    /// In CosIng as printed, or without the common name in parentheses that US labels add
    /// (`Helianthus Annuus (Sunflower) Seed Oil`; CosIng: `HELIANTHUS ANNUUS SEED OIL`), or an alias
    /// group whose every part is a CosIng name (`Water/Aqua/Eau`: WATER, AQUA; `Eau` is French).
    static func isCosingName(_ name: String) -> Bool {
        if cosing.contains(NameKey.make(name)) { return true }
        let withoutParentheses = name.replacing(/\s*[(\[][^)\]]*[)\]]/, with: "")
        if cosing.contains(NameKey.make(withoutParentheses)) { return true }
        let parts = withoutParentheses.split(separator: "/")
        return parts.count > 1 && parts.allSatisfy { cosing.contains(NameKey.make($0)) }
    }

    static func measure(_ texts: [String]) -> Measure {
        let analyzer = IngredientAnalyzer(dictionary: EmbeddedDictionary.shared)
        var measure = Measure()
        for text in texts {
            measure.texts += 1
            guard let list = try? analyzer.analyze(text) else {
                measure.failed += 1
                continue
            }
            for item in list.ingredients {
                measure.tokens += 1
                let inCosing = Self.isCosingName(item.name)
                if inCosing { measure.inCosing += 1 }
                if item.match != .unknown { measure.matched += 1 }
                if inCosing || item.match != .unknown {
                    measure.valid += 1
                } else {
                    measure.misses[item.name, default: 0] += 1
                }
            }
        }
        return measure
    }

    @Test func sephoraSkincareTextsYieldRealINCINames() throws {
        let texts = try SharedData.jsonlField("products/sephora-2020-skincare.jsonl", field: "ingredients")
        #expect(texts.count == 1442)
        let measure = Self.measure(texts)
        print(measure.report("sephora-2020-skincare.jsonl"))
        #expect(measure.validShare >= 0.95)
    }

    @Test func sephoraCatalogListsYieldRealINCINames() throws {
        let texts = try SharedData.csvColumn("products/sephora-cosmetics.csv", column: "Ingredients")
        #expect(texts.count > 1400)
        let measure = Self.measure(texts)
        print(measure.report("sephora-cosmetics.csv"))
        #expect(measure.validShare >= 0.95)
    }
}
