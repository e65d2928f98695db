import Foundation

/// How one risk (`risk ID` in `Dictionaries/scoring/weights.txt`) follows dose and contact time: an
/// ingredient at `fullShare` percent counts in full; below, as (share / fullShare)^exponent (a small
/// exponent makes the risk almost a matter of presence, as with allergens); above, up to `cap`.
/// Rinsed off, the risk counts at `rinseOff`; left on, at `leaveOn` (1 but for risks of washes, such as
/// scrubbing: a scrub particle left on in a cream is a powder).
package struct RiskSettings: Sendable, Hashable {
    package var fullShare: Double = 10
    package var exponent: Double = 0.75
    package var cap: Double = 1.3
    package var rinseOff: Double = 0.5
    package var leaveOn: Double = 1

    package init(fullShare: Double = 10, exponent: Double = 0.75, cap: Double = 1.3, rinseOff: Double = 0.5) {
        self.fullShare = fullShare
        self.exponent = exponent
        self.cap = cap
        self.rinseOff = rinseOff
    }

    /// The response to a dose already expressed relative to full (1 = full).
    package func response(relative dose: Double) -> Double {
        guard dose > 0 else { return 0 }
        return min(cap, pow(dose, exponent))
    }

    /// The expected response at `estimate`, times the contact factor `contact` gives for `rinseOff`
    /// (scaled so that left on it is `leaveOn`).
    func factor(at estimate: ConcentrationEstimate, contact: (Double, Double) -> Double) -> Double {
        estimate.expected { response(relative: $0 / fullShare) } * contact(rinseOff, leaveOn)
    }

    static let keys: Set<String> = ["full-share", "exponent", "cap", "rinse-off", "leave-on"]

    /// Reads the dose and contact keys of a `risk ID` stanza; returns false for any other key.
    mutating func read(_ field: Stanza.Field, file: String, diagnostics: inout [DictionaryDiagnostic]) -> Bool {
        guard Self.keys.contains(field.key) else { return false }
        let factor = field.key == "rinse-off" || field.key == "leave-on"
        let limit: Double = factor ? 1 : field.key == "full-share" ? 100 : 5
        guard let value = Double(field.value), value > 0 || (factor && value == 0), value <= limit else {
            diagnostics.append(
                .init(
                    .error, file: file, line: field.line,
                    "'\(field.key)' needs a number above 0 and at most \(limit), found '\(field.value)'"))
            return true
        }
        switch field.key {
        case "full-share": fullShare = value
        case "exponent": exponent = value
        case "cap": cap = value
        case "leave-on": leaveOn = value
        default: rinseOff = value
        }
        return true
    }
}
