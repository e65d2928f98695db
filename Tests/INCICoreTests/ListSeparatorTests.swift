import INCICore
import INCIDictionaryData
import Testing

/// How items are separated (issue 12, classes 4, 5, 7 and 8): brackets of several names are one
/// ingredient with components, "and" is never a separator (several of them do not make prose), spaced
/// dashes separate a dash list, capitals hyphenated at a line end join, and `+/-` after a percentage is
/// a tolerance while a bare `[+/-]` marks shades.
@Suite struct ListSeparatorTests {
    let tokenizer = Tokenizer()

    func names(_ text: String) throws -> [String] {
        try tokenizer.tokenize(text).tokens.map(\.text)
    }

    // MARK: - Class 4: a bracket of several names is one ingredient

    @Test func aBracketOfSeveralNamesIsOneIngredientWithComponents() throws {
        let tokens = try tokenizer.tokenize("Water, Fragrance (Geraniol, Linalool, Citronellol), Glycerin").tokens
        #expect(tokens.map(\.raw) == ["Water", "Fragrance (Geraniol, Linalool, Citronellol)", "Glycerin"])
        #expect(tokens[1].components == ["Geraniol", "Linalool", "Citronellol"])
        let oxides = try tokenizer.tokenize("Mica, Iron Oxides (CI 77491, CI 77492, CI 77499), Talc").tokens
        #expect(oxides.map(\.raw) == ["Mica", "Iron Oxides (CI 77491, CI 77492, CI 77499)", "Talc"])
        #expect(oxides[1].components == ["CI 77491", "CI 77492", "CI 77499"])
        // The sentence-long bracket of a scraped kit is not one ingredient; an unclosed one swallows nothing.
        #expect(try names("Glycine Soja (Soybean Oil, Water, Glycerin, Phenoxyethanol").count == 5)
    }

    @Test func componentsAreResolvedAndSynonymsAreNotComponents() throws {
        let analyzer = IngredientAnalyzer(dictionary: EmbeddedDictionary.shared)
        let fragrance = try analyzer.analyze("Water, Fragrance (Geraniol, Linalool, Citronellol), Glycerin")
            .ingredients[1]
        #expect(fragrance.match != .unknown)
        #expect(fragrance.components.map(\.name) == ["Geraniol", "Linalool", "Citronellol"])
        #expect(fragrance.components.allSatisfy { $0.match == .exact })
        let water = try analyzer.analyze("Aqua (Water, Eau), Glycerin").ingredients[0]
        #expect(water.name == "Water")
        #expect(water.components.isEmpty, "other names of the ingredient are not its components")
    }

    // MARK: - Class 5: "and" is not a separator, and several of them are not prose

    @Test func severalAndsDoNotRejectAList() throws {
        #expect(
            try names("Aqua, Phenoxyethanol and Caprylyl Glycol and Sorbic Acid, Glycerin")
                == ["Aqua", "Phenoxyethanol and Caprylyl Glycol and Sorbic Acid", "Glycerin"])
        #expect(try names("Water, Benzyl Alcohol and Ethylhexylglycerin and Tocopherol, Glycerin").count == 3)
        // Prose with "and" stays prose: other function words come with it.
        #expect(
            try names("Water, Glycerin.\n\nFree of artificial colors, flavors, and preservatives.") == [
                "Water", "Glycerin",
            ])
    }

    // MARK: - Class 7: spaced dashes and all-caps hyphenation

    @Test func spacedDashesSeparateADashList() throws {
        #expect(
            try names("Water - Glycerin - Niacinamide - Phenoxyethanol") == [
                "Water", "Glycerin", "Niacinamide", "Phenoxyethanol",
            ])
        #expect(
            try names("aqua - coco-glucoside - glycerin - parfum") == ["aqua", "coco-glucoside", "glycerin", "parfum"])
        #expect(try names("AQUA/WATER • GLYCERIN – PANTHENOL – NIACINAMIDE").count == 4)
        // With commas, a spaced dash is a wrapped name, not a separator.
        #expect(try names("Aqua, Phenoxyeth - anol, Parfum") == ["Aqua", "Phenoxyeth - anol", "Parfum"])
    }

    @Test func capitalsHyphenatedAtALineEndJoin() throws {
        #expect(try names("WATER, POLYCYCLOPEN-\nTADIENE, GLYCERIN") == ["WATER", "POLYCYCLOPENTADIENE", "GLYCERIN"])
        #expect(
            try names("WATER, ALPHA-\nISOMETHYL IONONE, GLYCERIN") == ["WATER", "ALPHA-ISOMETHYL IONONE", "GLYCERIN"])
    }

    // MARK: - Class 8: may-contain markers and tolerances

    @Test func aToleranceAfterAPercentageIsNoShadeMarker() throws {
        let tokens = try tokenizer.tokenize("Water, Glycerin +/- 1%, Niacinamide, Parfum").tokens
        #expect(tokens.map(\.text) == ["Water", "Glycerin", "Niacinamide", "Parfum"])
        #expect(tokens.allSatisfy { $0.section == .main })
        #expect(tokens[1].percent == 1)
    }

    @Test(arguments: [
        "Talc, Mica [+/-] CI 77491, CI 77891", "Talc, Mica (+/-) CI 77491, CI 77891",
        "Talc, Mica (+/-): CI 77491, CI 77891",
    ])
    func aBareBracketedPlusMinusMarksShades(text: String) throws {
        let tokens = try tokenizer.tokenize(text).tokens
        #expect(tokens.map(\.text) == ["Talc", "Mica", "CI 77491", "CI 77891"])
        #expect(tokens.map(\.section) == [.main, .main, .mayContain, .mayContain])
    }
}
