/// Strengths a product's name states for ingredients its list prints without one: "Lactic Acid 10% + HA",
/// "3% Glycolic Solutions Cleanser", "Fresh Pressed Daily Booster with Pure Vitamin C 10%". A brand's
/// stated percentage is a fact, as a printed one is; the concentration model keeps it (`basis: stated`).
///
/// A percentage binds to a name of one to four words beside it, on either side, within its own part of the
/// name (parts are split at `+`, `&`, `,`, `/`, brackets and the words "and", "with", "in", "plus", "for"):
/// the name, or the name with "Acid" added ("Glycolic" for glycolic acid), must be a dictionary name of
/// exactly one ingredient of the list that prints no percentage of its own. Anything else — "10% AHA" (a
/// family, not an ingredient), "Zinc 1%" beside Zinc PCA, "100% Pure" — binds nothing: a stated strength
/// that cannot be tied to one ingredient is not guessed.
enum NameStrength {
    static let breakWords: Set<String> = ["and", "with", "in", "plus", "for", "+", "&"]
    static let maxWords = 4

    static func read(_ name: String, list: IngredientList, dictionary: IngredientDictionary) -> [Int: Double] {
        var result: [Int: Double] = [:]
        for part in parts(of: name) {
            for (at, word) in part.enumerated() {
                guard let value = percent(word), value > 0, value < 100 else { continue }
                let left = Array(part[max(0, at - maxWords)..<at].reversed().prefix { percent($0) == nil }.reversed())
                let right = Array(part[(at + 1)...].prefix(maxWords).prefix { percent($0) == nil })
                // The nearest side first: "Retinol 0.2%" before "0.2% in Squalane".
                for words in [left, right] {
                    guard let index = bind(words, list: list, dictionary: dictionary), result[index] == nil else {
                        continue
                    }
                    result[index] = value
                    break
                }
            }
        }
        // Stated and printed strengths that cannot all be true together are not taken.
        let printed = list.ingredients.compactMap(ConcentrationModel.validPrinted).reduce(0, +)
        return result.values.reduce(printed, +) <= 100 ? result : [:]
    }

    /// The name's parts, each a list of words; separators end a part.
    static func parts(of name: String) -> [[String]] {
        var parts: [[String]] = [[]]
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            if breakWords.contains(word.lowercased()) { parts.append([]) } else { parts[parts.count - 1].append(word) }
            word = ""
        }
        for character in name {
            if character.isWhitespace {
                flush()
            } else if "+&,/()[]:;|".contains(character) {
                flush()
                parts.append([])
            } else if character == "™" || character == "®" {
                continue
            } else {
                word.append(character)
            }
        }
        flush()
        return parts.filter { !$0.isEmpty }
    }

    /// The SPF a name states: "Ultra Facial Cream SPF 30", "UV Protector SPF50+", "SPF 15 PA++". An SPF
    /// on a pack is the result of a required test (us-otc-sunscreen, eu-1223-2009), so it is a fact about
    /// the product even when a catalog row leaves the sunscreen's Drug Facts actives out of its list.
    static func statedSPF(_ name: String) -> Double? {
        let words = name.uppercased().split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == "/" })
        for (at, word) in words.enumerated() where word.hasPrefix("SPF") {
            let glued = word.dropFirst(3)
            let text = glued.isEmpty ? (at + 1 < words.count ? words[at + 1] : "") : glued
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            if let value = Double(digits), value >= 2, value <= 100 { return value }
        }
        return nil
    }

    /// Words with which a sunscreen's name claims mineral filters only (zinc oxide, titanium dioxide):
    /// "100% Mineral … SPF 40", "Physical Daily Defense SPF 30".
    static let mineralFilterWords: Set<String> = ["mineral", "physical", "zinc", "titanium"]

    /// Whether the name claims mineral filters only.
    static func claimsMineralFilters(_ name: String) -> Bool {
        name.lowercased().split(whereSeparator: { !$0.isLetter }).contains { mineralFilterWords.contains(String($0)) }
    }

    /// "10%", "0.2%", "1,5%" → the number.
    static func percent(_ word: String) -> Double? {
        guard word.hasSuffix("%"), word.count > 1 else { return nil }
        return Double(word.dropLast().replacingOccurrences(of: ",", with: "."))
    }

    /// The one unprinted list ingredient that a contiguous run of `words` names (longest runs first).
    static func bind(_ words: [String], list: IngredientList, dictionary: IngredientDictionary) -> Int? {
        guard !words.isEmpty else { return nil }
        for length in stride(from: words.count, through: 1, by: -1) {
            for start in 0...(words.count - length) {
                let phrase = words[start..<(start + length)].joined(separator: " ")
                for candidate in [phrase, phrase + " Acid"] {
                    guard let ingredient = dictionary.ingredient(named: candidate) else { continue }
                    let indices = list.ingredients.indices.filter {
                        list.ingredients[$0].ingredient?.id == ingredient.id
                            && (list.ingredients[$0].token.section == .main
                                || list.ingredients[$0].token.section == .inactive)
                    }
                    guard indices.count == 1, let index = indices.first else { continue }
                    return ConcentrationModel.validPrinted(list.ingredients[index]) == nil ? index : nil
                }
            }
        }
        return nil
    }
}
