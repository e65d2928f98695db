extension Matcher {
    /// A Korean, Japanese or Chinese name read from its morphemes (`NameComposer`): the whole name; then,
    /// when it ends in a parenthesised note without slashes (정제수(워터), 加水分解ケラチン（羊毛）), the name
    /// without it and the note alone. Brackets elsewhere are part of the name ((アクリル酸Na/…)コポリマー,
    /// ダイマージリノール酸(フィトステリル/…)): dropping them would name another ingredient. Tried after every
    /// listed name, so composition never overrides an alias the dictionary lists.
    /// `language` is the list's, when known: it decides a name two languages write alike.
    func resolveComposed(_ name: String, language: Language? = nil) -> Resolution? {
        guard name.utf8.contains(where: { $0 >= 0x80 }) || language != nil else { return nil }
        var candidates = [name]
        let trimmed = name.trimmingWhitespace()
        if let last = trimmed.last, last == ")" || last == "）", !trimmed.contains("/"), !trimmed.contains("／") {
            candidates.append(ParenthesisStripper.strip(name))
            candidates += ParenthesisStripper.groups(name)
        }
        var partUnknown: Composition?
        for candidate in candidates {
            switch dictionary.composer.read(candidate, preferring: language) {
            case .named(let result):
                // A species chosen among several is as sure as its share of real labels, not certain.
                return Resolution(
                    match: .alias, ingredient: result.ingredient, confidence: result.composition.share,
                    matchedName: candidate.trimmingWhitespace(), composition: result.composition)
            case .partUnknown(let composition): partUnknown = partUnknown ?? composition
            case nil: continue
            }
        }
        // A plant whose part the label does not print and data cannot choose: unknown, but saying which
        // plant it is and what it could be, rather than a confident wrong part. Not for a name with Latin
        // letters, which the other readings (a synonym in brackets) may still name.
        guard let partUnknown, !name.contains(where: { $0.isASCII && $0.isLetter }) else { return nil }
        return Resolution(
            match: .unknown, ingredient: nil, confidence: 0, matchedName: nil, composition: partUnknown,
            suggestions: partUnknown.alternatives)
    }
}
