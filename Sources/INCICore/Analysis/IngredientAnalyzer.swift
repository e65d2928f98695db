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
        return IngredientList(ingredients: matcher.match(list.tokens), footnotes: list.footnotes)
    }
}
