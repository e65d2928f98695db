/// One catalog file `inci check` reads, and how: by its extension (`.csv`, `.jsonl`/`.ndjson`, `.json`,
/// `.html`/`.htm`; anything else given by name is read as CSV).
public struct CatalogInput: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case csv, jsonl, jsonArray, page
    }

    public let path: String
    public let kind: Kind

    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    static let kinds: [String: Kind] = ["csv": .csv, "jsonl": .jsonl, "ndjson": .jsonl, "json": .jsonArray, "html": .page, "htm": .page]

    /// Files as given, folders recursively (the batch walker); paths that cannot be read become errors
    /// in `errors`, phrased `path: reason` as every other read error of a check.
    public static func inputs(_ paths: [String], errors: inout [String]) -> [CatalogInput] {
        InputWalker(.extensions(Set(kinds.keys))).inputs(paths).compactMap { file in
            if let problem = file.problem {
                errors.append("\(problem.path): \(problem.reason)")
                return nil
            }
            return CatalogInput(path: file.path, kind: kinds[file.pathExtension] ?? .csv)
        }
    }
}
