import Foundation

/// The form in which names are compared: case, accents, punctuation and spacing do not matter.
///
/// `Caprylic/ Capric Triglyceride`, `CAPRYLIC/CAPRIC TRIGLYCERIDE` and `caprylic capric triglyceride`
/// share one key; so do `PEG-100`, `PEG 100` and `Peg100` (letters and digits are split apart), and
/// `병풀 추출물` and `병풀추출물` (Hangul keys drop spaces, which Korean labels use inconsistently).
public enum NameKey {
    public static func make<S: StringProtocol>(_ name: S) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var previous: CharacterClass = .none
        var hasHangul = false

        func emit(_ scalar: Unicode.Scalar, _ kind: CharacterClass) {
            if !out.isEmpty && (pendingSpace || (kind != previous && kind != .other && previous != .other)) {
                out.append(" ")
            }
            pendingSpace = false
            out.append(scalar)
            previous = kind
        }

        for scalar in name.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                switch v {
                case 0x30...0x39: emit(scalar, .digit)
                case 0x61...0x7A: emit(scalar, .letter)
                case 0x41...0x5A: emit(Unicode.Scalar(v + 32)!, .letter)
                default: pendingSpace = true
                }
                continue
            }
            if (0xAC00...0xD7A3).contains(v) || (0x1100...0x11FF).contains(v) || (0x3130...0x318F).contains(v) {
                hasHangul = true
            }
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark {
                continue
            }
            if properties.isAlphabetic || properties.numericType != nil {
                // Fold accents (é → e) and case, keeping other scripts as they are.
                let folded = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                for f in folded.unicodeScalars {
                    if f.value < 0x80 {
                        let kind: CharacterClass = (0x30...0x39).contains(f.value) ? .digit : .letter
                        emit(f, kind)
                    } else {
                        emit(f, .other)
                    }
                }
            } else {
                pendingSpace = true
            }
        }
        var key = String(out)
        if hasHangul { key.removeAll { $0 == " " } }
        return key
    }

    private enum CharacterClass { case none, letter, digit, other }
}
