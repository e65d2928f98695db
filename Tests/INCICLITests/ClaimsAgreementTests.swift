import Foundation
import INCITestSupport
import Testing

/// `inci analyze`, `inci scan` and `inci check` read claims with one vocabulary (issue 12): "ohne Parfum"
/// in a claims column and "Sans Parfum" printed in a list both claim fragrance-free; placeholders in
/// an ingredient cell are not a list.
@Suite struct ClaimsAgreementTests {
    @Test func analyzeReportsTheClaimsPrintedWithTheList() throws {
        let result = try CLIRunner.run([
            "analyze", "--no-overlay", "--format", "json",
            "Oil-free. Paraben free.\nIngredients: Aqua, Glycerin, Sans Parfum, Tocopherol",
        ])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["claims"] as? [String] == ["fragrance-free", "paraben-free", "oil-free"])
        #expect((json["ingredients"] as? [[String: Any]])?.count == 3)
    }

    @Test func checkReadsTheSameClaims() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appending(path: "catalog.csv")
        try """
        Name,Ingredients,Claims
        German Lotion,"Aqua, Glycerin, Parfum, Tocopherol",ohne Parfum
        French Lotion,"Aqua, Glycerin, Sans Parfum, Parfum, Tocopherol",
        Empty Cell,No Info,
        Spreadsheet Error,#NAME?,

        """.write(to: csv, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(
            ["check", "--no-overlay", csv.path, "--format", "json"], currentDirectory: folder)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        func rules(_ product: String) -> Set<String> {
            Set(findings.filter { $0["product"] as? String == product }.compactMap { $0["rule"] as? String })
        }
        #expect(rules("German Lotion").contains("fragrance-free-claim"))
        #expect(rules("French Lotion").contains("fragrance-free-claim"))
        #expect(rules("Empty Cell") == ["not-an-ingredient-list"])
        #expect(rules("Spreadsheet Error") == ["not-an-ingredient-list"])
    }
}
