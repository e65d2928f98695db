import Foundation
import INCITestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `inci check --against OLD`: a `reformulated` finding per product whose list changed, joined on the
/// id column or on brand and name, in every format. The catalogs are built from the real reformulations
/// of `Fixtures/reformulations/`.
@Suite struct CheckAgainstTests {
    static func list(_ file: String) throws -> String {
        try SharedData.fixtureText("reformulations/\(file)").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func csv(_ rows: [[String]]) -> String {
        rows.map { row in
            row.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",")
        }
        .joined(separator: "\n") + "\n"
    }

    /// An old and a new catalog: two real reformulations, a reprint (the same list printed otherwise), a
    /// product renamed but with the same SKU and a changed list, and a product new in the new catalog.
    static func catalogs() throws -> (folder: URL, old: String, new: String) {
        let folder = try CLIRunner.temporaryDirectory()
        let header = ["SKU", "Brand", "Name", "Ingredients"]
        let old = csv([
            header,
            ["1", "First Aid Beauty", "Ultra Repair Cream", try list("first-aid-beauty-ultra-repair-cream-2018.txt")],
            ["2", "Sephora Collection", "Sleeping Mask", try list("sephora-collection-sleeping-mask-2018.txt")],
            ["3", "Plain", "Reprinted Serum", "Water, Glycerin, Niacinamide 5%, Phenoxyethanol"],
            ["4", "Plain", "Old Name Toner", "Water, Glycerin, Panthenol, Phenoxyethanol"],
        ])
        let new = csv([
            header,
            ["1", "First Aid Beauty", "Ultra Repair Cream", try list("first-aid-beauty-ultra-repair-cream-2020.txt")],
            ["2", "Sephora Collection", "Sleeping Mask", try list("sephora-collection-sleeping-mask-2020.txt")],
            ["3", "Plain", "Reprinted Serum", "AQUA/WATER/EAU, GLYCERIN, NIACINAMIDE 5%, PHENOXYETHANOL"],
            ["4", "Plain", "New Name Toner", "Water, Glycerin, Panthenol, Parfum, Phenoxyethanol"],
            ["5", "Plain", "Brand New Gel", "Water, Glycerin, Phenoxyethanol"],
        ])
        let oldFile = folder.appending(path: "old.csv")
        let newFile = folder.appending(path: "new.csv")
        try old.write(to: oldFile, atomically: true, encoding: .utf8)
        try new.write(to: newFile, atomically: true, encoding: .utf8)
        return (folder, oldFile.path, newFile.path)
    }

    func check(_ arguments: [String], in folder: URL) throws -> CLIRunner.Result {
        try CLIRunner.run(["check", "--no-overlay"] + arguments, currentDirectory: folder)
    }

    @Test func aFindingPerChangedProductJoinedOnTheIDColumn() throws {
        let (folder, old, new) = try Self.catalogs()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try check([new, "--against", old, "--format", "json"], in: folder)
        #expect(result.status == 0, "notes do not fail the check: \(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]]).filter {
            $0["rule"] as? String == "reformulated"
        }
        let products = findings.compactMap { $0["product"] as? String }
        #expect(
            products == [
                "First Aid Beauty Ultra Repair Cream", "Sephora Collection Sleeping Mask", "Plain New Name Toner",
            ])
        let mask = try #require(findings.first { ($0["message"] as? String)?.contains("Dimethicone") == true })
        let message = try #require(mask["message"] as? String)
        #expect(message.hasPrefix("reformulated since \(old):3: "))
        #expect(message.contains("silicone-free: no") == false && message.contains("silicone-free: yes → no"))
        #expect(mask["severity"] as? String == "note")
        let renamed = try #require(findings.first { ($0["message"] as? String)?.contains("Parfum") == true })
        #expect((renamed["message"] as? String)?.contains("since \(old):5") == true)
    }

    /// Without an id column, products are joined on brand and name: the renamed one is then a new
    /// product, not a reformulation.
    @Test func withoutAnIDColumnBrandAndNameJoin() throws {
        let (folder, old, new) = try Self.catalogs()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try check([new, "--against", old, "--id-column", "Barcode", "--format", "json"], in: folder)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]]).filter {
            $0["rule"] as? String == "reformulated"
        }
        #expect(findings.count == 2)
        let plain = try check([new, "--format", "json"], in: folder)
        #expect(!plain.stdout.contains("\"reformulated\""))
    }

    @Test func everyFormatCarriesTheFinding() throws {
        let (folder, old, new) = try Self.catalogs()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try check([new, "--against", old], in: folder)
        #expect(text.stdout.contains("note [reformulated] reformulated since"))
        let github = try check([new, "--against", old, "--format", "github"], in: folder)
        #expect(github.stdout.contains("title=inci reformulated::Sephora Collection Sleeping Mask: reformulated since"))
        let markdown = try check([new, "--against", old, "--format", "markdown"], in: folder)
        #expect(markdown.stdout.contains("| `reformulated` | note | 3 |"))
        // JUnit lists the findings that fail the check: notes, when the policy fails on them.
        let junit = try check([new, "--against", old, "--format", "junit", "--fail-on", "note"], in: folder)
        #expect(junit.status == 1)
        let document = try XMLDocument(data: Data(junit.stdout.utf8))
        #expect(try document.nodes(forXPath: "//failure[contains(@message, 'reformulated since')]").count == 3)
        let sarif = try check([new, "--against", old, "--format", "sarif"], in: folder)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let run = try #require((json["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.filter { $0["ruleId"] as? String == "reformulated" }.count == 3)
        guard SharedData.isAvailable else { return }
        let file = folder.appending(path: "report.sarif")
        try sarif.stdout.write(to: file, atomically: true, encoding: .utf8)
        let validation = try CLIRunner.run(
            [
                "python3", "-c",
                "import json,sys,jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))); print('valid')",
                file.path, SharedData.url("schemas/sarif-2.1.0.json").path,
            ],
            executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(validation.stdout.contains("valid"), "\(validation.stderr)")
    }

    @Test func anUnreadableOldCatalogIsExitTwoAfterTheCheck() throws {
        let (folder, _, new) = try Self.catalogs()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try check([new, "--against", "missing-old.csv"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--against: missing-old.csv"))
        #expect(try check([new, "--against", "-"], in: folder).status == 64)
    }
}
