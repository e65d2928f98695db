import Foundation
import PackagePlugin

/// Turns every `*.txt` file under `Dictionaries/` into one generated Swift file, so the dictionary
/// travels inside the binary: an `inci` copied alone into a PATH folder still knows every ingredient.
@main
struct EmbedDictionary: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let dictionaries = context.package.directoryURL.appending(path: "Dictionaries")
        let inputs = Self.dictionaryFiles(under: dictionaries)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedDictionaryFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) dictionary files",
                executable: try context.tool(named: "EmbedDictionaryTool").url,
                arguments: [dictionaries.path, output.path],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    static func dictionaryFiles(under root: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            return []
        }
        return walker.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.path < $1.path }
    }
}
