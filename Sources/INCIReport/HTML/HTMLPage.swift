/// The frame of every HTML report: one self-contained file with its stylesheet inline, a Content-Security-
/// Policy that forbids scripts and every request (`default-src 'none'`; inline styles and `data:` images are
/// all a report uses), `lang`, a viewport for phones, light and dark colours and a print stylesheet.
public struct HTMLPage: Sendable {
    public let title: String

    public init(title: String) { self.title = title }

    /// The whole document: `body` writes what goes inside `<main>`.
    public func render(_ body: (inout HTMLWriter) -> Void) -> String {
        var writer = HTMLWriter()
        writer.trusted("<!DOCTYPE html>\n")
        writer.element("html", [HTMLAttribute("lang", "en")]) { html in
            html.element("head") { head in
                head.void("meta", [HTMLAttribute("charset", "utf-8")])
                head.void(
                    "meta",
                    [
                        HTMLAttribute("http-equiv", "Content-Security-Policy"),
                        HTMLAttribute("content", Self.contentSecurityPolicy),
                    ])
                head.void(
                    "meta",
                    [
                        HTMLAttribute("name", "viewport"),
                        HTMLAttribute("content", "width=device-width, initial-scale=1"),
                    ])
                head.void("meta", [HTMLAttribute("name", "color-scheme"), HTMLAttribute("content", "light dark")])
                head.void("meta", [HTMLAttribute("name", "generator"), HTMLAttribute("content", "inci")])
                head.element("title", text: title)
                head.element("style") { $0.trusted(Self.stylesheet) }
            }
            html.element("body") { page in
                page.element("main", [], body)
            }
        }
        writer.trusted("\n")
        return writer.html
    }

    /// No script, no request of any kind (fonts, images, frames, forms); inline styles and `data:` images only.
    public static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

    /// Fixed CSS: input never reaches it (bar widths are numbers in `style` attributes, `CSSDeclaration`).
    /// Colours meet WCAG AA contrast (4.5:1 for text) in both schemes.
    static let stylesheet: StaticString = """
        :root{color-scheme:light dark;--fg:#1b1f24;--muted:#57606a;--bg:#fff;--panel:#f6f8fa;--line:#d0d7de;\
        --good:#1a7f37;--fine:#0969da;--caution:#9a6700;--avoid:#cf222e;--bar:#0969da;--range:#b6d7f7;\
        --warn-bg:#fff8c5;--unknown:#8250df}
        @media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9ea7b3;--bg:#0d1117;--panel:#161b22;\
        --line:#30363d;--good:#3fb950;--fine:#58a6ff;--caution:#d29922;--avoid:#f85149;--bar:#58a6ff;\
        --range:#1f4a7a;--warn-bg:#3b2e00;--unknown:#bc8cff}}
        *{box-sizing:border-box}
        body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",\
        Roboto,sans-serif}
        main{max-width:1200px;margin:0 auto;padding:1rem}
        h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;margin:1.5rem 0 .5rem;border-bottom:1px solid \
        var(--line);padding-bottom:.25rem}h3{font-size:1.05rem;margin:1rem 0 .25rem}
        a{color:var(--fine)}
        .muted{color:var(--muted)}
        .caveat{background:var(--warn-bg);border-left:4px solid var(--caution);padding:.4rem .75rem;border-radius:4px}
        .summary{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;margin:.5rem 0}
        .summary div{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.4rem .75rem}
        .summary dt{font-size:.8rem;color:var(--muted)}.summary dd{margin:0;font-weight:600}
        .table-wrap{overflow-x:auto;border:1px solid var(--line);border-radius:6px}
        table{border-collapse:collapse;width:100%}
        th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--line)}
        thead th{background:var(--panel);position:sticky;top:0}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
        tr.unknown td{background:var(--warn-bg)}
        .tag{display:inline-block;border:1px solid var(--line);border-radius:999px;padding:0 .45rem;margin:0 .2rem \
        .1rem 0;font-size:.8rem;white-space:nowrap}
        .match-unknown{color:var(--unknown);font-weight:600}
        .share{display:flex;align-items:center;gap:.4rem;min-width:9rem}
        .track{position:relative;flex:1;height:.7rem;background:var(--panel);border:1px solid var(--line);\
        border-radius:3px;min-width:5rem}
        .track .fill{position:absolute;top:0;bottom:0;left:0;background:var(--bar)}
        .track .range{position:absolute;top:-2px;bottom:-2px;border:1px solid var(--fg);border-radius:2px;\
        min-width:2px}
        .scores{display:grid;gap:.35rem}
        .score{border:1px solid var(--line);border-radius:6px;padding:.4rem .6rem}
        .score summary{display:grid;grid-template-columns:8rem 1fr 3rem 4.5rem;gap:.6rem;align-items:center;\
        cursor:pointer;list-style:none}
        .score summary::-webkit-details-marker{display:none}
        .score .track{height:1rem}
        .pair{display:grid;gap:3px}.pair .track{height:.6rem}
        .verdict{font-weight:700;text-transform:uppercase;font-size:.8rem}
        .verdict-good{color:var(--good)}.verdict-fine{color:var(--fine)}.verdict-caution{color:var(--caution)}\
        .verdict-avoid{color:var(--avoid)}
        .fill.verdict-good{background:var(--good)}.fill.verdict-fine{background:var(--fine)}\
        .fill.verdict-caution{background:var(--caution)}.fill.verdict-avoid{background:var(--avoid)}
        .points-plus{color:var(--good)}.points-minus{color:var(--avoid)}
        .flags{display:flex;flex-wrap:wrap;gap:.4rem}
        .flag{border:1px solid var(--line);border-radius:6px;padding:.2rem .6rem}
        .flag-true{border-color:var(--good)}.flag-false{border-color:var(--avoid)}.flag-unknown{border-style:dashed}
        svg{max-width:100%;height:auto}
        svg text{fill:var(--fg);font-size:12px}
        svg .axis{stroke:var(--line)}svg .bar{fill:var(--bar)}svg .risk{fill:var(--avoid)}
        .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:.75rem}
        section.product,section.finding{border-top:2px solid var(--line);margin-top:1.5rem}
        .severity-error{color:var(--avoid);font-weight:700}.severity-warning{color:var(--caution);font-weight:700}\
        .severity-note{color:var(--muted);font-weight:700}
        footer{margin-top:2rem;font-size:.8rem;color:var(--muted)}
        @media (max-width:640px){main{padding:.5rem}.score summary{grid-template-columns:5.5rem 1fr 1.8rem 3.6rem;\
        gap:.35rem}.verdict{font-size:.7rem}th,td{padding:.3rem}}
        @media print{:root{--fg:#000;--bg:#fff;--panel:#fff;--line:#999}body{font-size:11pt}main{max-width:none}\
        details{break-inside:avoid}details::details-content{content-visibility:visible;display:block}.table-wrap{overflow:visible}thead th{position:static}\
        a{color:inherit;text-decoration:none}section.product,section.finding{break-before:page}\
        .track,.fill,.range{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
        """
}
