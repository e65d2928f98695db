import INCICore

/// Headings at a level the caller chooses, so a product's sections sit under `h2` on its own page and under
/// `h3` inside a scan report.
public enum HTMLHeading {
    public static func write(
        _ level: Int, _ text: String, into writer: inout HTMLWriter, _ attributes: [HTMLAttribute] = []
    ) {
        switch level {
        case ...1: writer.element("h1", attributes, text: text)
        case 2: writer.element("h2", attributes, text: text)
        case 3: writer.element("h3", attributes, text: text)
        case 4: writer.element("h4", attributes, text: text)
        default: writer.element("h5", attributes, text: text)
        }
    }
}

/// A row of labelled facts (`<dl>`): counts and settings at the top of a report.
public enum HTMLFacts {
    public static func write(_ facts: [(String, String)], into writer: inout HTMLWriter) {
        writer.element("dl", [.class("summary")]) { list in
            for (term, value) in facts {
                list.element("div") {
                    $0.element("dt", text: term)
                    $0.element("dd", text: value)
                }
            }
        }
    }
}

/// A table with column headers (`scope="col"`), scrollable sideways on a phone.
public enum HTMLTable {
    public static func write<Row>(
        headers: [String], numeric: Set<Int> = [], into writer: inout HTMLWriter, rows: [Row],
        rowAttributes: (Row) -> [HTMLAttribute] = { _ in [] },
        cells: (Row, inout HTMLWriter) -> Void
    ) {
        writer.element("div", [.class("table-wrap")]) { wrap in
            wrap.element("table") { table in
                table.element("thead") { head in
                    head.element("tr") { row in
                        for (index, header) in headers.enumerated() {
                            row.element(
                                "th",
                                [HTMLAttribute("scope", "col")] + (numeric.contains(index) ? [.class("num")] : []),
                                text: header)
                        }
                    }
                }
                table.element("tbody") { body in
                    for item in rows { body.element("tr", rowAttributes(item)) { cells(item, &$0) } }
                }
            }
        }
    }
}

/// The line at the end of every report: what made it, and that it is an estimate.
public enum HTMLFooter {
    public static func write(into writer: inout HTMLWriter) {
        writer.element("footer") {
            $0.text(
                "Made by inci. Scores and shares are estimates from the ingredient list and published ratings, "
                    + "not measurements; “unknown” means inci could not tell.")
        }
    }
}

/// Scores per skin type as bars with their verdicts, each folding what explains it (`reasons`) under it: the
/// product and routine reports.
public enum HTMLScoreList {
    public struct Row: Sendable {
        public let skinType: SkinType
        public let score: Int
        public let verdict: Verdict

        public init(skinType: SkinType, score: Int, verdict: Verdict) {
            self.skinType = skinType
            self.score = score
            self.verdict = verdict
        }
    }

    public static func write(
        _ rows: [Row], into writer: inout HTMLWriter, reasons: (SkinType, inout HTMLWriter) -> Void
    ) {
        writer.element("div", [.class("scores")]) { list in
            for row in rows {
                let (type, verdict) = (row.skinType.rawValue, row.verdict.rawValue)
                list.element("details", [.class("score"), HTMLAttribute("data-skin", type)]) { details in
                    details.element("summary") { summary in
                        summary.element("span", [.class("skin")], text: type)
                        HTMLCharts.bar(
                            &summary, value: Double(row.score), scale: 100, className: "verdict-" + verdict,
                            label: "\(type): \(row.score) of 100, \(verdict)")
                        summary.element("span", [.class("num")], text: String(row.score))
                        summary.element("span", [.class("verdict verdict-" + verdict)], text: verdict)
                    }
                    reasons(row.skinType, &details)
                }
            }
        }
        writer.element("p", [.class("muted")], text: "Open a skin type to see what explains its score.")
    }
}
