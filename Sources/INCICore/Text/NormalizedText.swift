import Foundation

/// Input text after Unicode clean-up, with a map back to the original, so every token can report where
/// it was printed.
///
/// Per scalar: NFKC (full-width `，` → `,`, ligatures), no-break and other spaces → space, zero-width
/// characters, soft hyphens and ™ ® © dropped, dashes → `-`, smart quotes → ASCII, CR/LF → LF, and
/// superscript digits kept as footnote marks. Then words broken by a line-end hyphen are joined
/// (`Polycyclopen- tadiene` → `Polycyclopentadiene`).
struct NormalizedText {
    /// The input, as Unicode scalars.
    let original: [Unicode.Scalar]
    /// The normalized text.
    private(set) var scalars: [Unicode.Scalar] = []
    /// For each normalized scalar, the index of the original scalar it came from.
    private(set) var origins: [Int] = []
    /// Lower-cased `scalars` (same length), for keyword search.
    private(set) var lower: [Unicode.Scalar] = []

    init(_ input: String) {
        // One pass, not `Array(input.unicodeScalars)`, which counts the scalars first.
        var original: [Unicode.Scalar] = []
        original.reserveCapacity(input.utf8.count)
        for scalar in input.unicodeScalars { original.append(scalar) }
        self.original = original
        scalars.reserveCapacity(original.count)
        origins.reserveCapacity(original.count)
        var index = 0
        while index < original.count {
            let scalar = original[index]
            if scalar == "\r" {
                append("\n", from: index)
                if index + 1 < original.count, original[index + 1] == "\n" { index += 1 }
            } else if scalar == "&", let (decoded, length) = Self.characterReference(in: original, at: index) {
                // Text copied from a page's source: `Glycerin&quot;`, `Water &amp; Glycerin`.
                for replacement in Self.normalize(decoded) { append(replacement, from: index) }
                index += length
                continue
            } else if scalar.value >= 0x20 && scalar.value < 0x7F {
                append(scalar, from: index)  // printable ASCII: as is
            } else {
                for replacement in Self.normalize(scalar) { append(replacement, from: index) }
            }
            index += 1
        }
        removeMarkup()
        joinHyphenatedLineBreaks()
        lower = scalars.map {
            $0.value < 0x80
                ? (($0.value >= 0x41 && $0.value <= 0x5A) ? Unicode.Scalar($0.value + 32)! : $0) : Self.lowercase($0)
        }
    }

    /// Drops the `MarkupResidue` pasted with the text, keeping the map to the original.
    private mutating func removeMarkup() {
        guard scalars.contains("<") || scalars.contains("/") else { return }
        let pieces = MarkupResidue.pieces(in: scalars)
        guard !pieces.isEmpty else { return }
        var newScalars: [Unicode.Scalar] = []
        var newOrigins: [Int] = []
        newScalars.reserveCapacity(scalars.count)
        newOrigins.reserveCapacity(scalars.count)
        var next = 0
        for piece in pieces {
            for index in next..<piece.range.lowerBound {
                newScalars.append(scalars[index])
                newOrigins.append(origins[index])
            }
            if let replacement = piece.replacement {
                newScalars.append(replacement)
                newOrigins.append(origins[piece.range.lowerBound])
            }
            next = piece.range.upperBound
        }
        for index in next..<scalars.count {
            newScalars.append(scalars[index])
            newOrigins.append(origins[index])
        }
        scalars = newScalars
        origins = newOrigins
    }

    private mutating func append(_ scalar: Unicode.Scalar, from origin: Int) {
        scalars.append(scalar)
        origins.append(origin)
    }

    /// The original text of normalized range `range`.
    func originalText(_ range: Range<Int>) -> String {
        guard let span = originalRange(range) else { return "" }
        return String(scalars: original[span])
    }

    /// The original scalar offsets covered by normalized range `range`.
    func originalRange(_ range: Range<Int>) -> Range<Int>? {
        guard !range.isEmpty else { return nil }
        return origins[range.lowerBound]..<(origins[range.upperBound - 1] + 1)
    }

    func text(_ range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }

    // MARK: - Per-scalar rules

    /// The named references pasted text keeps from HTML source.
    private static let namedReferences: [String: Unicode.Scalar] = [
        "amp": "&", "quot": "\"", "apos": "'", "lt": "<", "gt": ">", "nbsp": "\u{A0}", "ndash": "-", "mdash": "-",
        "rsquo": "'", "lsquo": "'", "ldquo": "\"", "rdquo": "\"", "middot": "·", "bull": "•", "reg": "®",
        "trade": "™", "copy": "©", "eacute": "é", "egrave": "è", "agrave": "à", "ccedil": "ç", "uuml": "ü",
        "ouml": "ö", "auml": "ä", "szlig": "ß",
    ]

    /// References read without a semicolon (as browsers do), lower case as printed.
    private static let unterminatedReferences: Set<String> = ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]

    /// An HTML character reference at `index` (`&amp;`, `&#39;`, `&#x2019;`): its scalar and length.
    static func characterReference(in scalars: [Unicode.Scalar], at index: Int) -> (Unicode.Scalar, Int)? {
        var end = index + 1
        while end < scalars.count, end - index <= 9, scalars[end] != ";", scalars[end].isASCII,
            scalars[end].properties.isAlphabetic || ("0"..."9").contains(scalars[end]) || scalars[end] == "#"
        {
            end += 1
        }
        let terminated = end < scalars.count && scalars[end] == ";"
        guard end > index + 1 else { return nil }
        let name = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
        // `&copy,`, `&gt` at the end: the legacy references browsers read without their semicolon.
        guard terminated || Self.unterminatedReferences.contains(name) else { return nil }
        let length = end - index + (terminated ? 1 : 0)
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value =
                digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let decoded = Unicode.Scalar(value), value >= 0x20 else { return nil }
            return (decoded, length)
        }
        guard let decoded = namedReferences[name.lowercased()] else { return nil }
        return (decoded, length)
    }

    static func normalize(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let v = scalar.value
        if v < 0x80 {
            switch v {
            case 0x09, 0x0B, 0x0C: return [" "]
            case 0x0A: return ["\n"]
            case 0x00..<0x20, 0x7F: return [" "]
            default: return [scalar]
            }
        }
        switch v {
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x1680: return [" "]
        case 0x200B...0x200D, 0x2060, 0xFEFF, 0x00AD, 0x2122, 0x00AE, 0x00A9, 0x2120: return []
        case 0x0085, 0x2028, 0x2029: return ["\n"]
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D, 0x2043: return ["-"]
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x00B4, 0x0060: return ["'"]
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: return ["\""]
        case 0x00B9, 0x00B2, 0x00B3, 0x2070...0x2079: return [scalar]  // footnote marks
        case 0x0080..<0x00A0: return [" "]
        default:
            if scalar.properties.generalCategory == .format { return [] }
            let mapped = String(scalar).precomposedStringWithCompatibilityMapping
            return Array(mapped.unicodeScalars)
        }
    }

    /// One scalar for one scalar, so that `lower` lines up with the printed text. Turkish `İ` lowers to `i` and a
    /// combining dot above: its letter is `i` (`İçindekiler` is the heading `içindekiler`).
    static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v < 0x80 { return (0x41...0x5A).contains(v) ? Unicode.Scalar(v + 32)! : scalar }
        let mapped = scalar.properties.lowercaseMapping.unicodeScalars
        guard let first = mapped.first else { return scalar }
        if mapped.count == 1 { return first }
        return mapped.dropFirst().allSatisfy { $0.properties.generalCategory == .nonspacingMark } ? first : scalar
    }

    /// Prefixes printed with a hyphen before the rest of a name (`ALPHA-ISOMETHYL IONONE`): a line break
    /// after them is not hyphenation.
    private static let hyphenatedPrefixes: Set<String> = [
        "ALPHA", "BETA", "GAMMA", "DELTA", "OMEGA", "TETRA", "PENTA", "HEXA",
    ]

    /// All-caps hyphenation (`POLYCYCLOPEN-⏎TADIENE`): a word of four capitals or more before the hyphen,
    /// a capital after the break, and no other hyphen in the word.
    private func continuesCapitals(hyphen: Int, next: Int) -> Bool {
        guard scalars[next].properties.isUppercase else { return false }
        var k = hyphen - 1
        while k >= 0, scalars[k].properties.isUppercase { k -= 1 }
        if k >= 0, scalars[k].properties.isAlphabetic || scalars[k] == "-" { return false }
        let fragment = String(String.UnicodeScalarView(scalars[(k + 1)..<hyphen]))
        return fragment.unicodeScalars.count >= 4 && !Self.hyphenatedPrefixes.contains(fragment)
    }

    /// `Polycyclopen- tadiene` / `Polycyclopen-⏎tadiene` → `Polycyclopentadiene`: a letter, a hyphen,
    /// spacing that includes a line break or a single space, then a lower-case letter (or a capital,
    /// for a word printed in capitals and broken at a line end).
    private mutating func joinHyphenatedLineBreaks() {
        guard scalars.contains("-") else { return }
        var keep = [Bool](repeating: true, count: scalars.count)
        var i = 1
        while i < scalars.count - 1 {
            if scalars[i] == "-", scalars[i - 1].properties.isLowercase || scalars[i - 1].properties.isUppercase {
                var j = i + 1
                var sawBreak = false
                var spaces = 0
                while j < scalars.count, scalars[j] == " " || scalars[j] == "\n" {
                    if scalars[j] == "\n" { sawBreak = true }
                    spaces += 1
                    j += 1
                }
                if spaces > 0, j < scalars.count,
                    scalars[j].properties.isLowercase || (sawBreak && continuesCapitals(hyphen: i, next: j)),
                    sawBreak || spaces == 1
                {
                    for k in i..<j { keep[k] = false }
                    i = j
                    continue
                }
                // `ALPHA-⏎ISOMETHYL IONONE`, `PEG-⏎100`: a hyphenated name broken after its hyphen.
                if sawBreak, j < scalars.count, scalars[j].properties.isUppercase || ("0"..."9").contains(scalars[j]) {
                    for k in (i + 1)..<j { keep[k] = false }
                    i = j
                    continue
                }
            }
            i += 1
        }
        guard keep.contains(false) else { return }
        var newScalars: [Unicode.Scalar] = []
        var newOrigins: [Int] = []
        newScalars.reserveCapacity(scalars.count)
        newOrigins.reserveCapacity(scalars.count)
        for index in scalars.indices where keep[index] {
            newScalars.append(scalars[index])
            newOrigins.append(origins[index])
        }
        scalars = newScalars
        origins = newOrigins
    }
}
