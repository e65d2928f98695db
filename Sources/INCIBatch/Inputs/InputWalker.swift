#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Expands path arguments into the files a batch command reads — the one folder walk of `scan`,
/// `check`, `--dictionary` and the dictionary embedding tool.
///
/// - Arguments are taken in the order given; a file argument is taken whatever its name.
/// - Folders are walked recursively and their files taken in path order (UTF-8 bytes), so the output
///   never depends on the file system's listing order.
/// - In folders, a file is taken when `selection` accepts its name or its path relative to the argument.
/// - Each folder is entered once by its device and inode, so a symlink loop cannot hang the walk.
/// - Problems become inputs with a `problem` (a missing argument, a dangling link, an unreadable folder),
///   so that each still yields one error record and the batch goes on.
/// - A path met twice is taken once, where it was first met.
public struct InputWalker: Sendable {
    /// Which files in a folder to take.
    public enum Selection: Sendable, Hashable {
        /// Files whose extension (lower-cased, no dot) is one of these.
        case extensions(Set<String>)
        /// Files whose name or relative path matches this shell pattern (`fnmatch`).
        case glob(String)
    }

    public let selection: Selection

    public init(_ selection: Selection) {
        self.selection = selection
    }

    public func inputs(_ arguments: [String]) -> [InputFile] {
        var inputs: [InputFile] = []
        var visited: Set<FileIdentity> = []
        var seen: Set<String> = []
        for argument in arguments {
            var info = stat()
            guard stat(argument, &info) == 0 else {
                if seen.insert(argument).inserted {
                    inputs.append(InputFile(path: argument, problem: .fromErrno(argument)))
                }
                continue
            }
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                if seen.insert(argument).inserted { inputs.append(InputFile(path: argument)) }
                continue
            }
            var found: [InputFile] = []
            walk(argument, visited: &visited, into: &found)
            found.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
            inputs += found.filter { seen.insert($0.path).inserted }
        }
        return inputs
    }

    /// Path relative to the walked argument, for `--glob` and for the dictionary's file names.
    public static func relativePath(_ path: String, root: String) -> String {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    private struct FileIdentity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    private func walk(_ root: String, visited: inout Set<FileIdentity>, into inputs: inout [InputFile]) {
        var stack = [root]
        while let folder = stack.popLast() {
            var info = stat()
            guard stat(folder, &info) == 0 else { continue }
            guard visited.insert(FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted else {
                continue
            }
            let names: [String]
            switch Self.list(folder) {
            case .success(let listed): names = listed
            case .failure(let error):
                inputs.append(InputFile(path: folder, problem: error))
                continue
            }
            for name in names {
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                var entry = stat()
                guard stat(path, &entry) == 0 else {
                    // A dangling link: reported, since a user expects the file it names.
                    if accepts(name: name, path: path, root: root) {
                        inputs.append(InputFile(path: path, problem: .fromErrno(path)))
                    }
                    continue
                }
                if (entry.st_mode & S_IFMT) == S_IFDIR {
                    stack.append(path)
                } else if accepts(name: name, path: path, root: root) {
                    inputs.append(InputFile(path: path))
                }
            }
        }
    }

    private func accepts(name: String, path: String, root: String) -> Bool {
        switch selection {
        case .extensions(let extensions):
            return extensions.contains(InputFile(path: name).pathExtension)
        case .glob(let pattern):
            return fnmatch(pattern, name, 0) == 0 || fnmatch(pattern, Self.relativePath(path, root: root), 0) == 0
        }
    }

    /// The entries of a folder, without `.` and `..`.
    private static func list(_ folder: String) -> Result<[String], InputError> {
        guard let stream = opendir(folder) else {
            return .failure(.unreadableFolder(path: folder, reason: String(cString: strerror(errno))))
        }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return .success(names)
    }
}
