/// One catalog file `inci check` reads, and how: by `--input-format`, else by its extension (`.csv`,
/// `.jsonl`/`.ndjson`, `.json`, `.html`/`.htm`; `.txt` is refused, as it usually holds one label; anything
/// else given by name is read as CSV). `-` is standard input, CSV unless `--input-format` says otherwise.
public struct CatalogInput: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case csv, jsonl, jsonArray, page

        init(_ format: InputFormat) {
            switch format {
            case .csv: self = .csv
            case .jsonl: self = .jsonl
            case .json: self = .jsonArray
            case .html: self = .page
            }
        }
    }

    /// Where to read it.
    public let path: String
    public let kind: Kind
    /// What findings and errors call it: the path, or `-` for standard input.
    public let name: String
    /// A temporary copy of standard input, removed after the check.
    public let isSpooled: Bool

    public init(path: String, kind: Kind, name: String? = nil, isSpooled: Bool = false) {
        self.path = path
        self.kind = kind
        self.name = name ?? path
        self.isSpooled = isSpooled
    }

    static let kinds: [String: Kind] = [
        "csv": .csv, "jsonl": .jsonl, "ndjson": .jsonl, "json": .jsonArray, "html": .page, "htm": .page,
    ]

    /// Files as given, folders recursively (the batch walker); paths that cannot be read become errors
    /// in `errors`, phrased `path: reason` as every other read error of a check. `format` overrides the
    /// extensions; `-` reads standard input (once).
    public static func inputs(_ paths: [String], format: InputFormat? = nil, errors: inout [String]) -> [CatalogInput] {
        var inputs: [CatalogInput] = []
        for argument in StandardInput.split(paths) {
            switch argument {
            case .paths(let paths):
                inputs += files(paths, format: format, errors: &errors)
            case .standardInput:
                let format = format ?? .csv
                do {
                    inputs.append(
                        CatalogInput(
                            path: try StandardInput.spool(extension: format.rawValue), kind: Kind(format),
                            name: StandardInput.name, isSpooled: true))
                } catch {
                    errors.append("\(StandardInput.name): \(error.reason)")
                }
            }
        }
        return inputs
    }

    private static func files(_ paths: [String], format: InputFormat?, errors: inout [String]) -> [CatalogInput] {
        InputWalker(.extensions(Set(kinds.keys))).inputs(paths).compactMap { file in
            if let problem = file.problem {
                errors.append("\(problem.path): \(problem.reason)")
                return nil
            }
            if let format { return CatalogInput(path: file.path, kind: Kind(format)) }
            if file.pathExtension == "txt" {
                errors.append(
                    "\(file.path): a .txt file is not a catalog inci check reads (.csv, .jsonl, .json, .html); "
                        + "for one label use `inci analyze --file \(file.path)`; for a catalog, give --input-format csv|jsonl|json|html"
                )
                return nil
            }
            return CatalogInput(path: file.path, kind: kinds[file.pathExtension] ?? .csv)
        }
    }
}
