import INCICore
import INCIReport

/// `inci scan --format html`: an overview (counts, each skin type's score distribution as a histogram, a table
/// of every product linking to its section), then one section per product — its card (brand, size, price,
/// claims) and the sections of `inci analyze --format html` — or per page that yielded none. Sections are
/// rendered on the job pool like every other format; the page is written at the end, since its overview comes
/// first and needs every record.
public enum ScanHTMLReport {
    /// What the overview needs of one record, kept beside its rendered section.
    public struct Entry: Sendable {
        let title: String
        let source: String
        let brand: String?
        let scores: [(SkinType, ScoringDocument.Score)]
        let unknown: Int
        let error: String?
    }

    /// One record's overview entry and its section (without the `<section>` itself, which is numbered in
    /// output order when the page is assembled).
    public static func render(_ record: ScanRecord, skinTypes: [SkinType]) -> (Entry, HTMLFragment) {
        var writer = HTMLWriter()
        guard let product = record.product, let document = record.document else {
            let error = record.error ?? "no ingredient list"
            writer.element("p", text: error)
            return (
                Entry(title: record.source, source: record.source, brand: nil, scores: [], unknown: 0, error: error),
                writer.fragment
            )
        }
        let card = product.card
        var facts: [(String, String)] = [("Source", record.source + (product.line.map { ", line \($0)" } ?? ""))]
        for (label, value) in [
            ("Brand", card.brand), ("Size", card.size), ("Price", card.price), ("Scent", card.scent),
            ("Variant", product.variant),
        ] {
            if let value, !value.isEmpty { facts.append((label, value)) }
        }
        for (label, values) in [
            ("Skin types claimed", card.skinTypes), ("Benefits claimed", card.benefits),
            ("Free from (claimed)", card.freeFrom), ("Key ingredients", card.keyIngredients),
        ] where !values.isEmpty {
            facts.append((label, values.joined(separator: ", ")))
        }
        HTMLFacts.write(facts, into: &writer)
        ProductHTMLReport().write(document, into: &writer, level: 3)
        let scores = skinTypes.compactMap { type in document.scoring?.score(for: type).map { (type, $0) } }
        let entry = Entry(
            title: title(card.name, source: record.source) + (product.variant.map { " — \($0)" } ?? ""),
            source: record.source, brand: card.brand, scores: scores,
            unknown: document.counts.unknown, error: nil)
        return (entry, writer.fragment)
    }

    static func title(_ name: String?, source: String) -> String {
        guard let name, !name.isEmpty else { return source }
        return name
    }

    /// The whole page from every record's entry and section, in output order.
    public static func page(_ records: [(Entry, HTMLFragment)], skinTypes: [SkinType], summary: ScanSummary) -> String {
        HTMLPage(title: "inci scan: \(summary.products) products").render { page in
            page.element("h1", [.id(HTMLAnchor("overview"))], text: "inci scan")
            HTMLFacts.write(
                [
                    ("Pages", String(summary.pages)), ("Products", String(summary.products)),
                    ("Pages without a list", String(summary.withoutList)), ("Errors", String(summary.errors)),
                ], into: &page)
            var histogram = ScoreHistogram()
            for entry in records.map(\.0) where entry.error == nil {
                for (type, score) in entry.scores { histogram.add(score.score, for: type) }
            }
            HTMLCharts.scoreHistograms(&page, histogram, skinTypes: skinTypes)
            page.element("h2", text: "Products")
            overviewTable(records.map(\.0), skinTypes: skinTypes, &page)
            for (index, (entry, section)) in records.enumerated() {
                page.element("section", [.class("product"), .id(HTMLAnchor("p", index + 1))]) { part in
                    part.element("h2") { heading in
                        heading.text(entry.title)
                        heading.text(" ")
                        heading.anchorLink(HTMLAnchor("overview")) { $0.element("small", text: "↑ overview") }
                    }
                    part.insert(section)
                }
            }
            HTMLFooter.write(into: &page)
        }
    }

    static func overviewTable(_ entries: [Entry], skinTypes: [SkinType], _ writer: inout HTMLWriter) {
        let headers = ["#", "Product", "Brand"] + skinTypes.map(\.rawValue) + ["Not recognised"]
        let numeric = Set([0] + (0...skinTypes.count).map { $0 + 3 })
        HTMLTable.write(
            headers: headers, numeric: numeric, into: &writer, rows: Array(entries.enumerated())
        ) { pair, row in
            let (index, entry) = pair
            row.element("td", [.class("num")], text: String(index + 1))
            row.element("td") { cell in
                cell.anchorLink(HTMLAnchor("p", index + 1)) { $0.text(entry.title) }
                if let error = entry.error { cell.element("div", [.class("muted")], text: error) }
            }
            row.element("td", text: entry.brand ?? "")
            for type in skinTypes {
                if let score = entry.scores.first(where: { $0.0 == type })?.1 {
                    row.element("td", [.class("num verdict-" + score.verdict.rawValue)]) {
                        $0.text(String(score.score))
                    }
                } else {
                    row.element("td", [.class("num")], text: "—")
                }
            }
            row.element("td", [.class("num")], text: entry.error == nil ? String(entry.unknown) : "—")
        }
    }
}
