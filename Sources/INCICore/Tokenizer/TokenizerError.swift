/// Why a text could not be read as an ingredient list. Offsets are in Unicode scalars of the input.
public enum TokenizerError: Error, Sendable, Hashable, CustomStringConvertible {
    case empty
    /// NUL bytes or mostly control characters: not text.
    case binary(offset: Int)
    /// Text, but nothing in it reads as an ingredient list (prose, a "Visit the … boutique" note).
    case noIngredientList(excerpt: String)
    /// Larger than any label (`Tokenizer.maximumBytes`): refused before any work, so memory stays bounded.
    case tooLarge(bytes: Int)

    public var description: String {
        switch self {
        case .empty: "the input is empty"
        case .binary(let offset): "the input is not text (binary data at offset \(offset))"
        case .noIngredientList(let excerpt): "no ingredient list found in \"\(excerpt)\""
        case .tooLarge(let bytes):
            "the input is \(bytes) bytes, more than any ingredient label (limit \(Tokenizer.maximumBytes))"
        }
    }
}
