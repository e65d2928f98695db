import Foundation
import INCIBatch
import INCICore
import INCITestSupport

/// The small dictionary in `Fixtures/dictionary/`, loaded the way the CLI loads `--dictionary DIR`.
enum FixtureDictionary {
    static let files: [DictionaryFile] = (try? DictionaryFolder.read(SharedData.fixture("dictionary").path)) ?? []

    static let loaded = DictionaryLoader.load(files: files)
    static var dictionary: IngredientDictionary { loaded.dictionary }
}
