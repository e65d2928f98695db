import INCICore

/// `inci analyze --format html`: one product as a page — summary, per-skin-type scores as bars with their
/// reasons folded under each, the pore profile as a chart, flags, and the ingredient table. It reads the very
/// `AnalysisDocument` that `--format json` encodes, so the two never disagree. `inci scan --format html`
/// writes the same sections once per product (`write(_:into:level:)`).
public struct ProductHTMLReport: Sendable {
    public init() {}

    /// The whole page.
    /// The whole page; `name`: the product's name when one was given (`--name`).
    public func render(_ document: AnalysisDocument, name: String? = nil) -> String {
        let title = name.map { "Ingredient analysis: \($0)" } ?? "Ingredient analysis"
        return HTMLPage(title: title).render { page in
            page.element("h1", text: title)
            write(document, into: &page, level: 2)
            HTMLFooter.write(into: &page)
        }
    }

    /// The product's sections, their headings at `level` (2 on its own page, 3 inside a scan report).
    public func write(_ document: AnalysisDocument, into writer: inout HTMLWriter, level: Int) {
        summary(document, &writer)
        if let scoring = document.scoring {
            HTMLHeading.write(level, "Suitability by skin type", into: &writer)
            scores(scoring, &writer)
            HTMLHeading.write(level, "Pore profile", into: &writer)
            poreProfile(scoring.poreProfile, &writer, level: level + 1)
            HTMLHeading.write(level, "Flags", into: &writer)
            flags(scoring.flags, &writer)
        }
        HTMLHeading.write(level, "Ingredients", into: &writer)
        ingredients(document, &writer)
    }

    // MARK: - Summary

    func summary(_ document: AnalysisDocument, _ writer: inout HTMLWriter) {
        var facts: [(String, String)] = [
            ("Ingredients", String(document.counts.total)),
            ("Recognised", HTMLNumber.percent(document.coverage * 100)),
            ("Not recognised", String(document.counts.unknown)),
        ]
        if let scoring = document.scoring {
            let type = scoring.productType
            let basis = ProductTextReport.basis(type.basis, evidence: type.evidence)
            facts += [
                ("Confidence", HTMLNumber.percent(scoring.confidence * 100, places: 0)),
                ("Product type", "\(type.type.rawValue) (\(basis))"),
                ("Form", scoring.formulaProfile.rawValue),
                ("1% line", scoring.onePercentLine.map { "at #\($0)" } ?? "not placed"),
            ]
        }
        if !document.claims.isEmpty {
            facts.append(("Claims on the label", document.claims.map(\.rawValue).joined(separator: ", ")))
        }
        HTMLFacts.write(facts, into: &writer)
    }

    // MARK: - Scores

    func scores(_ scoring: ScoringDocument, _ writer: inout HTMLWriter) {
        if let caveat = ScoreCaveat.text(confidence: scoring.confidence, unrecognised: scoring.flags.unrecognised) {
            writer.element("p", [.class("caveat")], text: caveat.prefix(1).uppercased() + caveat.dropFirst() + ".")
        }
        let rows = SkinType.allCases.compactMap { type in
            scoring.score(for: type).map { HTMLScoreList.Row(skinType: type, score: $0.score, verdict: $0.verdict) }
        }
        HTMLScoreList.write(rows, into: &writer) { type, details in
            reasons(scoring.score(for: type)?.reasons ?? [], &details)
        }
    }

    func reasons(_ reasons: [ScoringDocument.Reason], _ writer: inout HTMLWriter) {
        guard !reasons.isEmpty else {
            writer.element("p", [.class("muted")], text: "No ingredient moved this score.")
            return
        }
        HTMLTable.write(
            headers: ["Points", "Ingredient", "Rule", "Source", "Why"], numeric: [0], into: &writer,
            rows: reasons
        ) { reason, row in
            row.element("td", [.class(reason.points >= 0 ? "num points-plus" : "num points-minus")]) {
                $0.text(Self.signed(reason.points))
            }
            row.element("td") {
                $0.text(reason.ingredient)
                if reason.position > 0 { $0.element("span", [.class("muted")], text: " #\(reason.position)") }
            }
            row.element("td") { $0.element("code", text: reason.rule) }
            row.element("td", text: reason.source ?? "—")
            row.element("td", text: reason.detail)
        }
    }

    // MARK: - Pore profile

    func poreProfile(_ profile: ScoringDocument.PoreProfileValue, _ writer: inout HTMLWriter, level: Int) {
        if profile.mechanisms.isEmpty {
            writer.element("p", text: "No ingredient serves a pore mechanism.")
        } else {
            HTMLCharts.barChart(
                &writer,
                rows: profile.mechanisms.map {
                    HTMLCharts.Row(
                        label: $0.mechanism.rawValue, value: $0.strength,
                        note: "\(HTMLNumber.format($0.strength, places: 2)) \($0.level)")
                }, scale: 1, title: "Pore mechanisms served, strength 0 to 1")
            HTMLTable.write(
                headers: ["Mechanism", "Level", "From"], into: &writer, rows: profile.mechanisms
            ) { mechanism, row in
                row.element("td", text: mechanism.mechanism.rawValue)
                row.element("td", text: "\(mechanism.level) (\(HTMLNumber.format(mechanism.strength, places: 2)))")
                row.element("td") { cell in
                    for contributor in mechanism.ingredients {
                        cell.element(
                            "span", [.class("tag")],
                            text: "\(contributor.name) #\(contributor.position)"
                                + (contributor.belowOnePercentLine ? " (low level)" : ""))
                    }
                }
            }
        }
        if profile.risks.isEmpty {
            writer.element("p", text: "No pore risk found.")
        } else {
            HTMLHeading.write(level, "Risks", into: &writer)
            HTMLTable.write(
                headers: ["Risk", "Ingredient", "Rating", "Note"], into: &writer, rows: profile.risks
            ) { risk, row in
                row.element("td", text: risk.kind)
                row.element("td", text: "\(risk.name) #\(risk.position)")
                row.element("td", text: risk.rating.map { "\($0.value)/5 (\($0.source))" } ?? "—")
                row.element("td", text: risk.uncertainty ?? "")
            }
        }
    }

    // MARK: - Flags

    func flags(_ flags: ScoringDocument.FlagsValue, _ writer: inout HTMLWriter) {
        writer.element("div", [.class("flags")]) { list in
            for (key, value) in flags.freeFrom {
                let answer = value.map { $0 ? "true" : "false" } ?? "unknown"
                let words = value.map { $0 ? "yes" : "no" } ?? "unknown"
                list.element("span", [.class("flag flag-" + answer), HTMLAttribute("data-flag", key)]) {
                    $0.text(key.replacingOccurrences(of: "_", with: "-") + ": ")
                    $0.element("strong", text: words)
                }
            }
        }
        if flags.freeFrom.contains(where: { $0.value == nil }) {
            writer.element(
                "p", [.class("muted")],
                text: "Unknown: not every ingredient was recognised (\(flags.unrecognised.joined(separator: ", "))).")
        }
        var lists: [(String, String)] = []
        for (label, names) in [
            ("EU allergens", flags.euAllergens), ("Pregnancy caution", flags.pregnancyCaution),
            ("Exfoliating acids", flags.exfoliatingAcids), ("Retinoids", flags.retinoids),
            ("Fungal-acne triggers", flags.fungalAcneTriggers),
        ] where !names.isEmpty {
            lists.append((label, names.joined(separator: ", ")))
        }
        if !flags.comedogenic.isEmpty {
            lists.append(
                (
                    "Comedogenic",
                    flags.comedogenic.map { "\($0.name) \($0.rating)/5 (\($0.source))" }.joined(separator: ", ")
                ))
        }
        if !lists.isEmpty { HTMLFacts.write(lists, into: &writer) }
        for advice in flags.advice { writer.element("p", text: advice) }
    }

    // MARK: - Ingredients

    func ingredients(_ document: AnalysisDocument, _ writer: inout HTMLWriter) {
        let scale = min(100, document.ingredients.compactMap { $0.estimate?.high }.max() ?? 100)
        HTMLTable.write(
            headers: ["#", "As printed", "Ingredient", "Match", "Estimated share", "Families", "Ratings"],
            numeric: [0], into: &writer, rows: document.ingredients,
            rowAttributes: { $0.match == .unknown ? [.class("unknown")] : [] },
            cells: { item, row in
                row.element("td", [.class("num")], text: String(item.position))
                row.element("td") { cell in
                    cell.text(item.raw)
                    for annotation in item.annotations { cell.element("span", [.class("tag")], text: annotation) }
                }
                row.element("td") { cell in
                    if item.match == .unknown {
                        cell.element("span", [.class("match-unknown")], text: "not recognised")
                        if !item.suggestions.isEmpty {
                            cell.element(
                                "div", [.class("muted")],
                                text: "did you mean: " + item.suggestions.joined(separator: ", ") + "?")
                        }
                    } else {
                        cell.text(item.name)
                    }
                    if !item.components.isEmpty {
                        cell.element(
                            "div", [.class("muted")],
                            text: "with "
                                + item.components.map { $0.match == .unknown ? "\($0.raw) (not recognised)" : $0.name }
                                .joined(separator: ", "))
                    }
                }
                row.element("td") { cell in
                    cell.element("span", [.class("match-" + item.match.rawValue)], text: item.match.rawValue)
                    if item.match == .fuzzy {
                        cell.element(
                            "span", [.class("muted")], text: " " + HTMLNumber.percent(item.confidence * 100, places: 0))
                    }
                    if item.via != nil { cell.element("span", [.class("muted")], text: " (composed)") }
                }
                row.element("td") { cell in Self.share(item, scale: scale, &cell) }
                row.element("td") { cell in
                    for family in item.families { cell.element("span", [.class("tag")], text: family) }
                }
                row.element("td") { cell in Self.ratings(item, &cell) }
            })
    }

    static func share(_ item: AnalysisDocument.Item, scale: Double, _ writer: inout HTMLWriter) {
        guard let estimate = item.estimate else {
            writer.text(item.percent.map { HTMLNumber.percent($0, places: 2) + " (printed)" } ?? "—")
            return
        }
        let range =
            estimate.low == estimate.high
            ? HTMLNumber.percent(estimate.share, places: 2)
            : "\(HTMLNumber.percent(estimate.share, places: 2)) (\(HTMLNumber.format(estimate.low, places: 2))–\(HTMLNumber.percent(estimate.high, places: 2)))"
        writer.element("div", [.class("share")]) { share in
            HTMLCharts.bar(
                &share, value: estimate.share, scale: scale, range: estimate.low...estimate.high,
                label: "about \(range), \(estimate.basis.rawValue)")
            share.element("span", [.class("num")], text: range)
        }
        writer.element(
            "div", [.class("muted")],
            text: estimate.basis.rawValue + (estimate.belowOnePercentLine ? ", below the 1% line" : ""))
    }

    static func ratings(_ item: AnalysisDocument.Item, _ writer: inout HTMLWriter) {
        for (label, ratings) in [("comedogenic", item.comedogenic), ("irritancy", item.irritancy)]
        where !ratings.isEmpty {
            writer.element("div") { line in
                line.text(label + ": " + ratings.map { "\($0.value) (\($0.source))" }.joined(separator: ", "))
                if Set(ratings.map(\.value)).count > 1 {
                    line.element("span", [.class("tag")], text: "sources disagree")
                }
            }
        }
    }

    static func signed(_ points: Double) -> String {
        let text = HTMLNumber.format(points, places: 2)
        return points > 0 ? "+" + text : text
    }
}
