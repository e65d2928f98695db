import Testing

@testable import INCICore

/// The katakana reader on its own: keys that katakana and Latin spelling share, the choice among words
/// with the same key, and what it refuses.
@Suite struct KatakanaTransliterationTests {
    static let names = [
        "ZEOLITE", "MALTODEXTRIN", "BIOTIN", "BUTANE", "CALAMINE", "CARMINE", "CERESIN", "BAKUCHIOL", "CAMPHOR",
        "BAMBUSA VULGARIS EXTRACT", "RHODODENDRON FERRUGINEUM EXTRACT", "DISODIUM COCOAMPHODIACETATE",
        "KAPPAPHYCUS ALVAREZII EXTRACT", "ANANAS SATIVUS FRUIT EXTRACT", "FULLERENES", "GLASS",
    ]
    let reader = KatakanaTransliteration(names: Self.names)

    func read(_ katakana: String) -> String? { reader.word(for: ArraySlice(Array(katakana.unicodeScalars))) }

    @Test func readsJCIASpellingsOfINCIWords() {
        #expect(read("ゼオライト") == "Zeolite")
        #expect(read("マルトデキストリン") == "Maltodextrin")
        #expect(read("ビオチン") == "Biotin")
        #expect(read("セレシン") == "Ceresin")
        #expect(read("バクチオール") == "Bakuchiol")  // ch read t
        #expect(read("カンフル") == "Camphor")  // m before ph is ン, ph is f
    }

    @Test func readsLatinBinomials() {
        #expect(read("バンブサ") == "Bambusa")
        #expect(read("ウルガリス") == "Vulgaris")  // Latin v read u
        #expect(read("ロドデンドロン") == "Rhododendron")
        #expect(read("フェルギネウム") == "Ferrugineum")  // Latin g hard before i
    }

    /// JCIA writes an INCI plural without the s (フラーレン Fullerenes); a word spelt as printed comes first, and
    /// a double s is no plural (グラ is not Glass).
    @Test func readsPluralsWrittenWithoutTheirS() {
        #expect(read("フラーレン") == "Fullerenes")
        #expect(read("ブタン") == "Butane")
        #expect(read("グラ") == nil)
    }

    @Test func wordsWithTheSameKeyAreToldApartByTheirVowels() {
        // calamine and carmine share a key once carmine's r is read as a long vowel (カーミン).
        #expect(read("カラミン") == "Calamine")
        #expect(read("カーミン") == "Carmine")
        // biotin and butane share b-t-n.
        #expect(read("ブタン") == "Butane")
    }

    @Test func refusesShortKeysOtherScriptsAndUnknownWords() {
        #expect(read("アナナス") == "Ananas")
        #expect(read("ナナ") == nil)  // two consonants say too little
        #expect(read("グリセ린") == nil)  // not all katakana
        #expect(read("ポリウレタン") == nil)  // no registered word with its key
        #expect(read("") == nil)
    }
}
