extension Matcher {
    /// A Korean, Japanese or Chinese name read from its morphemes (`NameComposer`): the whole name; then,
    /// when it ends in a parenthesised note without slashes (정제수(워터), 加水分解ケラチン（羊毛）), the name
    /// without it and the note alone. Brackets elsewhere are part of the name ((アクリル酸Na/…)コポリマー,
    /// ダイマージリノール酸(フィトステリル/…)): dropping them would name another ingredient. Tried after every
    /// listed name, so composition never overrides an alias the dictionary lists.
    /// `language` is the list's, when known: it decides a name two languages write alike.
    func resolveComposed(_ name: String, language: Language? = nil) -> Resolution? {
        guard name.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        var candidates = [name]
        let trimmed = name.trimmingWhitespace()
        if let last = trimmed.last, last == ")" || last == "）", !trimmed.contains("/"), !trimmed.contains("／") {
            candidates.append(ParenthesisStripper.strip(name))
            candidates += ParenthesisStripper.groups(name)
        }
        for candidate in candidates {
            guard let result = dictionary.composer.compose(candidate, preferring: language) else { continue }
            // A species chosen among several is as sure as its share of real labels, not certain.
            return Resolution(
                match: .alias, ingredient: result.ingredient, confidence: result.composition.share,
                matchedName: candidate.trimmingWhitespace(), composition: result.composition)
        }
        return nil
    }
}
