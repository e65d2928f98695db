import Foundation
import INCICore
import INCITestSupport

/// The small dictionary in `Fixtures/dictionary/`, loaded the way the CLI loads `--dictionary DIR`.
enum FixtureDictionary {
    static let files: [DictionaryFile] = {
        let root = SharedData.fixture("dictionary")
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        var files: [DictionaryFile] = []
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "txt", let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            files.append(DictionaryFile(path: String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)), text: text))
        }
        return files
    }()

    static let loaded = DictionaryLoader.load(files: files)
    static var dictionary: IngredientDictionary { loaded.dictionary }
}
