import Foundation
import INCICore
import INCIHTML
import INCITestSupport

/// Scores the extractor on a folder of real saved pages against a manifest of the lists a person read
/// off each page: a page is exactly right when it yields as many products as the page holds, each
/// product's list has the expected names in the printed order, and a page without a list yields none.
///
/// Manifest (JSON object, file name → entry): `expected` (names as printed, or null for a page without a
/// list), optionally `products` (a number when only the first product's list is given, or one
/// `{"variant", "expected"}` per product), `heldOut` (pages kept aside while the finders were tuned) and
/// `batch` (pages gathered together, whose figure is printed on its own).
struct RealPageCorpus {
    struct Entry: Decodable {
        var expected: [String]?
        var products: Products?
        var heldOut: Bool?
        var batch: String?
        var note: String?
    }

    enum Products: Decodable {
        case count(Int)
        case lists([Part])

        struct Part: Decodable {
            var variant: String?
            var expected: [String]
        }

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let count = try? container.decode(Int.self) {
                self = .count(count)
            } else {
                self = .lists(try container.decode([Part].self))
            }
        }
    }

    struct Outcome {
        var file: String
        var exact: Bool
        var falseList: Bool
        var heldOut: Bool
        var batch: String?
        var reason: String
    }

    struct Figure: CustomStringConvertible {
        var exact = 0
        var pages = 0
        var falseLists = 0
        var share: Double { pages == 0 ? 0 : Double(exact) / Double(pages) }
        var description: String {
            "\(exact)/\(pages) exactly right (\(Int((share * 100).rounded())) %), \(falseLists) false lists"
        }
    }

    let folder: URL
    let entries: [String: Entry]
    let extractor = PageFixtures.extractor

    init(folder: URL) throws {
        self.folder = folder
        entries = try JSONDecoder().decode(
            [String: Entry].self, from: Data(contentsOf: folder.appending(path: "manifest.json")))
    }

    func outcomes() throws -> [Outcome] {
        try entries.keys.sorted().map { file in
            let entry = entries[file]!
            let bytes = [UInt8](try Data(contentsOf: folder.appending(path: file)))
            let products = (try? extractor.extract(bytes, kind: PageExtractor.kind(forPath: file)).get()) ?? []
            let (exact, reason) = judge(products, entry)
            let falseList = entry.expected == nil && !products.isEmpty
            return Outcome(
                file: file, exact: exact, falseList: falseList, heldOut: entry.heldOut ?? false, batch: entry.batch,
                reason: reason)
        }
    }

    /// Figures for the tuned part and the held-out part, and the failures, as one printable report.
    func report(_ outcomes: [Outcome], name: String) -> (tuned: Figure, heldOut: Figure, text: String) {
        var tuned = Figure()
        var heldOut = Figure()
        var lines: [String] = []
        for outcome in outcomes {
            if outcome.heldOut { heldOut.add(outcome) } else { tuned.add(outcome) }
            if !outcome.exact {
                lines.append("  \(outcome.heldOut ? "held-out " : "")\(outcome.file): \(outcome.reason)")
            }
        }
        var header = "real pages (\(name)): \(tuned)"
        if heldOut.pages > 0 { header = "real pages (\(name)): tuned part \(tuned); held-out part \(heldOut)" }
        var batches: [String: Figure] = [:]
        for outcome in outcomes { if let batch = outcome.batch { batches[batch, default: Figure()].add(outcome) } }
        let batchLines = batches.keys.sorted().map { "  batch \($0): \(batches[$0]!)" }
        return (tuned, heldOut, ([header] + batchLines + lines).joined(separator: "\n"))
    }

    private func judge(_ products: [ExtractedProduct], _ entry: Entry) -> (Bool, String) {
        guard let expected = entry.expected else {
            return products.isEmpty
                ? (true, "")
                : (
                    false,
                    "a false list: \(products.count) product(s), first \(products[0].analysis.ingredients.prefix(3).map(\.token.raw))"
                )
        }
        let lists: [[String]]
        let count: Int
        switch entry.products {
        case .count(let n)?: (lists, count) = ([expected], n)
        case .lists(let parts)?: (lists, count) = (parts.map(\.expected), parts.count)
        case nil: (lists, count) = ([expected], 1)
        }
        if products.count != count { return (false, "\(products.count) product(s), expected \(count)") }
        for (index, list) in lists.enumerated() {
            let items = products[index].analysis.ingredients
            if items.count != list.count {
                return (
                    false,
                    "product \(index + 1): \(items.count) items, expected \(list.count); \(firstDifference(items, list))"
                )
            }
            let difference = firstDifference(items, list)
            if !difference.isEmpty { return (false, "product \(index + 1): \(difference)") }
        }
        return (true, "")
    }

    private func firstDifference(_ items: [MatchedIngredient], _ expected: [String]) -> String {
        for (index, (item, name)) in zip(items, expected).enumerated() where !same(item, name) {
            return "#\(index + 1) \"\(item.token.raw)\" vs \"\(name)\""
        }
        return items.count == expected.count ? "" : "the common prefix agrees"
    }

    /// The same name when the printed texts agree (without percentages, footnote marks — the full-width `＊`
    /// too —, case) or both resolve to the same dictionary entry.
    private func same(_ item: MatchedIngredient, _ expected: String) -> Bool {
        let printed = Self.normalize(expected)
        if Self.normalize(item.token.raw) == printed || Self.normalize(item.name) == printed { return true }
        guard let canonical = try? extractor.analyzer.analyze(expected).ingredients, canonical.count == 1 else {
            return false
        }
        return canonical[0].match != .unknown && canonical[0].name == item.name
    }

    static func normalize(_ text: String) -> String {
        var text = text.lowercased().replacingOccurrences(of: "\u{A0}", with: " ")
        text = text.replacingOccurrences(of: #"\d+(?:[.,]\d+)?\s*%"#, with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: #"[*＊†‡°¹²³]+"#, with: "", options: .regularExpression)
        text = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return text.trimmingCharacters(in: CharacterSet(charactersIn: " .,;:-"))
    }
}

extension RealPageCorpus.Figure {
    mutating func add(_ outcome: RealPageCorpus.Outcome) {
        pages += 1
        if outcome.exact { exact += 1 }
        if outcome.falseList { falseLists += 1 }
    }
}
