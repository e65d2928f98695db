/// The core pipeline for one label: text → tokens → matched ingredients.
public struct IngredientAnalyzer: Sendable {
    public let tokenizer: Tokenizer
    public let matcher: Matcher

    public init(dictionary: IngredientDictionary, tokenizer: Tokenizer = Tokenizer()) {
        self.tokenizer = tokenizer
        self.matcher = Matcher(dictionary: dictionary)
    }

    public func analyze(_ text: String) throws(TokenizerError) -> IngredientList {
        let list = try tokenizer.tokenize(text)
        return IngredientList(ingredients: matcher.match(list.tokens), footnotes: list.footnotes, claims: list.claims)
    }

    /// As `analyze`, but misspellings are looked up only when at least `minimumExactCoverage` of the
    /// tokens matched without them: for telling ingredient lists from other page text (a page offers
    /// several candidates, and fuzzy lookups for every word of a paragraph cost more than the rest).
    /// Where fuzzy matching runs, the result is exactly `analyze`'s.
    public func analyze(_ text: String, fuzzyFromCoverage minimumExactCoverage: Double) throws(TokenizerError)
        -> IngredientList
    {
        let list = try tokenizer.tokenize(text)
        var matched = matcher.match(list.tokens, fuzzy: false)
        let known = matched.count { $0.match != .unknown }
        if !matched.isEmpty, Double(known) >= minimumExactCoverage * Double(matched.count) {
            let language = Language.ofList(list.tokens.lazy.map(\.text))
            for index in matched.indices where matched[index].match == .unknown {
                matched[index] = matcher.match(matched[index].token, language: language)
            }
        }
        return IngredientList(ingredients: matched, footnotes: list.footnotes, claims: list.claims)
    }
}
