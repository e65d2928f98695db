import Foundation
import INCICore
import INCITestSupport
import Testing

/// Lists from other open-source ingredient-list parsers' test suites (cosmetic and general-purpose, several
/// languages), each case with its source: how many inci splits exactly as expected. Expected lists follow
/// inci's conventions where a source's differ ("and" and "&" are not separators, `X (and) Y` blends split,
/// repeated printings kept, a bracket's items are components; those cases say so in their `note`).
///
/// Nine panels: `parser-suites.json` (the first, fixed against), `held-out-suites.json`, `third-suites.json`,
/// `fourth-suites.json`, `fifth-suites.json`, `sixth-suites.json`, `seventh-suites.json`, `eighth-suites.json` and
/// `ninth-suites.json` (each gathered later from suites and labels in no earlier file, and committed
/// before inci was run on it, so its first reading is an honest figure). In each, every fifth case is held out: it is not looked at while fixing.
@Suite struct ParserSuitePanelTests {
    struct Case: Decodable {
        let source: String
        let input: String
        /// nil: the text holds no ingredient list.
        let expected: [String]?
        let note: String?
    }

    static func cases(_ file: String) -> [Case] {
        guard let data = try? Data(contentsOf: SharedData.fixture("panel/\(file)")) else { return [] }
        return (try? JSONDecoder().decode([Case].self, from: data)) ?? []
    }

    /// The printed names, compared as `NameKey`s (case, spacing and punctuation aside); nil when the
    /// tokenizer found no list.
    static func split(_ text: String) -> [String]? {
        (try? Tokenizer().tokenize(text))?.tokens.map { NameKey.make($0.text) }
    }

    static func isExact(_ item: Case) -> Bool {
        split(item.input) == item.expected.map { $0.map { NameKey.make($0) } }
    }

    struct Reading {
        var tuned = (right: 0, total: 0)
        var heldOut = (right: 0, total: 0)
        var misses: [String] = []

        static func share(_ part: (right: Int, total: Int)) -> Double {
            Double(part.right) / Double(max(part.total, 1))
        }
        var all: Double { Self.share((tuned.right + heldOut.right, tuned.total + heldOut.total)) }
    }

    /// Reads one panel and prints its figures and misses.
    static func read(_ file: String) -> Reading {
        var reading = Reading()
        for (index, item) in cases(file).enumerated() {
            let right = isExact(item)
            let isHeldOut = index % 5 == 4
            if isHeldOut {
                reading.heldOut.total += 1
                if right { reading.heldOut.right += 1 }
            } else {
                reading.tuned.total += 1
                if right { reading.tuned.right += 1 }
            }
            if !right {
                let got = (try? Tokenizer().tokenize(item.input))?.tokens.map(\.text).description ?? "no list"
                let expected = item.expected?.description ?? "no list"
                reading.misses.append(
                    "#\(index)\(isHeldOut ? " (held out)" : ""): \(item.input.debugDescription) → \(got), expected \(expected)"
                )
            }
        }
        print(
            String(
                format: "%@: tuned %d/%d exact (%.1f%%), held out %d/%d exact (%.1f%%), all %.1f%%",
                file, reading.tuned.right, reading.tuned.total, Reading.share(reading.tuned) * 100,
                reading.heldOut.right, reading.heldOut.total, Reading.share(reading.heldOut) * 100,
                reading.all * 100))
        for miss in reading.misses { print("  miss " + miss) }
        return reading
    }

    @Test func firstPanelExactSplits() {
        #expect(Self.cases("parser-suites.json").count >= 100)
        let reading = Self.read("parser-suites.json")
        #expect(Reading.share(reading.tuned) >= 0.9)
        #expect(Reading.share(reading.heldOut) >= 0.85)
    }

    @Test func heldOutPanelExactSplits() {
        #expect(Self.cases("held-out-suites.json").count >= 200)
        let reading = Self.read("held-out-suites.json")
        #expect(reading.all >= 0.9)
    }

    @Test func thirdPanelExactSplits() {
        #expect(Self.cases("third-suites.json").count >= 100)
        let reading = Self.read("third-suites.json")
        #expect(reading.all >= 0.9)
    }

    @Test func fourthPanelExactSplits() {
        #expect(Self.cases("fourth-suites.json").count >= 100)
        let reading = Self.read("fourth-suites.json")
        // First reading 65.7 % (tuned 55/82, held out 12/20); the aim is 90 %, this floor keeps what is reached.
        #expect(reading.all >= 0.9)
    }

    @Test func fifthPanelExactSplits() {
        #expect(Self.cases("fifth-suites.json").count >= 80)
        let reading = Self.read("fifth-suites.json")
        // First reading 71.1 % (tuned 45/67, held out 14/16); this floor keeps what is reached.
        #expect(reading.all >= 0.89)
    }

    @Test func sixthPanelExactSplits() {
        #expect(Self.cases("sixth-suites.json").count >= 80)
        let reading = Self.read("sixth-suites.json")
        // First reading 80.9 % (tuned 69/88, held out 20/22; two slips of ours in the expected lists fixed); this
        // floor keeps what is reached.
        #expect(reading.all >= 0.97)
    }

    @Test func seventhPanelExactSplits() {
        #expect(Self.cases("seventh-suites.json").count >= 80)
        let reading = Self.read("seventh-suites.json")
        // First reading 66.1 % (tuned 61/92, held out 15/23; two slips of ours in the expected lists fixed
        // since, '(nano)' and a ligature: 67.0 %); 87.0 % after free-from claims and glued warnings; this floor
        // keeps what is reached.
        #expect(reading.all >= 0.86)
    }

    @Test func eighthPanelExactSplits() {
        #expect(Self.cases("eighth-suites.json").count >= 60)
        let reading = Self.read("eighth-suites.json")
        // First reading 61.5 % (tuned 33/52, held out 7/13); 92.3 % after rules on text around lists (held out
        // 12/13, seen); this floor keeps what is reached.
        #expect(reading.all >= 0.9)
    }

    @Test func ninthPanelExactSplits() {
        #expect(Self.cases("ninth-suites.json").count >= 60)
        let reading = Self.read("ninth-suites.json")
        // First reading 71.9 % (tuned 36/52, held out 10/12), after the rules on text around lists written on the
        // earlier panels; not tuned on. This floor keeps what is reached.
        #expect(reading.all >= 0.71)
    }
}
