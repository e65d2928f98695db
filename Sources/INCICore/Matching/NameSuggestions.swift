/// What `inci explain` offers for a name it does not recognise: the misspellings the matcher refused
/// (nearest first), then registered names whose words begin with every typed word, shortest first, so a
/// partial name (`salicylic`, `hyaluronic`) finds the ingredients people mean without guessing one.
package enum NameSuggestions {
    package static func suggest(
        _ typed: String, misspellings: [String], dictionary: IngredientDictionary, limit: Int = 5
    ) -> [String] {
        var result: [String] = []
        for name in misspellings where !result.contains(name) { result.append(name) }
        let words = NameKey.make(typed).split(separator: " ")
        guard words.contains(where: { $0.count >= 3 }) else { return Array(result.prefix(limit)) }
        var partial: [(name: String, words: Int)] = []
        for ingredient in dictionary.ingredients {
            let nameWords = NameKey.make(ingredient.name).split(separator: " ")
            guard words.allSatisfy({ word in nameWords.contains { Self.begins($0, word) } }) else { continue }
            partial.append((ingredient.name, nameWords.count))
        }
        partial.sort { ($0.words, $0.name.count, $0.name) < ($1.words, $1.name.count, $1.name) }
        for candidate in partial where !result.contains(candidate.name) {
            result.append(candidate.name)
            if result.count >= limit { break }
        }
        return Array(result.prefix(limit))
    }

    /// Whether a typed word begins a name's word: as printed, or with one slip in a word of five letters or
    /// more (`hyaluronc` → Hyaluronic Acid).
    static func begins(_ nameWord: Substring, _ typed: Substring) -> Bool {
        if nameWord.hasPrefix(typed) { return true }
        guard typed.count >= 5, nameWord.count + 1 >= typed.count else { return false }
        let head = ClosestName.scalars(nameWord.prefix(typed.count + 1))
        let query = ClosestName.scalars(typed)
        return ClosestName.distance(query, head, limit: 1) != nil
            || ClosestName.distance(query, Array(head.dropLast()), limit: 1) != nil
    }
}
