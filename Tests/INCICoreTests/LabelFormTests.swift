import INCICore
import INCIDictionaryData
import Testing

/// Label forms found by the second panel of other parsers' suites (`Fixtures/panel/held-out-suites.json`)
/// and by real pages: metadata panels after Chinese, German and English lists, kit steps, purity claims,
/// numbered items, a conjunction before the last item, initialisms, plus signs and lists typed with
/// several separators.
@Suite struct LabelFormTests {
    let tokenizer = Tokenizer()

    func names(_ text: String) throws -> [String] {
        try tokenizer.tokenize(text).tokens.map(\.text)
    }

    // MARK: - What ends a list

    /// Chinese label panels after the list: production date, licence number, product standard, allergen
    /// advice, the production line statement (printed without a space before the rest of its sentence).
    @Test(arguments: [
        "成分:水,甘油\n生产日期:2024-01 净含量:150ml",
        "成分：水，甘油\n食品生产许可证编号：SC99887766\n河南某某有限公司",
        "成分：水，甘油\n【产品标准代号】GB 19640\n【净含量】500克",
        "成分：水，甘油\n致敏原提示：本产品含有小麦、大豆",
        "成分：水，甘油\n本生产线也生产含麦麸的谷类及其制品",
    ])
    func chineseMetadataPanelsEndTheList(text: String) throws {
        #expect(try names(text) == ["水", "甘油"])
    }

    @Test func netContentsBestBeforeAndDistributorEndTheList() throws {
        #expect(
            try names("Inhaltsstoffe: Wasser, Glycerin, Zitronensäure\nNettoinhalt 200 ml\nMHD 12.2027")
                == ["Wasser", "Glycerin", "Zitronensäure"])
        #expect(
            try names("INGREDIENTS: Aqua, Glycerin, ALPHA-ISOMETHYL IONONE\nDist\nMaesa SAS")
                == ["Aqua", "Glycerin", "ALPHA-ISOMETHYL IONONE"])
        // `Lot` and `Dist` alone are headings only with a colon or on their own line, never inside a name.
        #expect(
            try names("Lotus Flower Extract, Distearyldimonium Chloride") == [
                "Lotus Flower Extract", "Distearyldimonium Chloride",
            ])
    }

    // MARK: - Items

    /// Dr. Dennis Gross peel kits on Sephora print each step's list after `Step One:` on the same line.
    @Test func aKitStepLabelIsNotAnIngredient() throws {
        let text =
            "Step One: Water, Alcohol Denat. (SD Alcohol 40-B), Glycolic Acid, Potassium Hydroxide. Step Two: Water, Retinol, Squalane"
        #expect(
            try names(text) == [
                "Water", "Alcohol Denat. (SD Alcohol 40-B)", "Glycolic Acid", "Potassium Hydroxide", "Water",
                "Retinol", "Squalane",
            ])
        #expect(try names("Step 2 - Water, Glycerin") == ["Water", "Glycerin"])
        // A name that starts with such a word stays whole.
        #expect(try names("Water, Part Two Extract, Glycerin") == ["Water", "Part Two Extract", "Glycerin"])
    }

    /// Sunday II on Sephora: `MCT (100% pure Fractionated Coconut oil)`. `100% pure` is a claim about the
    /// material, not a concentration: one ingredient, no percentage, read through its bracket.
    @Test func aPurityClaimIsNotAConcentration() throws {
        let tokens = try tokenizer.tokenize(
            "MCT (100% pure Fractionated Coconut oil), Mentha Piperita (100% Pure Peppermint Oil)."
        ).tokens
        #expect(
            tokens.map(\.text) == [
                "MCT (100% pure Fractionated Coconut oil)", "Mentha Piperita (100% Pure Peppermint Oil)",
            ])
        #expect(tokens.allSatisfy { $0.percent == nil })
        let matched = Matcher(dictionary: EmbeddedDictionary.shared).match(tokens[0])
        #expect(matched.ingredient?.name == "Caprylic/Capric Triglyceride")
        // A real concentration inside a bracket is still one: `Niacinamide (10%)`.
        #expect(try tokenizer.tokenize("Niacinamide (10%), Water").tokens.first?.percent == 10)
    }

    @Test func numberedItemsAndALeadingConjunction() throws {
        #expect(try names("1. sugar, 2. salt, 3. water") == ["sugar", "salt", "water"])
        #expect(try names("Water, Glycerin, and Tocopherol") == ["Water", "Glycerin", "Tocopherol"])
        #expect(try names("AND SALT, OR SUGAR") == ["SALT", "SUGAR"])
        // "and" inside a name or between names stays (it is never a separator).
        #expect(try names("Water, Salt and Water") == ["Water", "Salt and Water"])
        #expect(try names("Water, Andiroba Oil") == ["Water", "Andiroba Oil"])
    }

    /// K-beauty labels print strengths in ppm (`병풀추출물 10,000ppm`): a concentration, 10,000 ppm = 1 %.
    @Test func aStrengthInPartsPerMillionIsAConcentration() throws {
        let tokens = try tokenizer.tokenize("Aloe Complex 55,000ppm, Centella Asiatica Extract (500 ppm), Glycerin")
            .tokens
        #expect(tokens.map(\.text) == ["Aloe Complex", "Centella Asiatica Extract", "Glycerin"])
        #expect(tokens.map(\.percent) == [5.5, 0.05, nil])
        #expect(try tokenizer.tokenize("병풀추출물 10,000ppm, 정제수").tokens.first?.percent == 1)
    }

    @Test func anInitialismIsNotASentenceEnd() throws {
        #expect(try names("C.I. 77891, Mica") == ["C.I. 77891", "Mica"])
        #expect(try names("Aqua, Tocopherol. Mica") == ["Aqua", "Tocopherol", "Mica"])
    }

    // MARK: - Separators

    @Test func aSpacedPlusSeparatesLikeASpacedDash() throws {
        #expect(try names("AHA + BHA") == ["AHA", "BHA"])
        #expect(try names("Vitamin C+E, Water") == ["Vitamin C+E", "Water"])
    }

    /// A list typed with several separators breaks at its line ends too; a printed comma list wraps.
    @Test func lineBreaksSeparateInAListTypedWithSeveralSeparators() throws {
        #expect(
            try names("Aqua • Glycerin; Niacinamide\nPanthenol") == ["Aqua", "Glycerin", "Niacinamide", "Panthenol"])
        #expect(
            try names("INGREDIENTS: Aqua, SARGASSUM\nEXTRACT, Glycerin") == ["Aqua", "SARGASSUM EXTRACT", "Glycerin"])
    }

    @Test func aMayContainMarkerGlossedInWordsIsOneMarker() throws {
        let tokens = try tokenizer.tokenize(
            "TALC · MICA · ZINC STEARATE · [+/-(MAY CONTAIN/PEUT CONTENIR): CI 77491 · MICA]"
        ).tokens
        #expect(tokens.map(\.text) == ["TALC", "MICA", "ZINC STEARATE", "CI 77491", "MICA"])
        #expect(tokens.map { $0.section == .mayContain } == [false, false, false, true, true])
    }
}
