import Foundation
import INCIBatch
import INCICore

/// Files of the inci checkout this package lives in (`Fuzz/` is inside it).
public enum ProjectFiles {
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every `*.txt` under `dir` (relative to the checkout), read as `--dictionary DIR` and the
    /// EmbedDictionary plugin read it.
    public static func dictionaryFiles(_ dir: String) -> [DictionaryFile] {
        let folder = root.appending(path: dir).path
        do {
            let files = try DictionaryFolder.read(folder)
            guard !files.isEmpty else { fatalError("no dictionary files under \(folder)") }
            return files
        } catch {
            fatalError("\(error)")
        }
    }
}
