import INCIDictionaryData
import Testing

@testable import INCICore

/// US certified colour names read as the colour's short form and its Colour Index number (`USColourName`).
@Suite struct USColourNameTests {
    let matcher = Matcher(dictionary: EmbeddedDictionary.shared)

    @Test(arguments: [
        ("D&C Green No. 5", "CI 61570"), ("D&C Violet No. 2", "CI 60725"), ("D&C Yellow No. 10", "CI 47005"),
        ("Ext. D&C Violet No. 2", "CI 60730"), ("FD&C Green No. 3", "CI 42053"),
        ("D&C Yellow No. 10 Aluminum Lake", "CI 47005"), ("D&C Red No. 7 Calcium Lake", "CI 15850"),
    ])
    func aCertifiedColourIsItsDye(printed: String, expected: String) {
        #expect(matcher.resolve(printed).ingredient?.name == expected)
    }

    @Test func anotherDyeIsNotTakenForIt() {
        // Ext. D&C Yellow No. 7 (CI 10316) is not D&C Yellow No. 7 (CI 45350:1); neither is a short alias here.
        let ext = matcher.resolve("Ext. D&C Yellow No. 7").ingredient?.name
        #expect(ext == nil || ext != matcher.resolve("D&C Yellow No. 7").ingredient?.name)
        #expect(USColourName.shortKeys("ext d c yellow 7") == ["ext yellow 7"])
        #expect(USColourName.shortKeys("red 40").isEmpty)
        #expect(USColourName.shortKeys("d c green no 5") == ["green 5"])
    }
}
