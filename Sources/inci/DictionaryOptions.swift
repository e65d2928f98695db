import ArgumentParser
import Foundation
import INCICore
import INCIDictionaryData

/// `--dictionary DIR`: use a dictionary folder (e.g. a checkout's `Dictionaries/` being edited) instead
/// of the one embedded in the binary.
struct DictionaryOptions: ParsableArguments {
    @Option(name: .customLong("dictionary"), help: ArgumentHelp("Use this dictionary folder instead of the embedded one.", valueName: "DIR"))
    var directory: String?

    func load() throws -> IngredientDictionary {
        guard let directory else { return EmbeddedDictionary.shared }
        let result = DictionaryLoader.load(files: try DictionaryFolder.read(directory))
        for diagnostic in result.errors.prefix(5) { CLIOutput.warning("\(directory)/\(diagnostic)") }
        return result.dictionary
    }

    func loadWithDiagnostics() throws -> (name: String, result: DictionaryLoader.Result) {
        guard let directory else { return ("embedded dictionary", EmbeddedDictionary.load()) }
        return (directory, DictionaryLoader.load(files: try DictionaryFolder.read(directory)))
    }
}

/// Reads every `*.txt` under a dictionary folder, as the build plugin embeds them.
enum DictionaryFolder {
    static func read(_ directory: String) throws -> [DictionaryFile] {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            CLIOutput.error("dictionary folder '\(directory)' does not exist")
            throw ExitCode(2)
        }
        var files: [DictionaryFile] = []
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "txt" else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                CLIOutput.error("cannot read '\(url.path)' as UTF-8 text")
                throw ExitCode(2)
            }
            files.append(DictionaryFile(path: relative, text: text))
        }
        return files.sorted { $0.path < $1.path }
    }
}
