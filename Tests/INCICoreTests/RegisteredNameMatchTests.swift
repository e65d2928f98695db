import INCICore
import INCIDictionaryData
import Testing

/// A registered INCI name the dictionary has no entry for is unknown to inci, never read as a misprint of
/// a near dictionary name (which would give it another ingredient's facts). Found by reading all 28,659
/// CosIng names as a list: these two were the only registered names read as another ingredient.
@Suite struct RegisteredNameMatchTests {
    let matcher = Matcher(dictionary: EmbeddedDictionary.shared)

    @Test(arguments: ["Sodium Ethylparaben", "SODIUM DECYLBENZENESULFONATE"])
    func aRegisteredNameIsNotAMisprint(name: String) {
        let resolution = matcher.resolve(name)
        #expect(resolution.match == .unknown, "\(name) read as \(resolution.ingredient?.name ?? "-")")
    }

    @Test func printedMisspellingsStillResolve() {
        #expect(matcher.resolve("Niacinimide").ingredient?.name == "Niacinamide")
        #expect(matcher.resolve("Sodium Methylparaben").match == .exact)
    }
}
