import Foundation
import INCICore

/// Files of the inci checkout this package lives in (`Fuzz/` is inside it).
public enum ProjectFiles {
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every `*.txt` under `dir` (relative to the checkout), with paths relative to `dir`, sorted — what
    /// the EmbedDictionary plugin embeds for `Dictionaries/`, and what `--dictionary DIR` loads.
    public static func dictionaryFiles(_ dir: String) -> [DictionaryFile] {
        let base = root.appending(path: dir).standardizedFileURL
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else {
            fatalError("cannot read \(base.path)")
        }
        var files: [DictionaryFile] = []
        for case let url as URL in walker where url.pathExtension == "txt" {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { fatalError("cannot read \(url.path)") }
            files.append(DictionaryFile(path: String(url.standardizedFileURL.path.dropFirst(base.path.count + 1)), text: text))
        }
        guard !files.isEmpty else { fatalError("no dictionary files under \(base.path)") }
        return files.sorted { $0.path < $1.path }
    }
}
