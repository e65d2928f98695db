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
