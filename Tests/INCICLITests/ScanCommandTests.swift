import Foundation
import INCITestSupport
import Testing

/// `inci scan` as a user runs it: folders of saved pages, every format, bad files in the batch.
@Suite struct ScanCommandTests {
    static let fixtures = SharedData.fixture("html").path

    /// A folder with one good page and every kind of bad input, built fresh for each test.
    static func badBatch() throws -> (folder: URL, files: [String]) {
        let folder = try CLIRunner.temporaryDirectory()
        let fm = FileManager.default
        try fm.copyItem(at: SharedData.fixture("html/amazon-like.html"), to: folder.appending(path: "good.html"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00] + (0..<3000).map { UInt8($0 % 251) })
            .write(to: folder.appending(path: "binary.html"))
        try Data().write(to: folder.appending(path: "empty.html"))
        // 100 MB without writing 100 MB: a sparse file.
        let big = folder.appending(path: "big.html")
        #expect(fm.createFile(atPath: big.path, contents: Data("<html>".utf8)))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 100 * 1024 * 1024)
        try handle.close()
        let deep =
            String(repeating: "<div>", count: 100_000) + "<h3>Ingredients</h3><p>Water, Glycerin, Niacinamide</p>"
        try Data(deep.utf8).write(to: folder.appending(path: "deep.html"))
        var invalid = Data("<html><body><h3>Ingredients</h3><p>Water, Glyc".utf8)
        invalid.append(contentsOf: [0xFF, 0xC3])
        invalid.append(Data("erin, Niacinamide, Zinc PCA</p></body></html>".utf8))
        try invalid.write(to: folder.appending(path: "invalid-utf8.html"))
        var utf16 = Data([0xFF, 0xFE])
        utf16.append(
            "<html><body><h3>Ingredients</h3><p>Water, Glycerin, Niacinamide</p></body></html>".data(
                using: .utf16LittleEndian)!)
        try utf16.write(to: folder.appending(path: "utf16.html"))
        // Unreadable: a FIFO (reading it would block forever) and, when not root, a file without permissions.
        #expect(mkfifo(folder.appending(path: "pipe.html").path, 0o644) == 0)
        let locked = folder.appending(path: "locked.html")
        try Data("<p>Ingredients: Water, Glycerin</p>".utf8).write(to: locked)
        try fm.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        // Vanished: a link to a file that no longer exists.
        try fm.createSymbolicLink(
            atPath: folder.appending(path: "vanished.html").path,
            withDestinationPath: folder.appending(path: "gone.html").path)
        // A directory loop through a symlink.
        let sub = folder.appending(path: "sub")
        try fm.createDirectory(at: sub, withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: sub.appending(path: "loop").path, withDestinationPath: folder.path)
        try Data("not a page".utf8).write(to: folder.appending(path: "notes.txt"))
        let files = [
            "big.html", "binary.html", "deep.html", "empty.html", "good.html", "invalid-utf8.html", "locked.html",
            "pipe.html",
            "utf16.html", "vanished.html",
        ]
        return (folder, files)
    }

    static func jsonl(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test(arguments: ["jsonl", "json", "csv", "table"])
    func outputIsByteIdenticalAcrossJobs(format: String) throws {
        let (folder, _) = try Self.badBatch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let one = try CLIRunner.run(["scan", Self.fixtures, folder.path, "--format", format, "--jobs", "1"])
        let four = try CLIRunner.run(["scan", Self.fixtures, folder.path, "--format", format, "--jobs", "4"])
        #expect(one.stdout.count > 1000)
        #expect(one.stdout == four.stdout)
        #expect(one.stderr == four.stderr)
        // The batch holds a missing and an unreadable input: 2 wins over the not-a-page inputs' 1.
        #expect(one.status == 2 && four.status == 2)
    }

    @Test func everyInputYieldsOneResultOrOneErrorAndTheBatchGoesOn() throws {
        let (folder, files) = try Self.badBatch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["scan", folder.path, "--format", "jsonl", "--jobs", "2"])
        #expect(result.status == 2)
        let records = try Self.jsonl(result.stdout)
        let sources = records.compactMap { $0["source"] as? String }.map { URL(fileURLWithPath: $0).lastPathComponent }
        // Sorted by path; the loop was entered once; notes.txt is not a page.
        #expect(Array(Set(sources)).sorted() == files)
        #expect(sources == sources.sorted())
        func record(_ name: String) -> [String: Any]? {
            records.first { ($0["source"] as? String)?.hasSuffix("/" + name) == true }
        }
        #expect(record("good.html")?["name"] as? String == "Dermova Clear Pore Gel Moisturizer, Oil-Free, 1.7 fl oz")
        #expect(record("binary.html")?["error_kind"] as? String == "not-html")
        #expect(record("empty.html")?["error_kind"] as? String == "empty")
        #expect(record("big.html")?["error_kind"] as? String == "too-large")
        #expect((record("big.html")?["error"] as? String)?.contains("104857600 bytes") == true)
        #expect(record("pipe.html")?["error_kind"] as? String == "unreadable")
        #expect((record("vanished.html")?["error"] as? String)?.contains("vanished.html") == true)
        #expect(record("vanished.html")?["error_kind"] as? String == "missing")
        #expect((record("invalid-utf8.html")?["ingredients"] as? [Any])?.count == 4)
        #expect((record("utf16.html")?["ingredients"] as? [Any])?.count == 3)
        #expect(record("deep.html")?["error_kind"] as? String == "too-deep")
        if getuid() != 0 { #expect(record("locked.html")?["error_kind"] as? String == "unreadable") }
        for record in records where record["error"] != nil {
            #expect(record["ingredients"] == nil)
            #expect(
                (record["error"] as? String)?.contains(
                    URL(fileURLWithPath: record["source"] as! String).lastPathComponent) == true)
        }
        #expect(result.stderr.hasPrefix("inci scan: 10 pages, "))
        #expect(result.stderr.contains(" errors\n"))
    }

    /// A file the user may not read. Tests run as root in CI, where permissions do not stop a read, so
    /// there the scan runs as `nobody` (util-linux `setpriv`); as any other user it runs directly.
    @Test(
        .enabled(
            if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
            "root without setpriv"))
    func unreadableFileIsAnErrorAndTheBatchGoesOn() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fm = FileManager.default
        try fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        try fm.copyItem(at: SharedData.fixture("html/amazon-like.html"), to: folder.appending(path: "good.html"))
        try fm.setAttributes([.posixPermissions: 0o644], ofItemAtPath: folder.appending(path: "good.html").path)
        let locked = folder.appending(path: "locked.html")
        try Data("<p>Ingredients: Water, Glycerin</p>".utf8).write(to: locked)
        try fm.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        let arguments = ["scan", folder.path, "--format", "jsonl", "--no-overlay"]
        let result =
            getuid() != 0
            ? try CLIRunner.run(arguments)
            : try CLIRunner.run(
                ["--reuid=65534", "--regid=65534", "--clear-groups", CLIRunner.inci.path] + arguments,
                executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
        let records = try Self.jsonl(result.stdout)
        #expect(records.count == 2, "\(result.stderr)")
        let lockedRecord = records.first { ($0["source"] as? String)?.hasSuffix("/locked.html") == true }
        #expect(lockedRecord?["error_kind"] as? String == "unreadable")
        #expect((lockedRecord?["error"] as? String)?.contains("locked.html") == true)
        #expect(records.contains { ($0["source"] as? String)?.hasSuffix("/good.html") == true && $0["error"] == nil })
        #expect(result.status == 2)
    }

    @Test func productRecordsCarryTheAnalyzeFields() throws {
        let analyze = try CLIRunner.run(["analyze", "--format", "json", "Water, Glycerin"])
        let analyzeKeys = Set(
            try #require(try JSONSerialization.jsonObject(with: Data(analyze.stdout.utf8)) as? [String: Any]).keys)
        let scan = try CLIRunner.run(["scan", Self.fixtures, "--format", "jsonl"])
        #expect(scan.status == 0, "\(scan.stderr)")
        let records = try Self.jsonl(scan.stdout)
        #expect(records.count == 14)
        for record in records where record["error"] == nil {
            #expect(analyzeKeys.isSubset(of: record.keys), "missing \(analyzeKeys.subtracting(record.keys))")
            for key in [
                "source", "name", "brand", "size", "price", "price_amount", "price_currency", "scent",
                "key_ingredients",
                "skin_types", "benefits", "free_from", "variant", "strategy", "line",
            ] {
                #expect(record.keys.contains(key), "missing \(key)")
            }
            // One key style; the three camelCase keys published before it are written beside their new names.
            let deprecated = ["skinTypes": "skin_types", "freeFrom": "free_from", "errorKind": "error_kind"]
            for key in record.keys where key.contains(where: \.isUppercase) {
                let current = try #require(deprecated[key], "\(key) is not snake_case")
                #expect((record[key] as? NSObject) == (record[current] as? NSObject))
            }
            // Lists found in a page's markup say where (a product API `.json` response has no lines to point at).
            if (record["source"] as? String)?.hasSuffix(".json") == true {
                #expect(record["line"] is NSNull)
            } else {
                #expect((record["line"] as? Int ?? 0) >= 1, "\(record["source"] ?? "") has no line")
            }
        }
        let noList = try #require(records.first { ($0["source"] as? String)?.hasSuffix("no-list.html") == true })
        #expect(noList["error_kind"] as? String == "no-ingredient-list")
        #expect(noList["errorKind"] as? String == "no-ingredient-list")
        #expect(scan.stderr == "inci scan: 13 pages, 13 products found, 1 page without a list, 0 errors\n")
    }

    @Test func skinFiltersScoresAsAnalyzeDoes() throws {
        let page = Self.fixtures + "/amazon-like.html"
        let scan = try CLIRunner.run(["scan", page, "--format", "jsonl", "--skin", "oily"])
        let record = try #require(try Self.jsonl(scan.stdout).first)
        let analyze = try CLIRunner.run([
            "analyze", "--format", "json", "--skin", "oily", "--name",
            "Dermova Clear Pore Gel Moisturizer, Oil-Free, 1.7 fl oz",
            "Water, Niacinamide, Glycerin, Propanediol, Zinc PCA, Sodium Hyaluronate, Allantoin, Panthenol, Carbomer, Sodium Hydroxide, Ethylhexylglycerin, Phenoxyethanol, Disodium EDTA",
        ])
        let expected = try #require(try JSONSerialization.jsonObject(with: Data(analyze.stdout.utf8)) as? [String: Any])
        #expect((record["scores"] as? [String: Any])?.keys.sorted() == ["oily"])
        for key in ["scores", "flags", "pore_profile", "product_type", "coverage", "counts"] {
            #expect((record[key] as? NSObject) == (expected[key] as? NSObject), "\(key) differs")
        }
        #expect(try CLIRunner.run(["scan", page, "--skin", "scaly"]).status == 64)
    }

    @Test func jsonIsOneArray() throws {
        let scan = try CLIRunner.run(["scan", Self.fixtures, "--format", "json"])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(scan.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 14)
        let empty = try CLIRunner.run(["scan", "--format", "json", "--glob", "*.nothing", Self.fixtures])
        #expect(empty.stdout == "[]\n")
        #expect(empty.status == 0)
        #expect(empty.stderr.hasPrefix("inci: warning: no files matching '*.nothing'"))
    }

    @Test func csvIsRFC4180() throws {
        let scan = try CLIRunner.run(["scan", Self.fixtures, "--format", "csv"])
        let rows = Self.parseCSV(scan.stdout)
        #expect(rows.count == 15)
        #expect(rows.allSatisfy { $0.count == rows[0].count })
        #expect(rows[0].first == "source")
        // A name with a comma stays one field.
        #expect(rows.contains { $0[1] == "Dermova Clear Pore Gel Moisturizer, Oil-Free, 1.7 fl oz" })
        #expect(scan.stdout.hasSuffix("\r\n"))
    }

    @Test func outputFileAndGlob() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "out.jsonl")
        let toFile = try CLIRunner.run(["scan", Self.fixtures, "--format", "jsonl", "--output", file.path])
        let toStdout = try CLIRunner.run(["scan", Self.fixtures, "--format", "jsonl"])
        #expect(toFile.stdout.isEmpty)
        #expect(try String(contentsOf: file, encoding: .utf8) == toStdout.stdout)
        let json = try CLIRunner.run(["scan", Self.fixtures, "--format", "jsonl", "--glob", "*.json"])
        #expect(try Self.jsonl(json.stdout).count == 1)
    }

    @Test func missingPathsAndBadArguments() throws {
        let missing = try CLIRunner.run([
            "scan", Self.fixtures + "/amazon-like.html", "/nonexistent/page.html", "--format", "jsonl",
        ])
        #expect(missing.status == 2)
        let records = try Self.jsonl(missing.stdout)
        #expect(records.count == 2)
        // Records are ordered by source path, so where the missing one lands depends on the checkout's path.
        let missingRecord = records.first { $0["source"] as? String == "/nonexistent/page.html" }
        #expect(missingRecord?["error_kind"] as? String == "missing")
        #expect((missingRecord?["error"] as? String)?.contains("/nonexistent/page.html") == true)
        #expect(
            records.contains {
                ($0["source"] as? String)?.hasSuffix("amazon-like.html") == true && $0["error_kind"] == nil
            })
        // Read but not a page: 1.
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0x00, 0x01, 0x02, 0x03] + (0..<2000).map { UInt8($0 % 251) }).write(
            to: folder.appending(path: "binary.html"))
        let notAPage = try CLIRunner.run([
            "scan", Self.fixtures + "/amazon-like.html", folder.path, "--format", "jsonl",
        ])
        #expect(notAPage.status == 1)
        #expect(try CLIRunner.run(["scan", Self.fixtures, "--jobs", "0"]).status == 64)
        #expect(try CLIRunner.run(["scan", Self.fixtures, "--format", "xml"]).status == 64)
        #expect(try CLIRunner.run(["scan"]).status == 64)
    }

    /// On a terminal, stderr shows a progress bar (done/total, rate); `script` gives the command one.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "util-linux script is absent"))
    func progressBarOnlyOnATerminal() throws {
        let command = "\(CLIRunner.inci.path) scan \(Self.fixtures) --jobs 1 --format jsonl > /dev/null"
        let result = try CLIRunner.run(
            ["-qec", command, "/dev/null"], executable: URL(fileURLWithPath: "/usr/bin/script"))
        #expect(result.stdout.contains("13/13"))
        #expect(result.stdout.contains("pages/s"))
        #expect(result.stdout.contains("inci scan: 13 pages"))
    }

    /// The real saved pages: two purish.com pages (five products: four shades and one powder), the
    /// INCIDecoder fragment, the rossmann.de page (its closed accordion has a list), the dm.de product
    /// with ingredients; the shop-apotheke.com page and the dm.de baby plate have none.
    @Test(.enabled(if: SharedData.isAvailable, "../shared/data is absent"))
    func realPages() throws {
        let scan = try CLIRunner.run(["scan", SharedData.url("html").path, "--format", "jsonl"])
        #expect(scan.status == 0, "\(scan.stderr)")
        #expect(scan.stderr == "inci scan: 7 pages, 8 products found, 2 pages without a list, 0 errors\n")
        let records = try Self.jsonl(scan.stdout)
        let withoutList = records.filter { $0["error_kind"] as? String == "no-ingredient-list" }.compactMap {
            $0["source"] as? String
        }
        #expect(
            withoutList.map { URL(fileURLWithPath: $0).lastPathComponent } == [
                "4066447240092.product-api.json", "catrice-sonnen-glow-matt-bronzing-puder.html",
            ])
    }

    /// Minimal RFC 4180 reader, for checking the output's quoting.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if quoted {
                if character == "\"" {
                    if index + 1 < characters.count && characters[index + 1] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                row.append(field)
                field = ""
            } else if character == "\r\n" || character == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(character)
            }
            index += 1
        }
        characters = []
        return rows
    }
}
