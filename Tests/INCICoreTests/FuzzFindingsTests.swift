import Foundation
import INCICore
import INCIDictionaryData
import INCITestSupport
import Testing

/// One test per problem fuzzing found (see `Fuzz/README.md`): crashes, scores that became NaN, and
/// inputs that took seconds because some step was quadratic in the length of a list or an item.
@Suite struct FuzzFindingsTests {
    let tokenizer = Tokenizer()

    // MARK: - Tokenizer crash

    /// A marketing heading ("Key ingredients:", ignored until a blank line) followed by a list heading
    /// before any blank line made a region with a negative range: a trap.
    @Test func marketingHeadingThenListHeadingBeforeABlankLine() throws {
        let tokens = try tokenizer.tokenize("Key ingredients:\nIngredients: Water, Glycerin").tokens
        #expect(tokens.map(\.text) == ["Water", "Glycerin"])
        // "How to use" after a list ends it (a `ListTerminator`): what follows its paragraph is not read.
        let later = try tokenizer.tokenize(
            "Benefits:\nhydrating\nIngredients: Water, Niacinamide\n\nhow to use:\napply daily\n\nGlycerin, Squalane"
        ).tokens
        #expect(later.map(\.text) == ["Water", "Niacinamide"])
    }

    /// 400 digits before `%` parsed as an infinite percentage, which `inci analyze --format json` could
    /// not encode ("Unable to encode Double.inf directly in JSON").
    @Test func hugePrintedPercentagesAreNotInfinite() throws {
        let digits = String(repeating: "9", count: 400)
        let tokens = try tokenizer.tokenize("Glycerin \(digits)%, Water 2%").tokens
        #expect(tokens.allSatisfy { $0.percent?.isFinite ?? true })
        #expect(tokens.last?.text == "Water" && tokens.last?.percent == 2)
    }

    // MARK: - Scoring weights that made scores NaN

    func load(weights: String) -> DictionaryLoader.Result {
        let files =
            EmbeddedDictionary.files.filter { $0.path != "scoring/weights.txt" }
            + [DictionaryFile(path: "scoring/weights.txt", text: weights)]
        return DictionaryLoader.load(files: files)
    }

    /// `floor-share: 0` (found by the fuzzer: log10(0) made prominences NaN and `Int(score)` trapped),
    /// `nan`, `inf`, a threshold of 6 (division by zero), a decay above 1: each is an error on its line,
    /// the default stays, and scoring works.
    @Test func outOfRangeModelNumbersAreErrorsAndKeepTheirDefaults() throws {
        let defaults = ScoringWeights()
        for (line, check) in [
            ("floor-share: 0", { (w: ScoringWeights) in w.floorShare == defaults.floorShare }),
            ("full-share: nan", { $0.fullShare == defaults.fullShare }),
            ("first-share: inf", { $0.firstShare == defaults.firstShare }),
            ("comedogenic-threshold: 6", { $0.comedogenicThreshold == defaults.comedogenicThreshold }),
            ("irritancy-threshold: 1e300", { $0.irritancyThreshold == defaults.irritancyThreshold }),
            ("below-line-decay: 2", { $0.belowLineDecay == defaults.belowLineDecay }),
            ("base: -1", { $0.base == defaults.base }),
        ] {
            let result = load(weights: "model\n  \(line)\n")
            let key = String(line.prefix { $0 != ":" })
            #expect(
                result.errors.contains { $0.line == 2 && $0.message.hasPrefix("'\(key)' needs ") },
                "\(line): \(result.errors)")
            #expect(check(result.dictionary.scoring), "\(line)")
            try score(with: result.dictionary)
        }
    }

    @Test func floorShareMustBeBelowFullShare() throws {
        let result = load(weights: "model\n  floor-share: 60\n  full-share: 50\n")
        #expect(
            result.errors.contains { $0.message.contains("'floor-share' (60.0) must be below 'full-share' (50.0)") })
        #expect(result.dictionary.scoring.floorShare == ScoringWeights().floorShare)
        #expect(result.dictionary.scoring.fullShare == ScoringWeights().fullShare)
        try score(with: result.dictionary)
    }

    @Test func hugeOrNonFinitePointsAndSharesAreErrors() throws {
        let result = load(
            weights: """
                effective-shares
                  bha: inf
                  low-level-strength: 7
                risk comedogenic
                  acne-prone: 1e308
                  oily: nan
                """)
        let messages = result.errors.map(\.message)
        #expect(messages.contains("'bha' needs a positive number up to 100, found 'inf'"))
        #expect(messages.contains("'low-level-strength' needs a positive number up to 1, found '7'"))
        #expect(messages.contains("'acne-prone' needs a number from -100 to 100, found '1e308'"))
        #expect(messages.contains("'oily' needs a number from -100 to 100, found 'nan'"))
        try score(with: result.dictionary)
    }

    /// Each `line-roles:` line gathered all of them again: 2,400 lines took 37 s under ASan.
    @Test func manyListLinesInTheModelTakeLinearTime() throws {
        let hang = HangGuard("1,200 line-roles lines")
        let result = load(
            weights: "model\n"
                + String(repeating: "  line-roles: preservative\n  line-names: Phenoxyethanol\n", count: 1_200))
        let verdict = hang.verdict()
        #expect(verdict.withinBudget, "\(verdict)")
        #expect(result.dictionary.scoring.lineRoles == ["preservative"])
        #expect(result.dictionary.scoring.lineNames == Array(repeating: "Phenoxyethanol", count: 1_200))
    }

    func score(with dictionary: IngredientDictionary) throws {
        let list = try IngredientAnalyzer(dictionary: dictionary).analyze(
            "Water, Salicylic Acid 2%, Isopropyl Myristate, Coconut Oil, Alcohol Denat., Fragrance, Phenoxyethanol")
        let analysis = Scorer(dictionary: dictionary).analyze(list, productType: .decide(given: nil))
        #expect(analysis.scores.allSatisfy { (0...100).contains($0.score) })
        #expect(analysis.estimates.allSatisfy { $0.share.isFinite && $0.prominence.isFinite })
    }

    // MARK: - Quadratic steps

    /// Each of these took from several seconds to minutes at 64 KB (a search or a copy of "the rest"
    /// repeated at every position). Generated here, not committed: 64 KB each.
    static let slowInputs: [(name: String, text: String)] = [
        (
            "'active ingredients' repeated on one line (purpose-column check copied the rest of the line)",
            "Ingredients: Water, " + String(repeating: "active ingredients ", count: 3_400)
        ),
        ("'[+/-' repeated (closing bracket searched from every heading)", String(repeating: "[+/-", count: 16_000)),
        (
            "'benefits:' lines (blank line searched from every heading)",
            "Water, Glycerin\n" + String(repeating: "benefits:\n", count: 6_500)
        ),
        (
            "'(x)' then '(nano)' groups (annotation search restarted after each removal)",
            "Water, "
                + String(
                    repeating: "Zinc " + String(repeating: "(x)", count: 600) + String(repeating: "(nano)", count: 350)
                        + ", ", count: 12)
        ),
        (
            "'1%a' repeated (each piece copied the whole item; 'w/' checked on a lower-cased rest)",
            "Water, " + String(repeating: String(repeating: "1%a", count: 1_300) + ", ", count: 16)
        ),
        (
            "'a(b' repeated (unclosed brackets searched to the end of the item)",
            "Water, " + String(repeating: String(repeating: "a(b", count: 1_300) + ", ", count: 16)
        ),
        (
            "'- ' repeated (bullet stripping compared the whole text each round)",
            "Water, " + String(repeating: String(repeating: "- ", count: 2_000) + "x, ", count: 16)
        ),
        (
            "a 4,000-letter word and a period (word built by inserting at the front)",
            "Water, " + String(repeating: String(repeating: "a", count: 4_000) + ". B, ", count: 16)
        ),
    ]

    @Test(arguments: slowInputs.indices)
    func hostileInputsTakeLinearTime(_ index: Int) {
        let (name, text) = Self.slowInputs[index]
        let hang = HangGuard(name)
        _ = try? IngredientAnalyzer(dictionary: EmbeddedDictionary.shared).analyze(text)
        let verdict = hang.verdict()
        #expect(verdict.withinBudget, "\(verdict)")
    }

    /// The one-pass bracket matching gives what the search from each bracket gave.
    @Test func blendsAndUnclosedBracketsSplitAsBefore() throws {
        #expect(
            try tokenizer.tokenize("Caprylyl Glycol (AND) Ethylhexylglycerin, Fragrance (Limonene").tokens.map(\.text)
                == ["Caprylyl Glycol", "Ethylhexylglycerin", "Fragrance", "Limonene"])
        #expect(
            try tokenizer.tokenize("Aqua (Water (Eau)), Parfum [Fragrance], Zinc Oxide (nano) (organic)").tokens.map(
                \.text)
                == ["Aqua (Water (Eau))", "Parfum [Fragrance]", "Zinc Oxide"])
        let tokens = try tokenizer.tokenize("Zinc Oxide 4.0%Water, Titanium Dioxide 2%w/w").tokens
        #expect(tokens.map(\.text) == ["Zinc Oxide", "Water", "Titanium Dioxide"])
    }
}
