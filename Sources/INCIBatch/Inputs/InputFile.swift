/// One input of a batch command: a file to read, or a path argument that is already known to be
/// unusable (missing, a dangling link, an unreadable folder), which still yields one error record.
public struct InputFile: Sendable, Hashable {
    /// Where to read it.
    public let path: String
    /// What reports call it: the path, or `-` for standard input (read from a temporary copy).
    public let name: String
    /// Why the path cannot be read, found while walking; `nil` for a file to read.
    public let problem: InputError?

    public init(path: String, name: String? = nil, problem: InputError? = nil) {
        self.path = path
        self.name = name ?? path
        self.problem = problem
    }

    /// The file name's extension, lower-cased, without the dot ("" when there is none).
    public var pathExtension: String {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
