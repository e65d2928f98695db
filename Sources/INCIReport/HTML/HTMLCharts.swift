import INCICore

/// The charts of the HTML reports: CSS bars (`div`s sized by number-only styles) and inline SVG, each with a
/// text equivalent (`aria-label`, `<title>`, or the number beside it) so they read without colour or sight.
public enum HTMLCharts {
    /// A horizontal bar: `value` of `scale`, filled, and optionally the `range` it may lie in, outlined.
    /// `className` colours the fill (`verdict-good`); the number is written beside the bar by the caller.
    public static func bar(
        _ writer: inout HTMLWriter, value: Double, scale: Double, range: ClosedRange<Double>? = nil,
        className: String = "", label: String
    ) {
        let scale = scale > 0 ? scale : 1
        func percent(_ x: Double) -> Double { min(100, max(0, x / scale * 100)) }
        writer.element("span", [.class("track"), HTMLAttribute("role", "img"), HTMLAttribute("aria-label", label)]) {
            $0.element("span", [.class("fill " + className), .style(CSSDeclaration("width", percent(value), "%"))])
            if let range {
                $0.element(
                    "span",
                    [
                        .class("range"),
                        .style(
                            CSSDeclaration("left", percent(range.lowerBound), "%"),
                            CSSDeclaration("width", percent(range.upperBound) - percent(range.lowerBound), "%")),
                    ])
            }
        }
    }

    /// One row of a horizontal SVG bar chart.
    public struct Row: Sendable {
        public let label: String
        public let value: Double
        /// The text after the bar (`0.72 strong`).
        public let note: String
        public let className: String

        public init(label: String, value: Double, note: String, className: String = "bar") {
            self.label = label
            self.value = value
            self.note = note
            self.className = className
        }
    }

    /// A horizontal bar chart as inline SVG: labels left, bars scaled to `scale`, notes right.
    public static func barChart(_ writer: inout HTMLWriter, rows: [Row], scale: Double, title: String) {
        let rowHeight = 22.0
        let (labelWidth, barWidth, noteWidth) = (190.0, 300.0, 110.0)
        let width = labelWidth + barWidth + noteWidth
        let height = rowHeight * Double(rows.count) + 4
        let scale = scale > 0 ? scale : 1
        svg(&writer, width: width, height: height, title: title) { svg in
            for (index, row) in rows.enumerated() {
                let y = Double(index) * rowHeight + 2
                svg.element(
                    "text",
                    [
                        HTMLAttribute("x", number(labelWidth - 6)), HTMLAttribute("y", number(y + 15)),
                        HTMLAttribute("text-anchor", "end"),
                    ], text: row.label)
                svg.element(
                    "rect",
                    [
                        HTMLAttribute("class", "axis"), HTMLAttribute("x", number(labelWidth)),
                        HTMLAttribute("y", number(y + 3)), HTMLAttribute("width", number(barWidth)),
                        HTMLAttribute("height", number(rowHeight - 6)), HTMLAttribute("fill", "none"),
                    ])
                svg.element(
                    "rect",
                    [
                        .class(row.className), HTMLAttribute("x", number(labelWidth)),
                        HTMLAttribute("y", number(y + 3)),
                        HTMLAttribute("width", number(min(1, max(0, row.value / scale)) * barWidth)),
                        HTMLAttribute("height", number(rowHeight - 6)),
                    ])
                svg.element(
                    "text",
                    [HTMLAttribute("x", number(labelWidth + barWidth + 6)), HTMLAttribute("y", number(y + 15))],
                    text: row.note)
            }
        }
    }

    /// A histogram as inline SVG: `counts` per bin, bins labelled `labels` under them.
    public static func histogram(_ writer: inout HTMLWriter, counts: [Int], labels: [String], title: String) {
        let (binWidth, plotHeight, labelHeight) = (26.0, 80.0, 30.0)
        let width = binWidth * Double(counts.count)
        let height = plotHeight + labelHeight
        let highest = Double(max(1, counts.max() ?? 1))
        svg(&writer, width: width, height: height, title: title) { svg in
            svg.element(
                "line",
                [
                    .class("axis"), HTMLAttribute("x1", "0"), HTMLAttribute("x2", number(width)),
                    HTMLAttribute("y1", number(plotHeight)), HTMLAttribute("y2", number(plotHeight)),
                ])
            for (index, count) in counts.enumerated() {
                let x = Double(index) * binWidth
                let barHeight = Double(count) / highest * (plotHeight - 14)
                svg.element(
                    "rect",
                    [
                        .class("bar"), HTMLAttribute("x", number(x + 2)),
                        HTMLAttribute("y", number(plotHeight - barHeight)),
                        HTMLAttribute("width", number(binWidth - 4)), HTMLAttribute("height", number(barHeight)),
                    ]
                ) { $0.element("title", text: "\(labels[index]): \(count)") }
                if count > 0 {
                    svg.element(
                        "text",
                        [
                            HTMLAttribute("x", number(x + binWidth / 2)),
                            HTMLAttribute("y", number(plotHeight - barHeight - 2)),
                            HTMLAttribute("text-anchor", "middle"),
                        ], text: String(count))
                }
                svg.element(
                    "text",
                    [
                        HTMLAttribute("x", number(x + binWidth / 2)), HTMLAttribute("y", number(plotHeight + 14)),
                        HTMLAttribute("text-anchor", "middle"),
                    ], text: labels[index])
            }
        }
    }

    /// "Scores by skin type": one histogram card per skin type in `skinTypes` order that has scores (`inci scan`
    /// and `inci check` overviews); nothing when no product was scored.
    public static func scoreHistograms(_ writer: inout HTMLWriter, _ histogram: ScoreHistogram, skinTypes: [SkinType]) {
        guard !histogram.isEmpty else { return }
        writer.element("h2", text: "Scores by skin type")
        writer.element("div", [.class("cards")]) { cards in
            for type in skinTypes {
                guard let bands = histogram.counts[type] else { continue }
                cards.element("div") { card in
                    card.element("h3", text: type.rawValue)
                    Self.histogram(
                        &card, counts: bands, labels: ScoreHistogram.bandLabels,
                        title: "\(type.rawValue): how many products score in each band of 10")
                }
            }
        }
    }

    /// An inline SVG of `width` × `height` that scales down on narrow screens, titled for screen readers.
    static func svg(
        _ writer: inout HTMLWriter, width: Double, height: Double, title: String, _ body: (inout HTMLWriter) -> Void
    ) {
        writer.element(
            "svg",
            [
                HTMLAttribute("xmlns", "http://www.w3.org/2000/svg"),
                HTMLAttribute("viewBox", "0 0 \(number(width)) \(number(height))"),
                HTMLAttribute("width", number(width)), HTMLAttribute("role", "img"),
                HTMLAttribute("aria-label", title),
            ]
        ) { svg in
            svg.element("title", text: title)
            body(&svg)
        }
    }

    static func number(_ value: Double) -> String { HTMLNumber.format(value, places: 1) }
}
