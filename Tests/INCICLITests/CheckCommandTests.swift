import Foundation
import INCICheck
import INCITestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `inci check` on catalogs written for the tests (Fixtures/catalogs): every rule, every format,
/// policies, baselines and exit codes.
@Suite struct CheckCommandTests {
    static let catalog = SharedData.fixture("catalogs/rules.csv").path

    func check(_ arguments: [String], in directory: URL? = nil) throws -> CLIRunner.Result {
        try CLIRunner.run(
            ["check", "--no-overlay"] + arguments, currentDirectory: directory ?? FileManager.default.temporaryDirectory
        )
    }

    func findings(_ result: CLIRunner.Result) throws -> [[String: Any]] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(json["findings"] as? [[String: Any]])
    }

    @Test func everyRuleFiresOnItsRowAndOnlyThere() throws {
        let result = try check([Self.catalog, "--format", "json"])
        #expect(result.status == 1)
        let found = try findings(result)
        func rules(_ product: String) -> Set<String> {
            Set(found.filter { $0["product"] as? String == "Fixture \(product)" }.compactMap { $0["rule"] as? String })
        }
        #expect(rules("Clean Serum").isEmpty)
        #expect(rules("Missing List Cream") == ["missing-ingredients"])
        #expect(rules("Boutique Placeholder") == ["not-an-ingredient-list"])
        #expect(rules("Mystery Blend") == ["unknown-ingredients"])
        #expect(rules("Double Glycerin Toner") == ["duplicate-ingredient"])
        #expect(rules("Typo Serum") == ["probable-typo"])
        #expect(rules("Overdosed Peel") == ["percent-out-of-range"])
        #expect(rules("Scented Lotion") == ["fragrance-free-claim"])
        #expect(rules("Preserved Gel").isEmpty, "benzyl alcohol alone is a preservative, not fragrance")
        #expect(rules("Alcohol Toner") == ["alcohol-free-claim"])
        #expect(rules("Fatty Alcohol Cream").isEmpty, "cetearyl and cetyl alcohol are not drying alcohols")
        #expect(rules("Comedogenic Day Cream") == ["non-comedogenic-claim"])
        #expect(rules("Oily Oil-Free Moisturizer") == ["oil-free-claim"])
        #expect(rules("Paraben Lotion") == ["paraben-free-claim"])
        #expect(rules("Sulfate Cleanser") == ["sulfate-free-claim"])
        #expect(rules("Silicone Primer") == ["silicone-free-claim"])
        #expect(rules("Coconut Balm") == ["claimed-skin-type-avoid"])
        #expect(rules("Pore Minimizing Mist") == ["pore-claim-without-active"])
        // Line numbers count the newlines inside the quoted claims of the first row.
        #expect(found.first { $0["product"] as? String == "Fixture Missing List Cream" }?["line"] as? Int == 5)
        #expect(found.first { $0["product"] as? String == "Fixture Typo Serum" }?["column"] as? String == "Ingredients")
    }

    @Test func policyThresholdsForbiddenFamiliesAndAnnexII() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in ["policy-strict.yml", "annex-ii-sample.csv"] {
            try FileManager.default.copyItem(
                at: SharedData.fixture("catalogs/\(file)"),
                to: folder.appending(path: file == "policy-strict.yml" ? ".inci.yml" : file))
        }
        let nested = folder.appending(path: "catalogs/2026")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        // The policy is found by walking up from the current directory.
        let result = try check([Self.catalog, "--format", "json"], in: nested)
        #expect(result.status == 1, "\(result.stderr)")
        let found = try findings(result)
        let rules = Set(found.compactMap { $0["rule"] as? String })
        #expect(rules.contains("forbidden-family"))
        #expect(rules.contains("eu-prohibited"))
        #expect(rules.contains("minimum-score"))
        #expect(!rules.contains("probable-typo"), "turned off by the policy")
        #expect(found.first { $0["rule"] as? String == "unknown-ingredients" }?["severity"] as? String == "error")
        let prohibited = try #require(found.first { $0["rule"] as? String == "eu-prohibited" })
        #expect(prohibited["product"] as? String == "Fixture Tretinoin Cream")
        #expect((prohibited["message"] as? String)?.contains("Annex II entry 375") == true)
    }

    @Test func invalidPoliciesAreClearErrorsWithTheLine() throws {
        let unknown = try check([Self.catalog, "--policy", SharedData.fixture("catalogs/policy-unknown-rule.yml").path])
        #expect(unknown.status == 2)
        #expect(
            unknown.stderr.contains("policy-unknown-rule.yml:4: unknown rule 'fragrance-free-claims'"),
            "\(unknown.stderr)")
        let yaml = try check([Self.catalog, "--policy", SharedData.fixture("catalogs/policy-bad-yaml.yml").path])
        #expect(yaml.status == 2)
        #expect(yaml.stderr.contains("policy-bad-yaml.yml:"), "\(yaml.stderr)")
        #expect(yaml.stderr.contains("invalid YAML"))
        #expect(throws: PolicyError.self) {
            try PolicyLoader.parse("forbidden-families: [glitter]\n", file: "inline.yml", knownFamilies: ["paraben"])
        }
    }

    @Test func baselineSuppressesKnownFindingsOnly() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalog = folder.appending(path: "catalog.csv")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.catalog), to: catalog)
        let baseline = folder.appending(path: "baseline.json").path
        let first = try check([catalog.path, "--write-baseline", baseline, "--format", "json"])
        #expect(first.status == 1)
        let second = try check([catalog.path, "--baseline", baseline, "--format", "json"])
        #expect(second.status == 0, "\(second.stdout)")
        #expect(try findings(second).isEmpty)
        // A new bad row fails again; a row inserted above known findings does not make them new.
        var text = try String(contentsOf: catalog, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "Fixture,Missing List Cream",
            with: "Fixture,Inserted Row,Serum,,Normal,\"Water, Glycerin\"\nFixture,Missing List Cream")
        text += "Fixture,New Bad Row,Serum,,Normal,Visit the New boutique\n"
        try text.write(to: catalog, atomically: true, encoding: .utf8)
        let third = try check([catalog.path, "--baseline", baseline, "--format", "json"])
        #expect(third.status == 1)
        let new = try findings(third)
        #expect(new.count == 1)
        #expect(new.first?["product"] as? String == "Fixture New Bad Row")
    }

    @Test func jsonlJsonArraysAndUnreadableInputs() throws {
        let jsonl = try check([SharedData.fixture("catalogs/rules.jsonl").path, "--format", "json"])
        #expect(jsonl.status == 2, "a line that is not JSON is a read error, after checking the rest")
        #expect(try findings(jsonl).map { $0["rule"] as? String } == ["paraben-free-claim"])
        #expect(try findings(jsonl).first?["line"] as? Int == 3)
        let array = try check([SharedData.fixture("catalogs/rules-array.json").path, "--format", "json"])
        #expect(try findings(array).map { $0["rule"] as? String } == ["alcohol-free-claim"])
        let missing = try check(["/nonexistent/catalog.csv"])
        #expect(missing.status == 2)
        #expect(missing.stdout.contains("could not read: /nonexistent/catalog.csv"))
    }

    /// A folder of saved pages goes through the `inci scan` extractor; a page without a list is a
    /// `missing-ingredients` finding naming the page.
    @Test func foldersOfPagesAreChecked() throws {
        let result = try check([SharedData.fixture("html").path, "--format", "json"])
        #expect(result.status != 2, "\(result.stdout)\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let summary = try #require(json["summary"] as? [String: Any])
        #expect((summary["products"] as? Int ?? 0) >= 12)
        let missing = try findings(result).filter { $0["rule"] as? String == "missing-ingredients" }
        #expect(missing.contains { ($0["file"] as? String)?.hasSuffix("no-list.html") == true })
    }

    /// A finding on a page points at the line of the element the list was found at, so SARIF and
    /// GitHub annotations open the page there.
    @Test func pageFindingsCarryTheLineOfTheList() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appending(path: "serum.html")
        let lines = [
            "<!DOCTYPE html>", "<html>", "<head><title>Serum</title></head>", "<body>", "<h1>Clear Pore Serum</h1>",
            "<p>A light serum.</p>", "", "<h3>Ingredients</h3>",
            "<p>Water, Niacinimide, Glycerin, Zinc PCA, Phenoxyethanol</p>",
            "</body>", "</html>",
        ]
        try Data(lines.joined(separator: "\n").utf8).write(to: page)
        let result = try check([page.path, "--format", "json"])
        let typo = try findings(result).first { $0["rule"] as? String == "probable-typo" }
        #expect(typo?["line"] as? Int == 8, "\(result.stdout)")
        #expect((typo?["file"] as? String)?.hasSuffix("serum.html") == true)
    }

    /// Rows are checked in parallel; the report must not depend on how many threads did it.
    @Test func reportIsByteIdenticalAcrossJobs() throws {
        var catalogs = [Self.catalog, SharedData.fixture("html").path]
        if SharedData.isAvailable { catalogs.append(SharedData.url("products/sephora-cosmetics.csv").path) }
        for catalog in catalogs {
            let one = try check([catalog, "--format", "json", "--jobs", "1"])
            let four = try check([catalog, "--format", "json", "--jobs", "4"])
            #expect(one.stdout == four.stdout, "\(catalog)")
            #expect(one.status == four.status)
            #expect(one.stdout.count > 200)
        }
        #expect(try check([Self.catalog, "--jobs", "0"]).status == 64)
    }

    @Test func sarifIsValidAgainstTheOfficialSchema() throws {
        let result = try check([Self.catalog, "--format", "sarif"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["version"] as? String == "2.1.0")
        let run = try #require((json["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        let missing = try #require(
            results.first {
                ($0["message"] as? [String: Any])?["text"] as? String == "no ingredient list in column 'Ingredients'"
            })
        let region =
            ((missing["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"]
            as? [String: Any]
        #expect(region?["startLine"] as? Int == 5)
        guard SharedData.isAvailable else { return }
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "report.sarif")
        try result.stdout.write(to: file, atomically: true, encoding: .utf8)
        let schema = SharedData.url("schemas/sarif-2.1.0.json").path
        let validation = try CLIRunner.run(
            [
                "python3", "-c",
                "import json,sys,jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))); print('valid')",
                file.path, schema,
            ],
            executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(validation.stdout.contains("valid"), "\(validation.stderr)")
    }

    @Test func junitGithubMarkdownAndText() throws {
        let junit = try check([Self.catalog, "--format", "junit"])
        let document = try XMLDocument(data: Data(junit.stdout.utf8))
        let suite = try #require(try document.nodes(forXPath: "/testsuites/testsuite").first as? XMLElement)
        #expect(suite.attribute(forName: "failures")?.stringValue == "10")
        let github = try check([Self.catalog, "--format", "github"])
        #expect(
            github.stdout.contains(
                "::error file=\(Self.catalog),line=5,title=inci missing-ingredients::Fixture Missing List Cream: no ingredient list in column 'Ingredients'"
            ))
        #expect(github.stdout.contains("::warning file="))
        let markdown = try check([Self.catalog, "--format", "markdown"])
        #expect(markdown.stdout.contains("| `missing-ingredients` | error | 1 |"))
        let text = try check([Self.catalog])
        #expect(text.stdout.contains("    error [missing-ingredients] no ingredient list"))
        #expect(!text.stdout.contains("\u{1B}["), "no colours when not on a terminal")
        #expect(text.stdout.contains("19 products checked in 1 input(s): 10 errors, 6 warnings, 0 notes"))
    }

    @Test func failOnAndExitCodes() throws {
        let clean = try check([SharedData.fixture("catalogs/rules-array.json").path, "--fail-on", "error"])
        #expect(clean.status == 1)
        let warningsOnly = folderWith("Brand,Name,Ingredients\nX,Typo,\"Water, Niacinimide, Glycerin\"\n")
        defer { try? FileManager.default.removeItem(at: warningsOnly.deletingLastPathComponent()) }
        #expect(try check([warningsOnly.path]).status == 0)
        #expect(try check([warningsOnly.path, "--fail-on", "warning"]).status == 1)
        let list = try check(["--list-rules"])
        #expect(list.stdout.contains("eu-prohibited\terror"))
    }

    func folderWith(_ csv: String) -> URL {
        let folder = (try? CLIRunner.temporaryDirectory()) ?? FileManager.default.temporaryDirectory
        let file = folder.appending(path: "catalog.csv")
        try? csv.write(to: file, atomically: true, encoding: .utf8)
        return file
    }
}

@Suite struct CheckHostileCatalogTests {
    @Test func unterminatedQuoteIsAnErrorWithItsLine() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "broken.csv")
        try "Name,Ingredients\nA,\"Water, Glycerin\"\nB,\"Water, Glycerin\nC,\"Water\"\n".write(
            to: file, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["check", "--no-overlay", file.path, "--format", "json"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("broken.csv:3: a quoted field opened here never closes"), "\(result.stdout)")
    }

    @Test func hugeFieldAndBinaryCatalogDoNotCrash() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appending(path: "big.csv")
        // A 10 MB cell without separators (a scrape gone wrong): one unknown name, not a crash or a hang.
        let field = String(repeating: "Aqua", count: 2_500_000)
        try "Name,Ingredients\nHuge,\"\(field)\"\nSmall,\"Water, Niacinamide\"\n".write(
            to: big, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["check", "--no-overlay", big.path, "--format", "json"])
        #expect([0, 1].contains(result.status), "\(result.stderr)")
        #expect(result.stdout.contains("\"products\" : 2"), "\(result.stdout.prefix(300))")
        let binary = folder.appending(path: "binary.csv")
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) }).write(to: binary)
        let binaryResult = try CLIRunner.run(["check", "--no-overlay", binary.path])
        #expect([0, 1, 2].contains(binaryResult.status))
    }
}

/// analyze, scan and check give one answer to "does it contain fragrance?": the flags of
/// `Dictionaries/scoring/flags.txt`.
@Suite struct ClaimFlagConsistencyTests {
    @Test func allergensWithoutParfumFailBothAnalyzeAndCheck() throws {
        let label = "Water, Linalool, Limonene"
        let analyze = try CLIRunner.run(["analyze", "--no-overlay", "--format", "json", label])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(analyze.stdout.utf8)) as? [String: Any])
        let flags = try #require(document["flags"] as? [String: Any])
        #expect(flags["fragrance_free"] as? Bool == false)

        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalog = folder.appending(path: "catalog.csv")
        try
            "Name,Ingredients,Claims\nAllergen Mist,\"\(label)\",fragrance-free\nUnknown Mist,\"Water, Botanical Blend X-7\",fragrance-free\n"
            .write(to: catalog, atomically: true, encoding: .utf8)
        let check = try CLIRunner.run(
            ["check", "--no-overlay", catalog.path, "--format", "json"], currentDirectory: folder)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        let rules = { (product: String) in
            Set(findings.filter { $0["product"] as? String == product }.compactMap { $0["rule"] as? String })
        }
        #expect(rules("Allergen Mist").contains("fragrance-free-claim"))
        #expect(!rules("Unknown Mist").contains("fragrance-free-claim"), "unknown is not 'contains fragrance'")
    }

    @Test func anUnknownFlagIsNullInJSONAndNamedInText() throws {
        // An unknown name that does not say what it is ("Essential Oil" does: a probable essential oil).
        let label = "Squalane, Botanical Blend Q, Tocopherol"
        let json = try CLIRunner.run(["analyze", "--no-overlay", "--format", "json", label])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let flags = try #require(document["flags"] as? [String: Any])
        #expect(flags["essential_oil_free"] is NSNull)
        #expect(flags["unrecognised"] as? [String] == ["Botanical Blend Q"])
        let text = try CLIRunner.run(["analyze", "--no-overlay", label])
        #expect(text.stdout.contains("essential-oil-free: unknown"))
        #expect(text.stdout.contains("unknown because not recognised: Botanical Blend Q"))
        let named = try CLIRunner.run([
            "analyze", "--no-overlay", "--format", "json", "Squalane, Essential Oil, Tocopherol",
        ])
        let namedFlags = try #require(
            (try JSONSerialization.jsonObject(with: Data(named.stdout.utf8)) as? [String: Any])?["flags"]
                as? [String: Any])
        #expect(
            namedFlags["essential_oil_free"] as? Bool == false,
            "a name that says essential oil is never essential-oil-free")
    }
}
