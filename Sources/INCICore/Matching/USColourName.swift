/// The US certified colour names (21 CFR 74 and 82: `FD&C Yellow No. 5`, `D&C Green No. 5`, `Ext. D&C Violet
/// No. 2`, with `Lake` or `Aluminum Lake` after them) read as the short forms labels also print and the
/// dictionary lists with their Colour Index numbers (`Yellow 5`, `Green 5`, `Ext. Violet 2`).
///
/// Why a rule, not one alias per colour: `FD&C`/`D&C` says which uses the FDA certifies a batch for, not which
/// colour it is, and the colour and number name one dye across both (there is no D&C Green No. 3 beside FD&C
/// Green No. 3). `Ext.` does name another dye (Ext. D&C Yellow No. 7 is not D&C Yellow No. 7), so it stays. A
/// lake is its dye on a substrate, listed under the dye's CI number (as the EU lists it).
enum USColourName {
    /// The name keys to look up for the name key `key` (`NameKey.make`), most specific first; none when `key`
    /// is no US certified colour name.
    static func shortKeys(_ key: String) -> [String] {
        var words = key.split(separator: " ")
        var prefix: [Substring] = []
        if words.first == "ext" {
            prefix = ["ext"]
            words.removeFirst()
        }
        if words.starts(with: ["fd", "c"]) {
            words.removeFirst(2)
        } else if words.starts(with: ["d", "c"]) {
            words.removeFirst(2)
        } else {
            return []
        }
        // The colour (one or two words), `no`, the number, then the rest (`lake`, `aluminum lake`).
        guard let number = words.firstIndex(where: { $0.allSatisfy(\.isNumber) }), number > 0 else { return [] }
        let colour = words[..<number].filter { $0 != "no" }
        guard !colour.isEmpty, colour.allSatisfy({ $0.allSatisfy(\.isLetter) }) else { return [] }
        let rest = words[(number + 1)...]
        let short = (prefix + colour + [words[number]]).joined(separator: " ")
        guard !rest.isEmpty else { return [short] }
        let withRest = short + " " + rest.joined(separator: " ")
        return rest.last == "lake" ? [withRest, short + " lake", short] : [withRest]
    }
}
