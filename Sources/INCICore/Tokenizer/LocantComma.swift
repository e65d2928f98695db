/// A comma inside a chemical name's locants, which does not separate list items: `N,N-Diethyl-m-Aminophenol`,
/// `Alpha,3,3-Trimethylcyclohexylmethyl Acetate`, `2,4-Dimethyl-4,4a,5,9b-Tetrahydroindeno-1,3-Dioxin`,
/// `Trans, Trans-2,4-Decadienal`, `Cis,Cis-1,1'-(Ethylidenebis-Oxy)Dihex-3-Ene` (CosIng prints hair dyes and
/// fragrance materials so, and labels copy them).
///
/// Why a rule of its own: a list comma stands between two names, a locant comma between two locants that
/// end at the hyphen joining them to the rest of the name. A locant is a position (digits, optionally with a
/// ring letter and primes: `4a`, `9b`, `1'`), a heteroatom (`N`, `O`, `S`, `P`) or a stereo word (`alpha`,
/// `cis`, `trans`, …, with digits before it: `3aalpha`). So a comma is a locant comma when the run before it
/// is a locant that starts a name or follows a hyphen, and what follows it is more locants ending in a
/// hyphen. A comma after a digit (`1,2-Hexanediol`, `2,5%`, `1, 2-Hexanediol` but `Laureth-4, 1,2-Hexanediol`)
/// is the list builder's own rule and never reaches this one.
enum LocantComma {
    static let stereoWords: Set<String> = [
        "alpha", "beta", "gamma", "delta", "epsilon", "omega", "cis", "trans", "endo", "exo", "syn", "anti",
    ]

    /// Whether the comma at `i` of `s` joins locants of one name.
    static func joinsLocants(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i > 0, i + 1 < s.count, s[i] == "," else { return false }
        // The run before the comma: letters, digits and primes back to the previous delimiter.
        var start = i
        while start > 0, isLocantScalar(s[start - 1]) { start -= 1 }
        guard start < i, let before = locant(s[start..<i]) else { return false }
        // It starts a name (after a list comma and its space, a line, a bracket) or follows a hyphen; a last
        // word after a space (`Tocopherol Alpha, Beta-Carotene`) is no locant.
        if start > 0 {
            let previous = s[start - 1]
            let startsName =
                previous == "-" || previous == "," || previous == "(" || previous == "[" || previous == "\n"
                || (previous == " " && (start < 2 || s[start - 2] == "," || s[start - 2] == "\n"))
            guard startsName else { return false }
        }
        // After the comma: locants joined by commas, ending at a hyphen. A space after a comma is allowed
        // only after a stereo word or a single digit (`Trans, Trans-`, `1, 2-`), as CosIng spaces them.
        var j = i + 1
        var spacedAfter = before
        while true {
            if j < s.count, s[j] == " " {
                guard spacedAfter.allowsSpace else { return false }
                j += 1
            }
            var end = j
            while end < s.count, isLocantScalar(s[end]) { end += 1 }
            guard end > j, let next = locant(s[j..<end]), end < s.count else { return false }
            if s[end] == "-" { return true }
            guard s[end] == ",", end + 1 < s.count else { return false }
            spacedAfter = next
            j = end + 1
        }
    }

    private static func isLocantScalar(_ c: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(c) || ("a"..."z").contains(c) || ("A"..."Z").contains(c) || c == "'" || c == "′"
    }

    /// A locant's kind, when `run` is one.
    private struct Locant {
        let allowsSpace: Bool
    }

    private static func locant(_ run: ArraySlice<Unicode.Scalar>) -> Locant? {
        var text = String(String.UnicodeScalarView(run)).lowercased()
        while text.hasSuffix("'") || text.hasSuffix("′") { text.removeLast() }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let rest = text.dropFirst(digits.count)
        if digits.isEmpty {
            if stereoWords.contains(String(rest)) { return Locant(allowsSpace: true) }
            return ["n", "o", "s", "p"].contains(rest) ? Locant(allowsSpace: false) : nil
        }
        guard digits.count <= 2 else { return nil }
        if rest.isEmpty { return Locant(allowsSpace: digits.count == 1) }
        if rest.count == 1 { return Locant(allowsSpace: false) }
        // `3aalpha`: a ring letter, then a stereo word; or the stereo word directly (`4alpha`).
        if stereoWords.contains(String(rest)) || stereoWords.contains(String(rest.dropFirst())) {
            return Locant(allowsSpace: false)
        }
        return nil
    }
}
