#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why an input could not be read. Every batch command turns one of these into one error record for
/// that input and goes on with the others; `kind` is the record's `errorKind`.
public enum InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path does not exist (or a link names a file that does not).
    case missing(path: String)
    /// The system refused to open or read it; `reason` is its message (permission denied, …).
    case unreadable(path: String, reason: String)
    /// A folder could not be listed.
    case unreadableFolder(path: String, reason: String)
    /// A folder, device or socket where a file was expected.
    case notAFile(path: String, isFolder: Bool)
    /// Larger than the command reads (pages: 64 MB), refused before reading.
    case tooLarge(path: String, size: Int, limit: Int)

    public var path: String {
        switch self {
        case .missing(let path), .unreadable(let path, _), .unreadableFolder(let path, _), .notAFile(let path, _),
            .tooLarge(let path, _, _):
            path
        }
    }

    /// The `errorKind` of the record: `missing`, `unreadable` or `too-large`.
    public var kind: String {
        switch self {
        case .missing: "missing"
        case .unreadable, .unreadableFolder, .notAFile: "unreadable"
        case .tooLarge: "too-large"
        }
    }

    /// The input could not be read at all (exit code 2), as opposed to read and found unusable (1).
    public var isUnreadable: Bool { kind != "too-large" }

    /// What went wrong, without the path: for reports that print the path in a column of their own.
    public var reason: String {
        switch self {
        case .missing: "no such file or folder"
        case .unreadable(_, let reason): reason
        case .unreadableFolder(_, let reason): "cannot list the folder: \(reason)"
        case .notAFile(_, let isFolder): isFolder ? "it is a directory" : "not a regular file"
        case .tooLarge(_, let size, let limit): "the file is too large (\(size) bytes; the limit is \(limit))"
        }
    }

    public var description: String {
        switch self {
        case .tooLarge: "'\(path)': \(reason)"
        case .unreadableFolder(let path, let reason): "cannot read folder '\(path)': \(reason)"
        default: "cannot read '\(path)': \(reason)"
        }
    }

    /// The error for a failed system call on `path`, from `errno`.
    static func fromErrno(_ path: String, code: Int32 = errno) -> InputError {
        code == ENOENT || code == ENOTDIR
            ? .missing(path: path) : .unreadable(path: path, reason: String(cString: strerror(code)))
    }
}
