extension Language {
    /// The language a list is printed in, decided from its script: kana make it Japanese, Hangul Korean,
    /// Han without either Chinese; nil when no name is in these scripts. A name in Han characters alone
    /// can mean different things in Chinese and Japanese (`黄 5` on a Chinese label is US Yellow 5, CI 19140;
    /// JCIA's `黄5` is Japan's 黄色5号, CI 15985), and only the rest of the list tells which.
    package static func ofList(_ names: some Sequence<String>) -> Language? {
        var hangul = 0
        var kana = 0
        var han = 0
        for name in names {
            for scalar in name.unicodeScalars where scalar.value >= 0x1100 {
                switch scalar.value {
                case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F: hangul += 1
                // Kana, but not the middle dot and the long-vowel mark Chinese and Korean labels also print.
                case 0x3040...0x309F, 0x30A0...0x30FA, 0x31F0...0x31FF: kana += 1
                case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: han += 1
                default: break
                }
            }
        }
        if hangul > 0 || kana > 0 { return hangul >= kana ? .korean : .japanese }
        return han > 0 ? .chinese : nil
    }
}
