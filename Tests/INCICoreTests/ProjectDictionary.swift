import Foundation
import INCICore
import INCITestSupport

/// The project's `Dictionaries/` read from the checkout as text (as `--dictionary Dictionaries` does), so
/// tests of the morpheme tables see an edited table without a rebuild.
enum ProjectDictionary {
    static let files: [DictionaryFile] = {
        let root = SharedData.packageRoot.appending(path: "Dictionaries").standardizedFileURL
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        var files: [DictionaryFile] = []
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "txt", let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            files.append(
                DictionaryFile(path: String(url.standardizedFileURL.path.dropFirst(root.path.count + 1)), text: text))
        }
        return files.sorted { $0.path < $1.path }
    }()

    static let loaded = DictionaryLoader.load(files: files)
    static var dictionary: IngredientDictionary { loaded.dictionary }

    /// `alias = Canonical` pairs of `aliases/<language>.txt`, in file order.
    static func aliases(_ language: String) -> [(alias: String, target: String)] {
        guard let file = files.first(where: { $0.path == "aliases/\(language).txt" }) else { return [] }
        return file.text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#"), let equals = line.firstIndex(of: "=") else { return nil }
            return (
                line[..<equals].trimmingCharacters(in: .whitespaces),
                line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            )
        }
    }
}
