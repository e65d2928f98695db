/// The words of every known name — the dictionary's names and aliases and the CosIng inventory's
/// registered names (`names/cosing.txt`) — with how many names use each, as `NameKey` words.
///
/// Why: a misspelling is a word that is no word of the vocabulary (`Niacinimide`), while a printed
/// word the vocabulary knows names something (`Retinal`, `Sulfite`, the `D` of `Vitamin D3`); changing
/// it to reach a dictionary name turns one ingredient into another. `MisspellingRule` refuses that.
/// Built on the first misspelt name a run meets (about 28,000 names; most labels need none).
package struct NameVocabulary: Sendable {
    /// Word → how many known names contain it.
    package let counts: [String: Int]

    package init(counts: [String: Int]) {
        self.counts = counts
    }

    /// The vocabulary of `keys` (name keys) and the names file's name lines.
    init(keys: NameIndex, cosing: DictionaryFile?) {
        var counts: [String: Int] = [:]
        func add(_ key: String) {
            // Hangul, kana and Han keys have no words (they drop spaces); only Latin words are counted.
            guard key.utf8.allSatisfy({ $0 < 0x80 }) else { return }
            for word in Set(key.split(separator: " ")) { counts[String(word), default: 0] += 1 }
        }
        keys.forEachKey { key, _ in add(key) }
        if let cosing {
            for line in cosing.text.split(separator: "\n") where !line.hasPrefix("#") {
                let key = NameKey.make(line)
                if keys[key] == nil { add(key) }  // a name the dictionary holds was counted with its keys
            }
        }
        self.counts = counts
    }

    /// How many known names contain `word`.
    package func count(of word: some StringProtocol) -> Int { counts[String(word)] ?? 0 }
}
