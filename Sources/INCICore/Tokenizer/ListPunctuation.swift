/// The punctuation that structures a printed list, as switches over scalar values: the tokenizer tests
/// every scalar of a label against these, and hashing each one into a `Set` cost more than the test.
extension Unicode.Scalar {
    /// Separates list items: `,` `;` `•` `·` `・` `、` `|` `●` `▪` `◦` `∙` `‧` `♦` `■`, and the Arabic comma `،`
    /// and semicolon `؛` (NFKC leaves them as they are).
    var isListSeparator: Bool {
        switch value {
        case 0x2C, 0x3B, 0x7C, 0xB7, 0x2022, 0x30FB, 0x3001, 0x25CF, 0x25AA, 0x25E6, 0x2219, 0x2027, 0x2666, 0x25A0,
            0x060C, 0x061B:
            true
        default: false
        }
    }

    /// Starts a bulleted line: `-` `•` `·` `●` `▪` `◦` `∙` `■` `♦` `>` `*`.
    var isListBullet: Bool {
        switch value {
        case 0x2D, 0x3E, 0x2A, 0xB7, 0x2022, 0x25CF, 0x25AA, 0x25E6, 0x2219, 0x25A0, 0x2666: true
        default: false
        }
    }

    /// Marks a footnote: `*` `†` `‡` `°` `^` `¹` … `⁹` `⁰` `#` `~` `§` `+`, and the reference mark `※` of
    /// Japanese and Korean labels.
    var isFootnoteMark: Bool {
        switch value {
        case 0x2A, 0x2020, 0x2021, 0xB0, 0x5E, 0xB9, 0xB2, 0xB3, 0x2074...0x2079, 0x2070, 0x23, 0x7E, 0xA7, 0x2B,
            0x203B:
            true
        default: false
        }
    }
}

extension Character {
    /// A footnote mark printed on an item (`Aloe*`, `²Shea`): `isFootnoteMark` but for `#`, `~` and `+`.
    /// One scalar: a mark with a combining mark on it is a different character.
    var isItemMark: Bool {
        let scalars = unicodeScalars
        guard let scalar = scalars.first, scalar.isFootnoteMark, scalar != "#", scalar != "~", scalar != "+" else {
            return false
        }
        return scalars.count == 1
    }
}
