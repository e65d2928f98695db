/// Words by where they stand in an INCI name. INCI names are English noun phrases whose head comes
/// last (`Sargassum Extract`, `Salicylic Acid`, `Shea Butter`), so some words only ever end a name and
/// some never do: a line break next to one is a name wrapped over two lines (`SARGASSUM⏎EXTRACT`,
/// `Glyceryl⏎Stearate`), not two names, even in a list printed one name to a line.
enum NameWords {
    /// Head nouns that end names and never begin one (lower case). Not `water` or `alcohol`, which are
    /// names of their own.
    static let headNouns: Set<String> = [
        "extract", "extracts", "oil", "oils", "acid", "acids", "butter", "wax", "juice", "powder", "ferment",
        "filtrate", "lysate", "hydrolysate", "seed", "leaf", "root", "flower", "fruit", "bark", "peel", "kernel",
        "stem", "callus", "gum", "glycol", "glycerides", "triglyceride", "chloride", "hydroxide", "dioxide",
        "sulfate", "sulphate", "benzoate", "citrate", "phosphate", "gluconate", "glucoside", "glutamate",
        "stearate", "palmitate", "acetate", "lactate", "copolymer", "crosspolymer", "esters", "protein",
        "proteins", "distillate", "hydrosol",
    ]

    /// Whether `word` (as printed) cannot end a name: an acyl or alkyl word (`Glyceryl`, `Tocopheryl`,
    /// `Cetearyl`) always has the rest of its name after it.
    static func continuesName(_ word: some StringProtocol) -> Bool {
        guard word.count >= 5, word.allSatisfy(\.isLetter) else { return false }
        return word.lowercased().hasSuffix("yl")
    }

    /// Whether `word` (as printed) is a head noun.
    static func isHeadNoun(_ word: some StringProtocol) -> Bool {
        headNouns.contains(word.lowercased())
    }
}
