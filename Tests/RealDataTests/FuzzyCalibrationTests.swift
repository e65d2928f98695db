import Foundation
import INCICatalog
import INCIDictionaryData
import INCITestSupport
import Testing

@testable import INCICore

/// The fuzzy threshold (`fuzzy-minimum-confidence`, the one threshold the matcher and the scorer share)
/// and `MisspellingRule`, calibrated on two kinds of real names a few letters from a dictionary name:
///
/// - **distinct pairs**: every CosIng inventory name the dictionary does not hold, with each
///   dictionary ingredient whose name is within the fuzzy distance of it (`Retinal`/`Retinol`,
///   `Sodium Sulfite`/`Sodium Sulfate`). Both are registered ingredients, so reading one as the other
///   is wrong. Each name is judged with the vocabulary *without its own words* (a name nobody
///   registered yet must be kept apart too, not only the 28,000 the vocabulary holds);
/// - **real typos**: names printed on the corpora's labels (Sephora's two, lookfantastic) that no
///   dictionary or registered name matches and whose nearest dictionary name is verified as meant by a
///   rule that does not look at the matcher's: the nearest name is the only one that near, the printed
///   name is no CosIng name, and the nearest name's printed form is at least ten times as frequent in
///   the corpora (a rare spelling of a common name is a typo of it). The Korean lists are left out:
///   there one syllable more or less is as often another plant (노근 reed root, 노니 noni) as a typo,
///   which frequency cannot tell, and reading them costs minutes.
///
/// Both sets are split by name (every fifth held out); the threshold is chosen on the tuned part (the
/// lowest that keeps 95 % of the distinct pairs apart: a wrong reading gives another ingredient's
/// facts, an unknown one only lowers the confidence and offers suggestions), and the test checks that
/// the shipped threshold is that choice and prints both figures on both parts.
@Suite(.enabled(if: SharedData.isAvailable, "../shared/data is absent; real-data tests skipped"))
struct FuzzyCalibrationTests {
    static let dictionary = EmbeddedDictionary.shared
    static let matcher = Matcher(dictionary: dictionary)
    static let grid: [Double] = stride(from: 0.5, through: 0.96, by: 0.05).map { ($0 * 100).rounded() / 100 }
    /// The share of distinct pairs the threshold must keep apart on the tuned part.
    static let keptApartGoal = 0.95

    /// A name judged by the calibration, with its readings before the threshold.
    struct Case {
        let printed: String
        let key: String
        /// For a distinct pair: the dictionary ingredients it could be read as (none is right); for a typo, the one it must.
        let targets: Set<Int>
        let readings: [Matcher.MisspellingReading]

        /// The ingredient the matcher reads the name as at threshold `minimum`, if any.
        func reading(at minimum: Double) -> Int? { readings.first { $0.confidence >= minimum }?.ingredient }
    }

    /// Every fifth case (by name key) is held out.
    static func split(_ cases: [Case]) -> (tuned: [Case], heldOut: [Case]) {
        let sorted = cases.sorted { $0.key < $1.key }
        let heldOut = sorted.enumerated().filter { $0.offset % 5 == 4 }.map(\.element)
        let tuned = sorted.enumerated().filter { $0.offset % 5 != 4 }.map(\.element)
        return (tuned, heldOut)
    }

    static let cosingNames: [String] = {
        let url = SharedData.packageRoot.appending(path: "Dictionaries/names/cosing.txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
    }()

    /// CosIng names the dictionary does not hold that have a dictionary name near them.
    static let distinctPairs: [Case] = {
        let vocabulary = dictionary.vocabulary
        var cases: [Case] = []
        var seen: Set<String> = []
        for name in cosingNames {
            let key = NameKey.make(name)
            guard dictionary.keys[key] == nil, seen.insert(key).inserted else { continue }
            let own = Set(key.split(separator: " "))
            // Any reading is a confusion: the name is registered, and the dictionary does not hold it.
            let (readings, near) = matcher.misspellingReadings(name) { word in
                vocabulary.count(of: word) - (own.contains(word) ? 1 : 0)
            }
            guard !near.isEmpty else { continue }
            cases.append(Case(printed: name, key: key, targets: Set(readings.map(\.ingredient)), readings: readings))
        }
        return cases
    }()

    /// Every printed name of the corpora, as text.
    static let corpusTexts: [String] = {
        var texts = (try? SharedData.jsonlField("products/sephora-2020-skincare.jsonl", field: "ingredients")) ?? []
        texts += (try? SharedData.csvColumn("products/sephora-cosmetics.csv", column: "Ingredients")) ?? []
        texts +=
            ((try? SharedData.csvColumn("products/lookfantastic-skincare-clean.csv", column: "clean_ingreds")) ?? [])
            .map { IngredientColumn.text(ofCell: $0) }
        return texts
    }()

    /// Names printed on the corpora that nothing but a fuzzy reading could match, verified as typos.
    static let realTypos: [Case] = {
        let analyzer = IngredientAnalyzer(dictionary: dictionary)
        var forms: [String: Int] = [:]  // how often each name key is printed (whole, without brackets, bracketed)
        var unknown: [String: String] = [:]  // key → printed name, for names no listed or composed name matched
        for text in corpusTexts {
            guard let tokens = try? analyzer.tokenizer.tokenize(text).tokens else { continue }
            for token in tokens {
                let keys = Set(
                    [NameKey.make(token.text), NameKey.make(ParenthesisStripper.strip(token.text))]
                        + ParenthesisStripper.groups(token.text).map { NameKey.make($0) })
                for key in keys where !key.isEmpty { forms[key, default: 0] += 1 }
                if matcher.resolve(token.text, fuzzy: false).match == .unknown {
                    unknown[NameKey.make(token.text)] = unknown[NameKey.make(token.text)] ?? token.text
                }
            }
        }
        let registered = Set(cosingNames.map { NameKey.make($0) })
        var cases: [Case] = []
        for (key, printed) in unknown where !registered.contains(key) {
            let near = dictionary.fuzzyIndex.nearest(forKey: key)
            guard let best = near.first, near.dropFirst().first?.distance != best.distance else { continue }
            guard (forms[best.key] ?? 0) >= 10 * (forms[key] ?? 1) else { continue }
            cases.append(
                Case(
                    printed: printed, key: key, targets: [best.ingredient],
                    readings: matcher.misspellingReadings(printed).readings))
        }
        return cases
    }()

    struct Figures {
        let keptApart: Int, pairs: Int, resolved: Int, typos: Int
        var keptApartShare: Double { Double(keptApart) / Double(max(pairs, 1)) }
        var resolvedShare: Double { Double(resolved) / Double(max(typos, 1)) }
        var line: String {
            String(
                format: "distinct pairs kept apart %d/%d (%.1f%%), real typos resolved %d/%d (%.1f%%)",
                keptApart, pairs, keptApartShare * 100, resolved, typos, resolvedShare * 100)
        }
    }

    static func figures(pairs: [Case], typos: [Case], minimum: Double) -> Figures {
        let keptApart = pairs.count { pair in pair.reading(at: minimum).map { !pair.targets.contains($0) } ?? true }
        let resolved = typos.count { typo in typo.reading(at: minimum).map { typo.targets.contains($0) } ?? false }
        return Figures(keptApart: keptApart, pairs: pairs.count, resolved: resolved, typos: typos.count)
    }

    @Test func thresholdKeepsDistinctIngredientsApartAndResolvesRealTypos() {
        let start = Date()
        _ = Self.distinctPairs
        print("distinct pairs built in \(Int(Date().timeIntervalSince(start))) s")
        _ = Self.realTypos
        print("real typos built in \(Int(Date().timeIntervalSince(start))) s")
        let pairs = Self.split(Self.distinctPairs)
        let typos = Self.split(Self.realTypos)
        #expect(pairs.tuned.count >= 100, "too few distinct pairs to calibrate on: \(pairs.tuned.count)")
        #expect(typos.tuned.count >= 50, "too few real typos to calibrate on: \(typos.tuned.count)")
        print("fuzzy calibration, tuned part, by threshold:")
        for minimum in Self.grid {
            print(
                String(format: "  %.2f: ", minimum)
                    + Self.figures(pairs: pairs.tuned, typos: typos.tuned, minimum: minimum).line)
        }
        let chosen = Self.grid.first {
            Self.figures(pairs: pairs.tuned, typos: typos.tuned, minimum: $0).keptApartShare >= Self.keptApartGoal
        }
        let shipped = Self.dictionary.scoring.fuzzyMinimumConfidence
        let tuned = Self.figures(pairs: pairs.tuned, typos: typos.tuned, minimum: shipped)
        let heldOut = Self.figures(pairs: pairs.heldOut, typos: typos.heldOut, minimum: shipped)
        print("shipped threshold \(shipped) (chosen on the tuned part: \(chosen.map { "\($0)" } ?? "none"))")
        print("  tuned:    " + tuned.line)
        print("  held out: " + heldOut.line)
        #expect(chosen == shipped, "the shipped fuzzy-minimum-confidence is not the calibrated choice")
        #expect(tuned.keptApartShare >= Self.keptApartGoal)
        #expect(heldOut.keptApartShare >= 0.93, "held-out distinct pairs: \(heldOut.line)")
        #expect(
            tuned.resolvedShare >= 0.4 && heldOut.resolvedShare >= 0.4, "real typos: \(tuned.line) / \(heldOut.line)")
        if ProcessInfo.processInfo.environment["INCI_CALIBRATION_DETAIL"] != nil {
            let names = Self.dictionary.ingredients
            for pair in Self.distinctPairs where pair.reading(at: shipped).map({ pair.targets.contains($0) }) ?? false {
                print("  confused: \(pair.printed) → \(names[pair.reading(at: shipped)!].name)")
            }
            for typo in Self.realTypos where typo.reading(at: shipped) == nil {
                print(
                    "  unresolved typo: \(typo.printed) (meant \(names[typo.targets.first!].name)); readings \(typo.readings.map(\.confidence))"
                )
            }
        }
    }
}
