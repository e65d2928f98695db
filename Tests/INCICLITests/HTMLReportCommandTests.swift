import Foundation
import INCITestSupport
import Testing

/// `--format html` of the commands: one self-contained page, agreeing with `--format json` of the same run.
@Suite struct HTMLReportCommandTests {
    static let list =
        "Aqua (Water), Niacinamide 10%, Zinc PCA, Isopropyl Myristate, Parfum, Niacinimide, Mystery Extract"

    @Test func analyzeHTMLShowsTheValuesOfTheJSON() throws {
        let json = try CLIRunner.run(["analyze", "--format", "json", Self.list])
        let html = try CLIRunner.run(["analyze", "--format", "html", Self.list])
        #expect(json.status == 0 && html.status == 0, "\(json.stderr)\(html.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let page = html.stdout
        let scores = try #require(document["scores"] as? [String: [String: Any]])
        #expect(scores.count == 7)
        for (type, score) in scores {
            let value = try #require(score["score"] as? Int)
            let verdict = try #require(score["verdict"] as? String)
            #expect(page.contains("aria-label=\"\(type): \(value) of 100, \(verdict)\""), "\(type)")
            let reasons = try #require(score["reasons"] as? [[String: Any]])
            for reason in reasons { #expect(page.contains("<code>\(reason["rule"] as? String ?? "")</code>")) }
        }
        let items = try #require(document["ingredients"] as? [[String: Any]])
        for item in items {
            let raw = try #require(item["raw"] as? String)
            #expect(page.contains(raw), "\(raw)")
            let match = try #require(item["match"] as? String)
            #expect(page.contains("class=\"match-\(match)\""))
            if match != "unknown" { #expect(page.contains(try #require(item["name"] as? String))) }
            if let estimate = item["estimate"] as? [String: Any], let share = estimate["share"] as? Double {
                #expect(page.contains(Self.percent(share)), "\(raw) \(share)")
            }
        }
        let flags = try #require(document["flags"] as? [String: Any])
        for key in ["fragrance_free", "drying_alcohol_free", "paraben_free", "silicone_free"] {
            let expected = flags[key] is NSNull ? "unknown" : (flags[key] as? Bool == true ? "true" : "false")
            #expect(page.contains("class=\"flag flag-\(expected)\" data-flag=\"\(key)\""), "\(key)")
        }
        #expect(page.contains("Mystery Extract"))
    }

    @Test func analyzeHTMLGoesToTheOutputFile() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appending(path: "report.html").path
        let result = try CLIRunner.run(["analyze", "--format", "html", "-o", path, "Water, Glycerin"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let page = try String(contentsOfFile: path, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("Content-Security-Policy"))
    }

    @Test func diffAndRoutineHTMLShowTheScoresOfTheirJSON() throws {
        let versions = [
            "Water, Glycerin, Niacinamide 5%, Parfum", "Water, Niacinamide 10%, Glycerin, Isopropyl Myristate",
        ]
        let routine = ["--am", "Water, Sodium Laureth Sulfate, Glycerin", "--pm", "Water, Retinol, Glycerin"]
        for (command, arguments) in [("diff", versions), ("routine", routine)] {
            let json = try CLIRunner.run([command, "--format", "json"] + arguments)
            let html = try CLIRunner.run([command, "--format", "html"] + arguments)
            #expect(json.status == html.status, "\(command): \(html.stderr)")
            let document = try #require(
                try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let scores = try #require(document["scores"] as? [String: [String: Any]])
            #expect(scores.count == 7, "\(command)")
            for (type, score) in scores {
                if command == "diff" {
                    let (new, verdict) = (score["new"] as? Int ?? -1, score["new_verdict"] as? String ?? "")
                    #expect(html.stdout.contains("\(type) after: \(new) of 100, \(verdict)"), "\(command) \(type)")
                } else {
                    let (value, verdict) = (score["score"] as? Int ?? -1, score["verdict"] as? String ?? "")
                    #expect(html.stdout.contains("\(type): \(value) of 100, \(verdict)"), "\(command) \(type)")
                }
            }
            #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
        }
    }

    /// Without a browser too: every finding of the JSON is in the page, under its rule's section, with its
    /// catalog file and line, and the page holds only our markup.
    @Test func checkHTMLHasEveryFindingOfTheJSONUnderItsRule() throws {
        let catalog = SharedData.fixture("catalogs/rules.csv").path
        let json = try CLIRunner.run(["check", catalog, "--format", "json", "--quiet"])
        let html = try CLIRunner.run(["check", catalog, "--format", "html", "--quiet"])
        #expect(json.status == html.status, "\(html.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty)
        let page = html.stdout
        Self.expectOnlyOurMarkup(page)
        for finding in findings {
            let rule = try #require(finding["rule"] as? String)
            let section = try #require(Self.section(of: page, id: "rule-" + rule), "\(rule)")
            let place = "\(finding["file"] as? String ?? ""):\(finding["line"] as? Int ?? 0)"
            #expect(section.contains("<code>\(place)</code>"), "\(rule) \(place)")
            #expect(section.contains("data-severity=\"\(finding["severity"] as? String ?? "")\""))
        }
        let rules = Set(findings.compactMap { $0["rule"] as? String })
        #expect(page.components(separatedBy: "<section class=\"finding\"").count - 1 == rules.count)
        // The overview's histograms are the JSON's summary.score_histogram, band by band.
        let summary = try #require(document["summary"] as? [String: Any])
        let histogram = try #require(summary["score_histogram"] as? [String: [Int]])
        #expect(histogram.count == 7)
        #expect(page.contains("<h2>Scores by skin type</h2>"))
        for (type, bands) in histogram {
            #expect(bands.count == 10 && bands.reduce(0, +) <= summary["products"] as? Int ?? 0, "\(type)")
            #expect(page.contains("<h3>\(type)</h3>"))
            for (band, count) in bands.enumerated() {
                #expect(page.contains("<title>\(band * 10): \(count)</title>"), "\(type) band \(band)")
            }
        }
    }

    /// Without a browser too: the overview counts and links every product, each has its section and card.
    @Test func scanHTMLHasAnOverviewAndASectionPerProduct() throws {
        let folder = SharedData.fixture("html").path
        let jsonl = try CLIRunner.run(["scan", folder, "--format", "jsonl", "--quiet", "--jobs", "2"])
        let html = try CLIRunner.run(["scan", folder, "--format", "html", "--quiet", "--jobs", "2"])
        let again = try CLIRunner.run(["scan", folder, "--format", "html", "--quiet", "--jobs", "1"])
        #expect(jsonl.status == html.status, "\(html.stderr)")
        #expect(html.stdout == again.stdout, "the page is the same whatever --jobs is")
        let records = try jsonl.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let page = html.stdout
        Self.expectOnlyOurMarkup(page)
        #expect(page.contains("<h2>Scores by skin type</h2>"))
        for (index, record) in records.enumerated() {
            let section = try #require(Self.section(of: page, id: "p\(index + 1)"), "record \(index + 1)")
            #expect(page.contains("href=\"#p\(index + 1)\""))
            if let name = record["name"] as? String, !name.isEmpty {
                #expect(section.contains(HTMLEscape.text(name)), "\(name)")
            }
            if let brand = record["brand"] as? String { #expect(section.contains(HTMLEscape.text(brand)), "\(brand)") }
            if let scores = record["scores"] as? [String: [String: Any]] {
                for (type, score) in scores {
                    let value = score["score"] as? Int ?? -1
                    #expect(section.contains("aria-label=\"\(type): \(value) of 100"), "\(index + 1) \(type)")
                }
            }
        }
    }

    static func expectOnlyOurMarkup(_ page: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let markup = HTMLMarkup(page)
        #expect(
            markup.tags.isSubset(of: HTMLMarkup.allowedTags), "\(markup.tags.subtracting(HTMLMarkup.allowedTags))",
            sourceLocation: sourceLocation)
        #expect(
            markup.attributes.isSubset(of: HTMLMarkup.allowedAttributes),
            "\(markup.attributes.subtracting(HTMLMarkup.allowedAttributes))", sourceLocation: sourceLocation)
    }

    /// The `<section>` with this id, up to the next section.
    static func section(of page: String, id: String) -> Substring? {
        guard let start = page.range(of: " id=\"\(id)\"") else { return nil }
        let rest = page[start.upperBound...]
        let end = rest.range(of: "<section")?.lowerBound ?? rest.endIndex
        return rest[..<end]
    }

    /// A share as the report prints it: rounded to two decimals, trailing zeros dropped.
    static func percent(_ share: Double) -> String {
        let text = String((share * 100).rounded() / 100)
        return (text.hasSuffix(".0") ? String(text.dropLast(2)) : text) + "%"
    }
}
