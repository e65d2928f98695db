import INCICore
import INCIDictionaryData
import Testing

@Suite struct DictionaryLoaderTests {
    func diagnostics(_ files: [String: String]) -> [String] {
        let base = FixtureDictionary.files.filter { files[$0.path] == nil }
        let extra = files.map { DictionaryFile(path: $0.key, text: $0.value) }
        return DictionaryLoader.load(files: base + extra).diagnostics.map(\.description)
    }

    @Test func embeddedDictionaryLintsCleanAndIsLarge() {
        let result = EmbeddedDictionary.load()
        #expect(result.errors.isEmpty, "\(result.errors.prefix(10))")
        #expect(result.dictionary.ingredients.count >= 2_500)
        #expect(result.dictionary.ingredient(named: "Water") != nil)
    }

    @Test func everyRatingInTheEmbeddedDictionaryResolvesItsSource() {
        let dictionary = EmbeddedDictionary.shared
        for ingredient in dictionary.ingredients {
            for rating in ingredient.comedogenic + ingredient.irritancy {
                #expect(dictionary.sources[rating.source] != nil, "\(ingredient.name): \(rating.source)")
            }
        }
    }

    @Test func duplicateNamesAndAliasConflictsAreErrorsWithLines() {
        let found = diagnostics(["ingredients/zz-extra.txt": "Water\n  role: solvent\n\nSqualane\n  aka: Aqua\n"])
        #expect(
            found.contains(
                "ingredients/zz-extra.txt:1: error: 'Water' is already an ingredient (ingredients/test.txt:1)"))
        #expect(
            found.contains {
                $0.hasPrefix("ingredients/zz-extra.txt:5: error: alias 'Aqua' of 'Squalane' already names 'Water'")
            })
    }

    @Test func unknownSourcesFamiliesAndBadRatingsAreErrors() {
        let found = diagnostics([
            "ingredients/zz-extra.txt": """
            Squalane
              family: emollient-magic
              comedogenic: 7 fulton-1989
              irritancy: 1 nobody-2020
              sources: cosing
            """
        ])
        #expect(found.contains("ingredients/zz-extra.txt:2: error: unknown family 'emollient-magic'"))
        #expect(
            found.contains {
                $0.hasPrefix("ingredients/zz-extra.txt:3: error: malformed comedogenic rating '7 fulton-1989'")
            })
        #expect(
            found.contains("ingredients/zz-extra.txt:4: error: unknown source key 'nobody-2020' in irritancy rating"))
    }

    @Test func syntaxErrorsNameFileAndLine() {
        let found = diagnostics([
            "ingredients/zz-extra.txt": "  role: orphan\nSqualane\n  no colon here\n  colour: blue\n"
        ])
        #expect(found.contains("ingredients/zz-extra.txt:1: error: indented field 'role' before any stanza header"))
        #expect(
            found.contains(
                "ingredients/zz-extra.txt:3: error: expected 'key: value' in an indented line, found 'no colon here'"))
        #expect(found.contains { $0.hasPrefix("ingredients/zz-extra.txt:4: error: unknown field 'colour'") })
    }

    @Test func languageAliasMustTargetAKnownName() {
        let found = diagnostics(["aliases/ko.txt": "정제수 = Water\n없는성분 = Unobtainium\nno equals sign\n"])
        #expect(found.contains("aliases/ko.txt:2: error: 'Unobtainium' is not an ingredient or alias in ingredients/"))
        #expect(found.contains("aliases/ko.txt:3: error: expected 'alias = Canonical Name', found 'no equals sign'"))
    }

    @Test func ratingsParseRangesAndKeepSourceOrder() throws {
        let rating = try #require(Rating(parsing: "0-2 acne-org"))
        #expect(rating.low == 0 && rating.high == 2 && rating.value == 1 && rating.source == "acne-org")
        #expect(Rating(parsing: "6 x") == nil)
        #expect(Rating(parsing: "3-1 x") == nil)
        let myristate = try #require(FixtureDictionary.dictionary.ingredient(named: "isopropyl myristate"))
        #expect(myristate.comedogenic.first?.value == 5)
        #expect(myristate.irritancy.first?.source == "fulton-1989")
    }
}
