import INCICore
import INCITestSupport
import Testing

/// One test per typographic feature of real labels (see issue: the tokenizer that survives real labels).
@Suite struct TokenizerTests {
    let tokenizer = Tokenizer()

    func names(_ text: String) throws -> [String] {
        try tokenizer.tokenize(text).tokens.map(\.text)
    }

    @Test func commasInsideChemicalNamesDoNotSplit() throws {
        #expect(
            try names("Water, 1,2-Hexanediol, 1,3-Butanediol, Glycerin") == [
                "Water", "1,2-Hexanediol", "1,3-Butanediol", "Glycerin",
            ])
        #expect(try names("Water, 1, 2-Hexanediol") == ["Water", "1, 2-Hexanediol"])
    }

    @Test func decimalCommaIsAPercentage() throws {
        let tokens = try tokenizer.tokenize("Octocrylene 2,5%, Water").tokens
        #expect(tokens.map(\.text) == ["Octocrylene", "Water"])
        #expect(tokens[0].percent == 2.5)
    }

    @Test func percentagesInEveryPrintedForm() throws {
        let tokens = try tokenizer.tokenize(
            "Niacinamide 10%, Salicylic Acid 2 %, Retinol 0.001%, Zinc PCA (1%), Tranexamic Acid [0.5%], Centella <1%"
        ).tokens
        #expect(
            tokens.map(\.text) == [
                "Niacinamide", "Salicylic Acid", "Retinol", "Zinc PCA", "Tranexamic Acid", "Centella",
            ])
        #expect(tokens.map(\.percent) == [10, 2, 0.001, 1, 0.5, 1])
    }

    /// US labels print fractions without the leading zero: `Salicylic Acid .50%` is half a percent, not 50.
    @Test func aLeadingDecimalPointIsAFraction() throws {
        let tokens = try tokenizer.tokenize("Salicylic Acid .50%, Water, Glycerin, Retinol .1%").tokens
        #expect(tokens.map(\.text) == ["Salicylic Acid", "Water", "Glycerin", "Retinol"])
        #expect(tokens.map(\.percent) == [0.5, nil, nil, 0.1])
    }

    /// A missing comma after a percentage still ends the name: at a letter of any script, after spaces,
    /// but not in `w/w` or before a comma that is there.
    @Test func nameEndsAfterItsPercentage() throws {
        #expect(try names("Niacinamide 4 % Zinc PCA") == ["Niacinamide", "Zinc PCA"])
        #expect(try names("정제수, 나이아신아마이드 5%글리세린") == ["정제수", "나이아신아마이드", "글리세린"])
        #expect(try names("Salicylic Acid 2% w/w, Water") == ["Salicylic Acid", "Water"])
        #expect(try names("Zinc Oxide 20%Titanium Dioxide 5%Water") == ["Zinc Oxide", "Titanium Dioxide", "Water"])
        #expect(try names("Water, Vitamin E 100% Natural Oil") == ["Water", "Vitamin E", "Natural Oil"])
    }

    @Test func koreanPercentInParentheses() throws {
        let tokens = try tokenizer.tokenize("정제수, 당근추출물(15%), 글리세린").tokens
        #expect(tokens.map(\.text) == ["정제수", "당근추출물", "글리세린"])
        #expect(tokens[1].percent == 15)
    }

    @Test func slashesStayInsideOneToken() throws {
        // The tokenizer never splits at slashes; the matcher decides whether parts are aliases.
        #expect(
            try names(
                "Water/Aqua/Eau, Caprylic/Capric Triglyceride, Lamium Album Flower/Leaf/Stem Extract, PEG/PPG-17/4 Dimethyl Ether"
            )
                == [
                    "Water/Aqua/Eau", "Caprylic/Capric Triglyceride", "Lamium Album Flower/Leaf/Stem Extract",
                    "PEG/PPG-17/4 Dimethyl Ether",
                ])
        #expect(try names("Caprylic/ Capric Triglyceride") == ["Caprylic/Capric Triglyceride"])
    }

    @Test func commaInsideParenthesesDoesNotSplit() throws {
        #expect(
            try names("Butyrospermum Parkii (Shea, Karite) Butter, Aqua (Water), CI 77891 (Titanium Dioxide)")
                == ["Butyrospermum Parkii (Shea, Karite) Butter", "Aqua (Water)", "CI 77891 (Titanium Dioxide)"])
    }

    @Test func unclosedParenthesisCannotSwallowTheList() throws {
        #expect(
            try names("Glycine Soja (Soybean Oil, Water, Glycerin, Phenoxyethanol") == [
                "Glycine Soja", "Soybean Oil", "Water", "Glycerin", "Phenoxyethanol",
            ])
    }

    @Test func annotationsAreKeptAsData() throws {
        let tokens = try tokenizer.tokenize(
            "Zinc Oxide (nano), Titanium Dioxide [NANO], Organic Aloe Barbadensis Leaf Juice, Rosa Canina Fruit Oil (organic)"
        ).tokens
        #expect(
            tokens.map(\.text) == [
                "Zinc Oxide", "Titanium Dioxide", "Aloe Barbadensis Leaf Juice", "Rosa Canina Fruit Oil",
            ])
        #expect(tokens[0].annotations == ["nano"])
        #expect(tokens[1].annotations == ["nano"])
        #expect(tokens[2].annotations == ["organic"])
        #expect(tokens[3].annotations == ["organic"])
    }

    @Test func drugFactsSectionsSkipPurposeUsesWarningsDirections() throws {
        let list = try tokenizer.tokenize(SharedData.fixtureText("lists/drug-facts-sunscreen.txt"))
        let actives = list.tokens.filter { $0.section == .active }
        let inactives = list.tokens.filter { $0.section == .inactive }
        #expect(actives.map(\.text) == ["Avobenzone", "Homosalate", "Octisalate", "Octocrylene"])
        #expect(actives.map(\.percent) == [3, 10, 5, 2.5])
        #expect(
            inactives.map(\.text) == [
                "Water", "Glycerin", "Niacinamide", "Butyloctyl Salicylate", "Silica", "Tocopheryl Acetate",
                "Phenoxyethanol", "Fragrance",
            ])
        #expect(list.tokens.count == actives.count + inactives.count)
    }

    @Test func inlineDrugFacts() throws {
        let tokens = try tokenizer.tokenize(
            "Active Ingredients: Salicylic Acid 2% Purpose: Acne treatment Inactive Ingredients: Water, Glycerin"
        ).tokens
        #expect(tokens.map(\.text) == ["Salicylic Acid", "Water", "Glycerin"])
        #expect(tokens.map(\.section) == [.active, .inactive, .inactive])
    }

    @Test func mayContainSections() throws {
        let palette = try tokenizer.tokenize(SharedData.fixtureText("lists/palette-may-contain.txt")).tokens
        #expect(
            palette.filter { $0.section == .mayContain }.map(\.text) == [
                "Titanium Dioxide (CI 77891)", "Iron Oxides (CI 77491)", "Ultramarines (CI 77007)",
            ])
        #expect(palette.filter { $0.section == .main }.count == 7)
        let plusMinus = try tokenizer.tokenize("Talc, Mica +/- CI 77491, CI 77492").tokens
        #expect(plusMinus.map(\.section) == [.main, .main, .mayContain, .mayContain])
        let french = try tokenizer.tokenize("Talc, Mica. Peut contenir: CI 77491, CI 77492").tokens
        #expect(french.map(\.section) == [.main, .main, .mayContain, .mayContain])
        let bracketed = try tokenizer.tokenize("Talc, Mica, [+/- May Contain: CI 77491, CI 77891/Titanium Dioxide].")
            .tokens
        #expect(bracketed.map(\.text) == ["Talc", "Mica", "CI 77491", "CI 77891/Titanium Dioxide"])
    }

    @Test(arguments: [
        "Ingredients: Water, Glycerin", "INGREDIENTS: Water, Glycerin", "Ingrédients : Water, Glycerin",
        "Inhaltsstoffe: Water, Glycerin", "Ingredienti: Water, Glycerin", "Ingredientes: Water, Glycerin",
        "成分：Water, Glycerin", "全成分: Water, Glycerin", "전성분: Water, Glycerin", "[전성분] Water, Glycerin",
    ])
    func headersInSeveralLanguages(text: String) throws {
        #expect(try names(text) == ["Water", "Glycerin"])
    }

    @Test func separatorsOfManyScripts() throws {
        #expect(
            try names(SharedData.fixtureText("lists/mixed-separators.txt"))
                == ["Water", "Glycerin", "Squalane", "Niacinamide", "Panthenol", "Allantoin", "Adenosine", "Betaine"])
    }

    @Test func bulletLinesAreOneIngredientEach() throws {
        let tokens = try tokenizer.tokenize(SharedData.fixtureText("lists/bullet-lines.txt")).tokens
        #expect(
            tokens.map(\.text) == [
                "Water", "Glycerin", "Niacinamide", "Tranexamic Acid", "Sodium Hyaluronate", "Phenoxyethanol",
            ])
        #expect(tokens[2].percent == 5)
        #expect(tokens[3].percent == 2)
    }

    @Test func blendsWithAndSplitIntoTwo() throws {
        #expect(
            try names("Water, Caprylyl Glycol (and) Ethylhexylglycerin, Mica") == [
                "Water", "Caprylyl Glycol", "Ethylhexylglycerin", "Mica",
            ])
    }

    @Test func footnoteMarksAndFootnoteLinesAreAnnotations() throws {
        let list = try tokenizer.tokenize(SharedData.fixtureText("lists/organic-footnotes.txt"))
        #expect(
            list.tokens.map(\.text) == [
                "Aqua (Water)", "Aloe Barbadensis Leaf Juice", "Glycerin", "Butyrospermum Parkii (Shea, Karite) Butter",
                "Cetearyl Alcohol", "Simmondsia Chinensis (Jojoba) Seed Oil", "Tocopherol", "Parfum/Fragrance",
                "Limonene", "Linalool",
            ])
        #expect(list.tokens[1].annotations == ["*", "organic"])
        #expect(list.tokens[7].annotations == ["°", "natural-origin"])
        #expect(list.tokens[8].annotations.first == "°°")
        #expect(list.footnotes["*"] == "Ingrédients issus de l'agriculture biologique")
        for mark in ["*", "†", "‡", "**"] {
            let tokens = try tokenizer.tokenize(
                "Water, Aloe Vera\(mark), Glycerin.\n\(mark)Certified organic ingredient"
            ).tokens
            #expect(tokens.map(\.text) == ["Water", "Aloe Vera", "Glycerin"])
            #expect(tokens[1].annotations == [mark, "organic"])
        }
    }

    @Test func marketingProseBeforeAndDisclaimersAfterAreNotIngredients() throws {
        let tokens = try tokenizer.tokenize(SharedData.fixtureText("lists/sephora-style-marketing.txt")).tokens
        #expect(tokens.count == 14)
        #expect(tokens.first?.text == "Water/Aqua/Eau")
        #expect(tokens.last?.text == "Phenoxyethanol")
        let clean = try names(
            "Water, Glycerin, Squalane.\n\nClean at Sephora is formulated without parabens, sulfates SLS and SLES, phthalates, mineral oil, and more."
        )
        #expect(clean == ["Water", "Glycerin", "Squalane"])
    }

    @Test func finalPeriodDropsButDenatKeepsIt() throws {
        #expect(try names("Water, Alcohol Denat., Glycerin.") == ["Water", "Alcohol Denat.", "Glycerin"])
        #expect(try names("Water, Glycerin, Alcohol Denat.") == ["Water", "Glycerin", "Alcohol Denat."])
    }

    @Test func lineBreakHyphenationIsJoined() throws {
        #expect(try names("Water, Polycyclopen- tadiene, Glycerin") == ["Water", "Polycyclopentadiene", "Glycerin"])
        #expect(try names("Water, Polycyclopen-\ntadiene, Glycerin") == ["Water", "Polycyclopentadiene", "Glycerin"])
    }

    @Test func unicodeIsNormalized() throws {
        // no-break space, zero-width space, en dash, smart quote, full-width comma
        #expect(
            try names("Water,\u{00A0}C12\u{2013}15 Alkyl\u{200B} Benzoate，Cire d\u{2019}Abeille") == [
                "Water", "C12-15 Alkyl Benzoate", "Cire d'Abeille",
            ])
    }

    @Test func wrappedLinesInACommaListAreJoined() throws {
        #expect(
            try names("Water, Glycerin, Butylene\nGlycol, Niacinamide") == [
                "Water", "Glycerin", "Butylene Glycol", "Niacinamide",
            ])
    }

    @Test func tokensKeepRawTextPositionAndRange() throws {
        let input = "Aqua, Niacinamide 10%*, Glycerin"
        let tokens = try tokenizer.tokenize(input).tokens
        #expect(tokens.map(\.position) == [1, 2, 3])
        #expect(tokens[1].raw == "Niacinamide 10%*")
        let scalars = Array(input.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[tokens[1].range])) == "Niacinamide 10%*")
        #expect(tokens.allSatisfy { $0.section == .main })
    }

    @Test func emptyBinaryAndProseInputsAreClearErrors() throws {
        #expect(throws: TokenizerError.empty) { try tokenizer.tokenize("  \n\t ") }
        #expect(throws: TokenizerError.binary(offset: 3)) { try tokenizer.tokenize("abc\u{0}def") }
        #expect(throws: TokenizerError.noIngredientList(excerpt: "Visit the Bobbi Brown boutique")) {
            try tokenizer.tokenize(SharedData.fixtureText("lists/prose-only.txt"))
        }
        let huge = String(repeating: "Water, ", count: Tokenizer.maximumBytes / 7 + 1)
        #expect(throws: TokenizerError.tooLarge(bytes: huge.utf8.count)) { try tokenizer.tokenize(huge) }
        let garbage = String(
            decoding: (0..<512).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }.filter { $0 != 0 }, as: UTF8.self)
        #expect(throws: TokenizerError.self) { try tokenizer.tokenize(garbage) }
    }

    @Test func kitHeadingsAreNotIngredients() throws {
        #expect(
            try names("Hydrating Jelly:\nWater, Glycerin\n\nNight Cream:\nWater, Squalane") == [
                "Water", "Glycerin", "Water", "Squalane",
            ])
    }
}
