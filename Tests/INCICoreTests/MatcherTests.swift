import INCICore
import Testing

@Suite struct MatcherTests {
    let matcher = Matcher(dictionary: FixtureDictionary.dictionary)

    func resolve(_ name: String) -> (MatchKind, String?) {
        let resolution = matcher.resolve(name)
        return (resolution.match, resolution.ingredient?.name)
    }

    @Test func fixtureDictionaryLoadsCleanly() {
        #expect(FixtureDictionary.loaded.diagnostics.isEmpty, "\(FixtureDictionary.loaded.diagnostics)")
        #expect(FixtureDictionary.dictionary.ingredients.count == 11)
    }

    @Test func exactIgnoresCasePunctuationAndSpacing() {
        #expect(resolve("NIACINAMIDE") == (.exact, "Niacinamide"))
        #expect(resolve("caprylic/ capric triglyceride") == (.exact, "Caprylic/Capric Triglyceride"))
        #expect(resolve("Caprylic Capric Triglyceride") == (.exact, "Caprylic/Capric Triglyceride"))
    }

    @Test func aliasesAndLanguageAliases() {
        #expect(resolve("Aqua") == (.alias, "Water"))
        #expect(resolve("Nicotinamide") == (.alias, "Niacinamide"))
        #expect(resolve("나이아신아마이드") == (.alias, "Niacinamide"))
        #expect(resolve("나이아신 아마이드") == (.alias, "Niacinamide"))
        #expect(resolve("시어버터") == (.alias, "Butyrospermum Parkii (Shea) Butter"))
    }

    @Test func namesWithoutTheirParenthesisedPart() {
        #expect(resolve("Butyrospermum Parkii Butter") == (.alias, "Butyrospermum Parkii (Shea) Butter"))
        #expect(resolve("Butyrospermum Parkii (Shea, Karite) Butter") == (.alias, "Butyrospermum Parkii (Shea) Butter"))
    }

    @Test func synonymsInParentheses() {
        #expect(resolve("Aqua (Water)") == (.alias, "Water"))
        #expect(resolve("CI 77891 (Titanium Dioxide)") == (.alias, "Titanium Dioxide"))
        #expect(resolve("Eau Thermale (Water)") == (.alias, "Water"))
    }

    @Test func slashAliasGroupsVersusSlashNames() {
        #expect(resolve("Water/Aqua/Eau") == (.alias, "Water"))
        #expect(resolve("Parfum/Fragrance") == (.alias, "Parfum"))
        #expect(resolve("Caprylic/Capric Triglyceride") == (.exact, "Caprylic/Capric Triglyceride"))
        // Parts naming two different ingredients are not an alias group.
        #expect(resolve("Glycerin/Water").0 == .unknown)
        // One known part and an unrelated unknown part: not the known one.
        #expect(resolve("Isopropyl Myristate/Eicosadioate").0 == .unknown)
    }

    @Test func fuzzyMatchesTyposWithConfidence() {
        let resolution = matcher.resolve("Niacinimide")
        #expect(resolution.match == .fuzzy)
        #expect(resolution.ingredient?.name == "Niacinamide")
        #expect(resolution.confidence < 1 && resolution.confidence >= 0.5)
        #expect(resolve("Glycerine") == (.fuzzy, "Glycerin"))
    }

    @Test func fuzzyNeverConfusesTwoRealIngredients() {
        #expect(resolve("Retinal").0 == .unknown)  // an aldehyde, not Retinol
        #expect(resolve("Sodium Laureth Sulfate") == (.exact, "Sodium Laureth Sulfate"))
        #expect(resolve("Sodium Lauryl Sulfate") == (.exact, "Sodium Lauryl Sulfate"))
        #expect(resolve("Sodium Sulfite").0 == .unknown)
        #expect(resolve("CI 77892").0 == .unknown)  // digits never fuzz
        #expect(resolve("Wate").0 == .unknown)  // too short to fuzz
    }

    @Test func unknownTokensStayInTheOutput() throws {
        let analyzer = IngredientAnalyzer(dictionary: FixtureDictionary.dictionary)
        let list = try analyzer.analyze("Water, Mystery Botanical Extract, NIACINAMIDE, SNAIL MUCIN FILTRATE")
        #expect(list.ingredients.map(\.match) == [.exact, .unknown, .exact, .unknown])
        #expect(
            list.ingredients.map(\.name) == [
                "Water", "Mystery Botanical Extract", "Niacinamide", "Snail Mucin Filtrate",
            ])
        #expect(list.coverage == 0.5)
    }
}

/// Matching for candidate selection: fuzzy lookups only where enough of the text matched exactly.
@Suite struct GatedFuzzyAnalysisTests {
    let analyzer = IngredientAnalyzer(dictionary: FixtureDictionary.dictionary)

    @Test func aListWithTyposIsAnalyzedAsUsual() throws {
        let text = "Water, Niacinimide, Glycerin, Zinc PCA"
        let gated = try analyzer.analyze(text, fuzzyFromCoverage: 0.25)
        #expect(gated == (try analyzer.analyze(text)))
        #expect(gated.ingredients[1].match == .fuzzy)
    }

    @Test func mostlyUnknownTextIsNotFuzzyMatched() throws {
        // One exact name in six: below a quarter, so "Niacinimide" stays unknown here.
        let text = "Water, Niacinimide, Shipping Policy, Returns, Gift Cards, Contact Us"
        let gated = try analyzer.analyze(text, fuzzyFromCoverage: 0.25)
        #expect(gated.ingredients.count == 6)
        #expect(gated.ingredients[1].match == .unknown)
        #expect(try analyzer.analyze(text).ingredients[1].match == .fuzzy)
    }
}

/// Initialisms printed with periods name what they name without them.
@Suite struct InitialismMatchTests {
    let matcher = Matcher(dictionary: ProjectDictionary.dictionary)

    @Test func colourIndexWithPeriods() {
        let dotted = matcher.resolve("C.I. 77891")
        #expect(dotted.ingredient?.id == matcher.resolve("CI 77891").ingredient?.id)
        #expect(dotted.ingredient != nil)
        #expect(dotted.match == .alias)
        #expect(matcher.resolve("C. I. 77491").ingredient?.id == matcher.resolve("CI 77491").ingredient?.id)
    }

    @Test func joiningInitialsOnlyJoinsRunsOfSingleLetters() {
        #expect(Matcher.joiningInitials("c i 77891") == "ci 77891")
        #expect(Matcher.joiningInitials("vitamin b 12") == nil)
        #expect(Matcher.joiningInitials("ci 77891") == nil)
    }

    /// `Cl 42090` (Open Beauty Facts 3574661065427, a shower gel) and `C1 77891`: the I of CI misread before a
    /// five-digit Colour Index number is that CI number, as a misspelling; `Cl` before other text is not.
    @Test func colourIndexWithAMisreadI() {
        let misread = matcher.resolve("Cl 42090")
        #expect(misread.ingredient != nil)
        #expect(misread.ingredient?.id == matcher.resolve("CI 42090").ingredient?.id)
        #expect(misread.match == .fuzzy)
        #expect(misread.confidence < 1)
        #expect(matcher.resolve("C1 77891").ingredient?.id == matcher.resolve("CI 77891").ingredient?.id)
        #expect(matcher.resolve("Cl 4209").ingredient?.id != matcher.resolve("CI 42090").ingredient?.id)
    }
}
