import Foundation
import Testing

@testable import INCIReport

/// The report's colours measured against WCAG 2.2: text 4.5:1 (1.4.3) on every background it is drawn on,
/// bars 3:1 against their track (1.4.11), in the light and in the dark scheme. The palette is read from the
/// stylesheet itself, so a colour changed there is measured here.
@Suite struct HTMLContrastTests {
    /// The custom properties of the scheme's `:root{…}`: the first one is the light scheme, the one inside
    /// `@media (prefers-color-scheme:dark)` the dark.
    static func palette(_ scheme: String) throws -> [String: String] {
        let css = "\(HTMLPage.stylesheet)"
        let start =
            scheme == "dark" ? try #require(css.range(of: "prefers-color-scheme:dark")).upperBound : css.startIndex
        let root = try #require(css.range(of: ":root{", range: start..<css.endIndex))
        let end = try #require(css.range(of: "}", range: root.upperBound..<css.endIndex))
        var colours: [String: String] = [:]
        for declaration in css[root.upperBound..<end.lowerBound].split(separator: ";") {
            let parts = declaration.split(separator: ":", maxSplits: 1).map(String.init)
            if parts.count == 2, parts[0].hasPrefix("--"), parts[1].hasPrefix("#") {
                colours[String(parts[0].dropFirst(2))] = parts[1]
            }
        }
        return colours
    }

    /// WCAG relative luminance of `#rgb` or `#rrggbb`.
    static func luminance(_ hex: String) throws -> Double {
        var digits = String(hex.dropFirst())
        if digits.count == 3 { digits = digits.map { "\($0)\($0)" }.joined() }
        let value = try #require(UInt32(digits, radix: 16))
        let channels = [value >> 16, value >> 8 & 0xFF, value & 0xFF].map { channel -> Double in
            let srgb = Double(channel & 0xFF) / 255
            return srgb <= 0.04045 ? srgb / 12.92 : pow((srgb + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }

    static func contrast(_ first: String, _ second: String) throws -> Double {
        let (a, b) = (try luminance(first), try luminance(second))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// Which text colours are drawn on which backgrounds: any text on the page and on panels (summary cards,
    /// table heads, tracks); in an unrecognised ingredient's row (`warn-bg`) the row's text and its match kind.
    static let textOnBackground: [(text: [String], background: String)] = [
        (["fg", "muted", "good", "fine", "caution", "avoid", "unknown"], "bg"),
        (["fg", "muted", "good", "fine", "caution", "avoid", "unknown"], "panel"),
        (["fg", "muted", "unknown", "fine"], "warn-bg"),
    ]

    @Test(arguments: ["light", "dark"])
    func textMeetsAA(scheme: String) throws {
        let colours = try Self.palette(scheme)
        for (texts, background) in Self.textOnBackground {
            let behind = try #require(colours[background], "no --\(background) in \(scheme)")
            for text in texts {
                let ratio = try Self.contrast(try #require(colours[text], "no --\(text)"), behind)
                #expect(ratio >= 4.5, "\(scheme): --\(text) on --\(background) is \(ratio):1")
            }
        }
    }

    @Test(arguments: ["light", "dark"])
    func barsStandOutFromTheirTrack(scheme: String) throws {
        let colours = try Self.palette(scheme)
        let track = try #require(colours["panel"])
        for bar in ["bar", "good", "fine", "caution", "avoid"] {
            let ratio = try Self.contrast(try #require(colours[bar]), track)
            #expect(ratio >= 3, "\(scheme): --\(bar) bar on its track is \(ratio):1")
        }
    }

    @Test func bothSchemesAreRead() throws {
        let light = try Self.palette("light")
        let dark = try Self.palette("dark")
        #expect(light.count >= 12 && dark.count >= 12)
        #expect(light["bg"] != dark["bg"])
    }
}
