import INCICore

/// Reads a dictionary folder (every `*.txt` below it, named by its path relative to the folder, in path
/// order) — what the build plugin embeds, `inci --dictionary DIR` loads and the tests' fixture
/// dictionary is.
public enum DictionaryFolder {
    public enum ReadError: Error, Sendable, CustomStringConvertible {
        case notAFolder(path: String)
        case input(InputError)
        case notUTF8(path: String)

        public var description: String {
            switch self {
            case .notAFolder(let path): "dictionary folder '\(path)' does not exist"
            case .input(let error): error.description
            case .notUTF8(let path): "cannot read '\(path)' as UTF-8 text"
            }
        }
    }

    public static func read(_ folder: String) throws(ReadError) -> [DictionaryFile] {
        let inputs = InputWalker(.extensions(["txt"])).inputs([folder])
        if inputs.count == 1, inputs[0].path == folder { throw .notAFolder(path: folder) }
        var files: [DictionaryFile] = []
        for input in inputs {
            if let problem = input.problem {
                throw problem.kind == "missing" && input.path == folder ? .notAFolder(path: folder) : .input(problem)
            }
            let text: String?
            do { text = try FileReader.readUTF8(input.path) } catch { throw .input(error) }
            guard let text else { throw .notUTF8(path: input.path) }
            files.append(DictionaryFile(path: InputWalker.relativePath(input.path, root: folder), text: text))
        }
        return files
    }
}
