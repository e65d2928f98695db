import Foundation

/// The form in which names are compared: case, accents, punctuation and spacing do not matter.
///
/// `Caprylic/ Capric Triglyceride`, `CAPRYLIC/CAPRIC TRIGLYCERIDE` and `caprylic capric triglyceride`
/// share one key; so do `PEG-100`, `PEG 100` and `Peg100` (letters and digits are split apart), and
/// `병풀 추출물` and `병풀추출물` (keys with Hangul, kana or Han characters drop spaces, which Korean,
/// Japanese and Chinese labels use inconsistently: `(パルミチン酸/エチルヘキサン酸) デキストリン`).
///
/// Computed for every name at dictionary load and every token at match time, so it works on UTF-8
/// bytes with an ASCII fast path.
public enum NameKey {
    private enum CharacterClass { case none, letter, digit, other }

    public static func make<S: StringProtocol>(_ name: S) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        var previous: CharacterClass = .none
        var spacesDropped = false

        /// Starts a character of class `kind`: a space first where a word ends.
        func separate(_ kind: CharacterClass) {
            if !out.isEmpty && (pendingSpace || (kind != previous && kind != .other && previous != .other)) {
                out.append(0x20)
            }
            pendingSpace = false
            previous = kind
        }

        func emit(_ bytes: some Sequence<UInt8>, _ kind: CharacterClass) {
            separate(kind)
            out.append(contentsOf: bytes)
        }

        let utf8 = name.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte < 0x80 {
                switch byte {
                case 0x30...0x39:
                    separate(.digit)
                    out.append(byte)
                case 0x61...0x7A:
                    separate(.letter)
                    out.append(byte)
                case 0x41...0x5A:
                    separate(.letter)
                    out.append(byte + 32)
                default: pendingSpace = true
                }
                index = utf8.index(after: index)
                continue
            }
            // Decode one non-ASCII scalar.
            var length = 1
            if byte >= 0xF0 { length = 4 } else if byte >= 0xE0 { length = 3 } else if byte >= 0xC0 { length = 2 }
            var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            index = utf8.index(after: index)
            for _ in 1..<length where index < utf8.endIndex {
                value = (value << 6) | (UInt32(utf8[index]) & 0x3F)
                index = utf8.index(after: index)
            }
            guard let scalar = Unicode.Scalar(value) else {
                pendingSpace = true
                continue
            }
            if (0xAC00...0xD7A3).contains(value) {
                spacesDropped = true
                emit(String(scalar).utf8, .other)
                continue
            }
            if (0x1100...0x11FF).contains(value) || (0x3130...0x318F).contains(value)
                || (0x3040...0x30FF).contains(value)
                || (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value)
            {
                spacesDropped = true
            }
            if let folded = latinFolds[value] {
                emit(folded.utf8, .letter)
                continue
            }
            let properties = scalar.properties
            let category = properties.generalCategory
            if category == .nonspacingMark || category == .enclosingMark || category == .spacingMark { continue }
            if properties.isAlphabetic || properties.numericType != nil {
                // Other scripts (Hangul, CJK, Greek) are kept as they are, lower-cased.
                emit(properties.lowercaseMapping.utf8, .other)
            } else {
                pendingSpace = true
            }
        }
        if spacesDropped { out.removeAll { $0 == 0x20 } }
        return String(decoding: out, as: UTF8.self)
    }

    /// Case- and accent-folded ASCII for the Latin-1 Supplement and Latin Extended-A/B letters, computed
    /// once: folding through Foundation per character would dominate dictionary loading.
    private static let latinFolds: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        for value in UInt32(0xC0)...UInt32(0x24F) {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
            let folded = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            if folded.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) {
                table[value] = folded.lowercased()
            }
        }
        return table
    }()
}
