import INCICore
import Testing

/// The one claims vocabulary (issue 12, classes 1 and 3): phrases in the languages labels are printed
/// in, "free of" lists, claims before a list and among its items, and placeholders that are no list.
@Suite struct ClaimTests {
    let tokenizer = Tokenizer()

    @Test(arguments: [
        ("Fragrance-free", Claim.fragranceFree), ("ohne Parfum", .fragranceFree), ("Sans parfum", .fragranceFree),
        ("senza profumo", .fragranceFree), ("무향료", .fragranceFree), ("Non-comedogenic", .nonComedogenic),
        ("won't clog pores", .nonComedogenic), ("Parabenfrei", .parabenFree), ("Sin parabenos", .parabenFree),
        ("Alkoholfrei", .alcoholFree), ("Oil free", .oilFree), ("Dermatologically tested", .dermatologicallyTested),
        ("Dermatologisch getestet", .dermatologicallyTested), ("100% Vegan", .vegan), ("Cruelty-free", .crueltyFree),
    ])
    func phrasesInSeveralLanguages(text: String, claim: Claim) {
        #expect(Claim.claims(in: text) == [claim])
        #expect(Claim.claim(ofWholeText: text) == claim)
    }

    @Test func freeOfListsAndWordBoundaries() {
        #expect(
            Claim.claims(in: "Formulated without parabens, sulfates and phthalates.") == [
                .parabenFree, .sulfateFree, .phthalateFree,
            ])
        #expect(Claim.claims(in: "Ohne Parfum und Farbstoffe") == [.fragranceFree, .dyeFree])
        #expect(Claim.claims(in: "Free from mineral oil-free claims") == [.mineralOilFree])
        #expect(
            Claim.claims(in: "mineral oil-free") == [.mineralOilFree], "oil-free does not count inside mineral oil-free"
        )
        #expect(Claim.claims(in: "Veganer Lippenstift").isEmpty, "whole words only")
        #expect(Claim.claim(ofWholeText: "Fragrance") == nil)
        #expect(Claim.claim(ofWholeText: "Free of parabens") == .parabenFree)
    }

    /// Claims before the list heading go to `claims`, not to the ingredients (class 1).
    @Test func claimsBeforeTheListHeading() throws {
        let list = try tokenizer.tokenize(
            "Oil-free. Non-comedogenic. Paraben free.\nIngredients: Water, Glycerin, Niacinamide")
        #expect(list.tokens.map(\.text) == ["Water", "Glycerin", "Niacinamide"])
        #expect(list.claims == [.nonComedogenic, .parabenFree, .oilFree])
    }

    /// Claims and placeholders inside a list are dropped; claims are recorded (class 3).
    @Test func claimsAndPlaceholdersInsideAList() throws {
        let list = try tokenizer.tokenize("Aqua, Glycerin, Sans Parfum, Tocopherol")
        #expect(list.tokens.map(\.text) == ["Aqua", "Glycerin", "Tocopherol"])
        #expect(list.claims == [.fragranceFree])
        #expect(try tokenizer.tokenize("Water, Glycerin, and...").tokens.map(\.text) == ["Water", "Glycerin"])
        #expect(try tokenizer.tokenize("Water, Glycerin, etc.").tokens.map(\.text) == ["Water", "Glycerin"])
        let scraped = try tokenizer.tokenize("#vegan Water, Glycerin, Niacinamide, [more] Phenoxyethanol. Read more")
        #expect(scraped.tokens.map(\.text) == ["Water", "Glycerin", "Niacinamide", "Phenoxyethanol"])
        #expect(scraped.claims == [.vegan])
    }

    /// A claim or a placeholder alone is not an ingredient list (class 3).
    @Test(arguments: [
        "Dermatologically tested", "No Info", "N/A", "#Name?", "See packaging", "Sans parfum. Hypoallergénique.", "-",
    ])
    func aClaimOrPlaceholderAloneIsNoList(text: String) {
        #expect(throws: TokenizerError.self) { try tokenizer.tokenize(text) }
    }

    /// A footnote legend printed after the last item, without its own line.
    @Test func trailingFootnoteLegend() throws {
        let list = try tokenizer.tokenize("Water, Lavandula Angustifolia Oil*, Phenoxyethanol * Essential Oil")
        #expect(list.tokens.map(\.text) == ["Water", "Lavandula Angustifolia Oil", "Phenoxyethanol"])
        #expect(list.footnotes["*"] == "Essential Oil")
        #expect(list.tokens[1].annotations.contains("essential-oil"))
    }
}
