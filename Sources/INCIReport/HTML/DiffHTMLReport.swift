import INCICore

/// `inci diff --format html`: two versions of one product side by side — the summary, each skin type's old and
/// new score as bars with the reasons that changed folded under them, then the ingredients added, removed and
/// moved, printed percentages, families, flags. It reads the `DiffDocument` that `--format json` encodes.
public struct DiffHTMLReport: Sendable {
    public init() {}

    public func render(_ document: DiffDocument) -> String {
        let title = "inci diff: \(document.old.source) → \(document.new.source)"
        return HTMLPage(title: title).render { page in
            page.element("h1", text: title)
            page.element("p", text: document.summary)
            HTMLFacts.write(
                [
                    ("Ingredients", "\(document.old.ingredients) → \(document.new.ingredients)"),
                    (
                        "Confidence",
                        "\(HTMLNumber.percent(document.old.confidence * 100, places: 0)) → "
                            + HTMLNumber.percent(document.new.confidence * 100, places: 0)
                    ),
                    ("Changed", document.unchanged ? "no" : "yes"),
                ], into: &page)
            if !document.scores.isEmpty {
                page.element("h2", text: "Scores by skin type")
                scores(document, &page)
            }
            page.element("h2", text: "Ingredients")
            changes("Added", document.added, side: \.new, &page)
            changes("Removed", document.removed, side: \.old, &page)
            moved(document.moved, &page)
            percents(document.percentChanges, &page)
            if document.added.isEmpty && document.removed.isEmpty && document.moved.isEmpty
                && document.percentChanges.isEmpty
            {
                page.element("p", text: "The same ingredients in the same order.")
            }
            if !document.families.isEmpty {
                page.element("h2", text: "Families")
                HTMLTable.write(
                    headers: ["Family", "Kind", "Change", "Leading ingredient"], into: &page, rows: document.families
                ) {
                    family, row in
                    row.element("td", text: family.label)
                    row.element("td", text: family.kind)
                    row.element(
                        "td",
                        text: family.change.rawValue
                            + (family.onePercentLine.map { ", \($0.rawValue) the 1% line" } ?? ""))
                    row.element(
                        "td",
                        text: [family.oldLead, family.newLead].compactMap { $0.map(Self.side) }.joined(separator: " → ")
                    )
                }
            }
            if !document.flags.isEmpty || !document.lists.isEmpty {
                page.element("h2", text: "Flags")
                HTMLTable.write(headers: ["Flag", "Old", "New"], into: &page, rows: document.flags) { flag, row in
                    row.element("td", text: flag.flag)
                    row.element("td", text: Self.answer(flag.old))
                    row.element("td", text: Self.answer(flag.new))
                }
                for list in document.lists {
                    var parts: [String] = []
                    if !list.added.isEmpty { parts.append("added " + list.added.joined(separator: ", ")) }
                    if !list.removed.isEmpty { parts.append("removed " + list.removed.joined(separator: ", ")) }
                    page.element("p", text: "\(list.list): " + parts.joined(separator: "; "))
                }
            }
            HTMLFooter.write(into: &page)
        }
    }

    func scores(_ document: DiffDocument, _ writer: inout HTMLWriter) {
        writer.element("div", [.class("scores")]) { list in
            for type in SkinType.allCases {
                guard let score = document.scores[type.rawValue] else { continue }
                list.element("details", [.class("score"), HTMLAttribute("data-skin", type.rawValue)]) { details in
                    details.element("summary") { summary in
                        summary.element("span", [.class("skin")], text: type.rawValue)
                        summary.element("span", [.class("pair")]) { bars in
                            HTMLCharts.bar(
                                &bars, value: Double(score.old), scale: 100,
                                className: "verdict-" + score.oldVerdict.rawValue,
                                label: "\(type.rawValue) before: \(score.old) of 100, \(score.oldVerdict.rawValue)")
                            HTMLCharts.bar(
                                &bars, value: Double(score.new), scale: 100,
                                className: "verdict-" + score.newVerdict.rawValue,
                                label: "\(type.rawValue) after: \(score.new) of 100, \(score.newVerdict.rawValue)")
                        }
                        summary.element(
                            "span", [.class(score.delta >= 0 ? "num points-plus" : "num points-minus")],
                            text: score.delta > 0 ? "+\(score.delta)" : String(score.delta))
                        summary.element(
                            "span", [.class("verdict verdict-" + score.newVerdict.rawValue)],
                            text: score.oldVerdict == score.newVerdict
                                ? score.newVerdict.rawValue
                                : "\(score.oldVerdict.rawValue) → \(score.newVerdict.rawValue)")
                    }
                    if score.reasons.isEmpty {
                        details.element("p", [.class("muted")], text: "No reason changed.")
                    } else {
                        HTMLTable.write(
                            headers: ["Ingredient", "Rule", "Old", "New", "Change", "Source", "Why"],
                            numeric: [2, 3, 4], into: &details, rows: score.reasons
                        ) { reason, row in
                            row.element("td", text: reason.ingredient)
                            row.element("td") { $0.element("code", text: reason.rule) }
                            row.element(
                                "td", [.class("num")], text: reason.oldPoints.map(ProductHTMLReport.signed) ?? "—")
                            row.element(
                                "td", [.class("num")], text: reason.newPoints.map(ProductHTMLReport.signed) ?? "—")
                            row.element(
                                "td", [.class(reason.delta >= 0 ? "num points-plus" : "num points-minus")],
                                text: ProductHTMLReport.signed(reason.delta))
                            row.element("td", text: reason.source ?? "—")
                            row.element("td", text: reason.detail)
                        }
                    }
                }
            }
        }
    }

    func changes(
        _ title: String, _ changes: [DiffDocument.Change], side: KeyPath<DiffDocument.Change, DiffDocument.Side?>,
        _ writer: inout HTMLWriter
    ) {
        guard !changes.isEmpty else { return }
        writer.element("h3", text: "\(title) (\(changes.count))")
        HTMLTable.write(
            headers: ["#", "Ingredient", "As printed", "Estimated share"], numeric: [0], into: &writer, rows: changes
        ) {
            change, row in
            let placement = change[keyPath: side]
            row.element("td", [.class("num")], text: placement.map { String($0.position) } ?? "")
            row.element("td", text: change.name)
            row.element("td", text: placement?.printed ?? "")
            row.element("td", text: placement.map(Self.estimate) ?? "")
        }
    }

    func moved(_ changes: [DiffDocument.Change], _ writer: inout HTMLWriter) {
        guard !changes.isEmpty else { return }
        writer.element("h3", text: "Moved (\(changes.count))")
        HTMLTable.write(
            headers: ["Ingredient", "Old #", "New #", "1% line"], numeric: [1, 2], into: &writer, rows: changes
        ) {
            change, row in
            row.element("td", text: change.name)
            row.element("td", [.class("num")], text: change.old.map { String($0.position) } ?? "")
            row.element("td", [.class("num")], text: change.new.map { String($0.position) } ?? "")
            row.element("td", text: change.onePercentLine?.rawValue ?? "")
        }
    }

    func percents(_ changes: [DiffDocument.Change], _ writer: inout HTMLWriter) {
        guard !changes.isEmpty else { return }
        writer.element("h3", text: "Printed percentages (\(changes.count))")
        HTMLTable.write(headers: ["Ingredient", "Old", "New"], into: &writer, rows: changes) { change, row in
            row.element("td", text: change.name)
            row.element("td", text: change.old?.percent.map { HTMLNumber.percent($0, places: 2) } ?? "—")
            row.element("td", text: change.new?.percent.map { HTMLNumber.percent($0, places: 2) } ?? "—")
        }
    }

    static func estimate(_ side: DiffDocument.Side) -> String {
        let share = HTMLNumber.percent(side.share, places: 2)
        let range =
            side.low == side.high
            ? "" : " (\(HTMLNumber.format(side.low, places: 2))–\(HTMLNumber.percent(side.high, places: 2)))"
        return share + range + ", " + side.basis.rawValue
    }

    static func side(_ side: DiffDocument.Side) -> String { "\(side.name) #\(side.position), \(estimate(side))" }

    static func answer(_ value: Bool?) -> String { value.map { $0 ? "yes" : "no" } ?? "unknown" }
}
