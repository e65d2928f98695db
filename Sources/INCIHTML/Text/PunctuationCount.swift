/// Counts punctuation characters (commas, semicolons, bullets) in a candidate's text, as `Character`
/// comparisons do, but on scalars where that gives the same count: iterating a long text's `Character`s
/// was a tenth of a kit page's extraction.
///
/// A scalar is a character of its own when no neighbour can join it (Unicode's grapheme rules: combining
/// marks, joiners, prepended marks); in the scripts lists are printed in, without their combining marks,
/// none can. A text with any other scalar is counted on its characters.
struct PunctuationCount: Sendable {
    let characters: Set<Character>
    /// The scalars equal to one of the characters: each character's own scalar and the scalars
    /// canonically equivalent to it (`;` is also U+037E, `·` also U+0387), which `Character` comparison
    /// treats as equal.
    let scalars: Set<UInt32>

    init(_ characters: Set<Character>) {
        self.characters = characters
        var scalars = Set(characters.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first!.value : nil })
        for (scalar, equivalent) in Self.canonicalSingletons where characters.contains(Character(equivalent)) {
            scalars.insert(scalar)
        }
        self.scalars = scalars
    }

    /// Scalars inside the scanned ranges whose canonical decomposition is one punctuation scalar.
    static let canonicalSingletons: [(UInt32, Unicode.Scalar)] = [(0x37E, ";"), (0x387, "·")]

    func count(in text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars {
            guard Self.joinsNoNeighbour(scalar.value) else {
                return text.reduce(0) { $0 + (characters.contains($1) ? 1 : 0) }
            }
            if scalars.contains(scalar.value) { count += 1 }
        }
        return count
    }

    /// Scalars that never extend, prepend to or join a neighbouring character.
    static func joinsNoNeighbour(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0..<0x300, 0x370..<0x483, 0x48A..<0x591, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20BF,
            0x2100...0x214F, 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xAC00...0xD7A3, 0xFF01...0xFF9D, 0xFFA0...0xFFEF:
            return true
        default:
            return false
        }
    }
}
