/// Why a page yielded no product. Each names what went wrong so a batch report can say it per file.
public enum PageError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file holds no bytes (or only white space).
    case empty
    /// NUL bytes or control characters where a page should be: an image, an archive, a PDF.
    case notHTML(offset: Int)
    /// Larger than the cap; refused before parsing so memory stays bounded.
    case tooLarge(bytes: Int, limit: Int)
    /// A `.json` input that is not valid JSON.
    case invalidJSON(String)
    /// The page was read, but nothing on it is an ingredient list.
    case noIngredientList
    /// Elements nested deeper than the parser reads (libxml2 stops at 256 levels), and no list before that.
    case tooDeep(limit: Int)

    public var description: String {
        switch self {
        case .empty: "the file is empty"
        case .notHTML(let offset): "not an HTML page (binary data at byte \(offset))"
        case .tooLarge(let bytes, let limit): "the page is too large (\(bytes) bytes; the limit is \(limit))"
        case .invalidJSON(let reason): "not valid JSON: \(reason)"
        case .noIngredientList: "no ingredient list found"
        case .tooDeep(let limit):
            "no ingredient list found in the part that could be read: elements are nested deeper than \(limit) levels, where the parser stops"
        }
    }

    /// A short stable name for scripts (`error_kind` in CSV, `errorKind` in JSON).
    public var kind: String {
        switch self {
        case .empty: "empty"
        case .notHTML: "not-html"
        case .tooLarge: "too-large"
        case .invalidJSON: "invalid-json"
        case .noIngredientList: "no-ingredient-list"
        case .tooDeep: "too-deep"
        }
    }
}
