extension Matcher {
    /// A Korean, Japanese or Chinese name read from its morphemes (`NameComposer`): the whole name, then
    /// without its parenthesised parts, then each parenthesised part (`정제수(워터)`). Tried after every
    /// listed name, so composition never overrides an alias the dictionary lists.
    func resolveComposed(_ name: String) -> Resolution? {
        guard name.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        var candidates = [name]
        if name.utf8.contains(where: { $0 == 0x28 || $0 == 0x5B }) {
            candidates.append(ParenthesisStripper.strip(name))
            candidates += ParenthesisStripper.groups(name)
        }
        for candidate in candidates {
            guard let result = dictionary.composer.compose(candidate) else { continue }
            // A species chosen among several is as sure as its share of real labels, not certain.
            return Resolution(match: .alias, ingredient: result.ingredient, confidence: result.composition.share,
                              matchedName: candidate.trimmingWhitespace(), composition: result.composition)
        }
        return nil
    }
}
