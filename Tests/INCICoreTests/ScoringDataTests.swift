import INCICore
import INCIDictionaryData
import Testing

/// `inci dict lint` catches scoring data that names what does not exist, or numbers out of range.
@Suite struct ScoringDataTests {
    func load(_ path: String, _ text: String) -> DictionaryLoader.Result {
        DictionaryLoader.load(
            files: EmbeddedDictionary.files.filter { $0.path != path } + [DictionaryFile(path: path, text: text)])
    }

    @Test func theEmbeddedScoringDataHasNoErrors() {
        let result = DictionaryLoader.load(files: EmbeddedDictionary.files)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(!result.dictionary.scoring.dose.isEmpty && !result.dictionary.scoring.flags.isEmpty)
    }

    @Test func unknownFamiliesAndIngredientsInDoseLaddersAreReported() {
        let result = load("scoring/dose.txt", "dose retinoids\n  effective: 1\n  potency: Retinoll 2\n  rinse-off: 2\n")
        let messages = result.diagnostics.map(\.message)
        #expect(messages.contains("unknown family 'retinoids'"))
        #expect(messages.contains("'Retinoll' is not an ingredient or alias in ingredients/"))
        #expect(messages.contains { $0.hasPrefix("'rinse-off' needs a number above 0 and at most 1.0") })
    }

    /// The scorer looks a ladder's members up by their canonical name: willow bark's potency, written under
    /// an alias, never applied and it counted as salicylic acid. An alias there is an error.
    @Test func aliasesInDoseLaddersAreErrors() {
        let result = load("scoring/dose.txt", "dose bha\n  effective: 2\n  potency: Willow Bark Extract 0.05\n")
        #expect(
            result.errors.map(\.message).contains(
                "'Willow Bark Extract' is an alias of 'Salix Alba (Willow) Bark Extract': the scorer looks ingredients up by their canonical name"
            ))
        let canonical = load(
            "scoring/dose.txt", "dose bha\n  effective: 2\n  potency: Salix Alba (Willow) Bark Extract 0.05\n")
        #expect(!canonical.diagnostics.contains { $0.message.contains("is an alias of") })
    }

    @Test func useLevelsAndFlagsAreChecked() {
        let levels = load(
            "scoring/concentration.txt", "use-levels test\n  Glycerine Oil: 1-2\n  family nope: max 1\n  Water: 5-2\n")
        #expect(levels.diagnostics.contains { $0.message == "unknown family 'nope'" })
        #expect(levels.diagnostics.contains { $0.message.hasPrefix("'Water' needs 'LOW-HIGH'") })
        let flags = load("scoring/flags.txt", "flag scent-free\n  families: scent\n")
        #expect(flags.diagnostics.contains { $0.message == "unknown family 'scent'" })
    }

    @Test func ratingConfidenceNeedsALevel() {
        let result = load(
            "ingredients/test.txt",
            "Test Wax Ester\n  role: emollient\n  comedogenic: 4 acne-org\n  rating-confidence: shaky because\n")
        #expect(result.errors.contains { $0.message.hasPrefix("'rating-confidence' needs 'high', 'medium' or 'low'") })
        let good = load(
            "ingredients/test.txt",
            "Test Wax Ester\n  role: emollient\n  comedogenic: 4 acne-org\n  rating-confidence: low one list's grade\n")
        let ingredient = good.dictionary.ingredient(named: "Test Wax Ester")
        #expect(ingredient?.ratingConfidence == RatingConfidence(level: .low, reason: "one list's grade"))
    }

    @Test func formSignalsAreData() {
        let result = load(
            "scoring/concentration.txt",
            "form-signals\n  powder-families: clay; chalk\n  wash-window: 0\n  detergent-words: soap\n")
        let messages = result.diagnostics.map(\.message)
        #expect(messages.contains("unknown family 'chalk'"))
        #expect(messages.contains { $0.hasPrefix("'wash-window' needs a whole number above 0") })
        #expect(messages.contains { $0.hasPrefix("unknown form signal 'detergent-words'") })
        let embedded = DictionaryLoader.load(files: EmbeddedDictionary.files).dictionary.scoring.concentration.signals
        #expect(embedded == FormSignals(), "concentration.txt's form-signals and the defaults in code agree")
    }

    /// The oil-free claim's oils are a list in flags.txt: oils by name word, less extracts, essential oils
    /// and PEG derivatives named after an oil.
    @Test func theOilsListMatchesOilsByWord() throws {
        let dictionary = DictionaryLoader.load(files: EmbeddedDictionary.files).dictionary
        let oils = try #require(dictionary.scoring.lists["oils"])
        func isOil(_ name: String) throws -> Bool { oils.matches(try #require(dictionary.ingredient(named: name))) }
        #expect(try isOil("Simmondsia Chinensis (Jojoba) Seed Oil"))
        #expect(try isOil("Paraffinum Liquidum"))
        #expect(try !isOil("PEG-40 Hydrogenated Castor Oil"))
        #expect(try !isOil("Lavandula Angustifolia (Lavender) Oil"))
        #expect(try !isOil("Oleyl Alcohol"))
    }
}
