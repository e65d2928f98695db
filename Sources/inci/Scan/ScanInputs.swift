import Foundation

/// One file `inci scan` will read, or a path argument it could not use (which still yields a record).
struct ScanInput: Sendable {
    let path: String
    /// Why this path cannot be scanned (missing, unreadable folder), known before reading.
    let problem: String?
    /// `missing` or `unreadable`, for the record's `errorKind`.
    var problemKind: String = "unreadable"
}

/// Expands `inci scan` path arguments into files: directories recursively (`.html`, `.htm`, `.json`, or
/// names matching `--glob`), sorted by path so the output order never depends on the file system.
/// Each directory is entered once by its device and inode, so a symlink loop cannot hang the walk.
enum ScanInputs {
    static let extensions: Set<String> = ["html", "htm", "json"]

    static func collect(_ arguments: [String], glob: String?) -> [ScanInput] {
        var inputs: [ScanInput] = []
        var visited: Set<FileIdentity> = []
        for argument in arguments {
            var info = stat()
            guard stat(argument, &info) == 0 else {
                inputs.append(ScanInput(path: argument, problem: "cannot read '\(argument)': \(String(cString: strerror(errno)))",
                                        problemKind: errno == ENOENT ? "missing" : "unreadable"))
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(argument, glob: glob, visited: &visited, into: &inputs)
            } else {
                inputs.append(ScanInput(path: argument, problem: nil))
            }
        }
        var seen: Set<String> = []
        return inputs.filter { seen.insert($0.path).inserted }.sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
    }

    private struct FileIdentity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    private static func walk(_ root: String, glob: String?, visited: inout Set<FileIdentity>, into inputs: inout [ScanInput]) {
        var stack = [root]
        while let directory = stack.popLast() {
            var info = stat()
            guard stat(directory, &info) == 0 else { continue }
            guard visited.insert(FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted else { continue }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: directory)
            } catch {
                inputs.append(ScanInput(path: directory, problem: "cannot read folder '\(directory)'"))
                continue
            }
            for name in names.sorted() {
                let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
                var entry = stat()
                // A dangling symlink: report it, a user expects the file it names.
                guard stat(path, &entry) == 0 else {
                    if matches(name: name, path: path, root: root, glob: glob) {
                        inputs.append(ScanInput(path: path, problem: "cannot read '\(path)': \(String(cString: strerror(errno)))",
                                                problemKind: errno == ENOENT ? "missing" : "unreadable"))
                    }
                    continue
                }
                if (entry.st_mode & S_IFMT) == S_IFDIR {
                    stack.append(path)
                } else if matches(name: name, path: path, root: root, glob: glob) {
                    inputs.append(ScanInput(path: path, problem: nil))
                }
            }
        }
    }

    private static func matches(name: String, path: String, root: String, glob: String?) -> Bool {
        if let glob {
            let relative = path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
            return fnmatch(glob, name, 0) == 0 || fnmatch(glob, relative, 0) == 0
        }
        return extensions.contains((name as NSString).pathExtension.lowercased())
    }
}
