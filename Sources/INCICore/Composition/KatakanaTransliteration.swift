/// Reads katakana that spells an INCI word the Japanese table does not list: JCIA's 表示名称 write an INCI
/// name's words in katakana by fixed sound rules (ゼオライト zeolite, マルトデキストリン maltodextrin, ビオチン
/// biotin), and a plant without a Japanese common name by its Latin binomial (バンブサウルガリス Bambusa
/// Vulgaris, ロドデンドロンフェルギネウム Rhododendron Ferrugineum). Tables that list these one by one never
/// end; the rule reads them all.
///
/// Both sides are reduced to a consonant key on which katakana and Latin spelling agree (vowels dropped:
/// katakana adds them after every consonant; l and r one sound; v read b or as the Latin u; c, g, ch and th
/// each read both ways), and the registered words sharing the katakana's key are ranked by how close the
/// katakana's romanization is to their spelling. Only the closest is taken, only when nothing else is as
/// close, and the composer still accepts the whole name only when it is a registered name.
struct KatakanaTransliteration: Sendable {
    /// Consonant key → registered words (lower case) with that key.
    private let wordsByKey: [String: [String]]
    /// Consonant key of an acid's stem → the registered `-ic` words with that stem (lower case). JCIA writes an
    /// acid as its stem in katakana and 酸 (acid): グリコール酸 glycolic acid, ステアリン酸 stearic acid, サリチル酸
    /// salicylic acid; the `-ic` is not spelt, and a final ン often stands where the Latin has `-in-ic`.
    private let acidStemsByKey: [String: [String]]
    /// Consonant key of a plural word without its `-s` → the registered plural words (lower case). JCIA writes
    /// an INCI plural without the s it does not hear (フラーレン Fullerenes); read
    /// only when no registered word is spelt as printed.
    private let pluralsBySingularKey: [String: [String]]

    /// Keys shorter than this say too little (ナナ, ロン): such katakana is not read.
    static let minimumKeyLength = 3
    /// At most this many spelling readings of one Latin word (each ambiguous letter doubles them).
    static let maximumVariants = 16

    /// `names`: registered INCI names; their words of at least four letters are indexed.
    init(names: [String]) {
        var index: [String: Set<String>] = [:]
        var acids: [String: Set<String>] = [:]
        var plurals: [String: Set<String>] = [:]
        for name in names {
            for word in name.lowercased().split(whereSeparator: { !("a"..."z").contains($0) }) where word.count >= 4 {
                let word = String(word)
                for key in Self.latinKeys(word) where key.count >= Self.minimumKeyLength {
                    index[key, default: []].insert(word)
                }
                if word.count >= 6, word.hasSuffix("s"), !word.hasSuffix("ss") {
                    for key in Self.latinKeys(String(word.dropLast())) where key.count >= Self.minimumKeyLength {
                        plurals[key, default: []].insert(word)
                    }
                }
                if word.count >= 6, word.hasSuffix("ic") {
                    for key in Self.latinKeys(String(word.dropLast(2))) where key.count >= Self.minimumKeyLength {
                        acids[key, default: []].insert(word)
                    }
                }
            }
        }
        wordsByKey = index.mapValues { $0.sorted() }
        acidStemsByKey = acids.mapValues { $0.sorted() }
        pluralsBySingularKey = plurals.mapValues { $0.sorted() }
    }

    /// The registered `-ic` words whose stem `katakana` spells (printed before 酸), title-cased: one, or the
    /// few equally close; empty when none is close enough. A final ン may be the stem's or stand for `-in-`.
    func acidWords(forStem katakana: ArraySlice<Unicode.Scalar>) -> [String] {
        guard let reading = Self.katakanaReading(katakana) else { return [] }
        var readings = [reading]
        if katakana.last == "ン", reading.key.hasSuffix("N") {
            readings.append((String(reading.key.dropLast()), String(reading.romaji.dropLast())))
        }
        var best: [String] = []
        var bestDistance = Double.infinity
        for reading in readings where reading.key.count >= Self.minimumKeyLength {
            let limit = max(1.5, Double(reading.romaji.count) / 4)
            for word in acidStemsByKey[reading.key] ?? [] {
                let stem = String(word.dropLast(2))
                let distance = Self.latinSpellings(stem).map { Self.distance(reading.romaji, $0) }.min() ?? .infinity
                guard distance <= limit else { continue }
                if distance < bestDistance {
                    best = [word]
                    bestDistance = distance
                } else if distance == bestDistance, !best.contains(word) {
                    best.append(word)
                }
            }
        }
        return best.prefix(Self.maximumTied).map { $0.prefix(1).uppercased() + $0.dropFirst() }
    }

    /// The registered words `katakana` spells most closely, title-cased: one, or the few equally close (the
    /// composer keeps only those that make a registered name); empty when none is close enough.
    func words(for katakana: ArraySlice<Unicode.Scalar>) -> [String] {
        guard let reading = Self.katakanaReading(katakana), reading.key.count >= Self.minimumKeyLength else {
            return []
        }
        let found = closest(reading, among: wordsByKey[reading.key] ?? [], spelledAs: { $0 })
        if !found.isEmpty { return found }
        return closest(reading, among: pluralsBySingularKey[reading.key] ?? [], spelledAs: { String($0.dropLast()) })
    }

    /// The words whose spelling (`spelledAs`, the plural's singular) the reading is closest to, title-cased.
    private func closest(
        _ reading: (key: String, romaji: String), among words: [String], spelledAs: (String) -> String
    ) -> [String] {
        // Katakana adds about one vowel in four letters; more differences than that are another word.
        let limit = max(1.5, Double(reading.romaji.count) / 4)
        var best: [String] = []
        var bestDistance = Double.infinity
        for word in words {
            let distance =
                Self.latinSpellings(spelledAs(word)).map { Self.distance(reading.romaji, $0) }.min() ?? .infinity
            guard distance <= limit else { continue }
            if distance < bestDistance {
                best = [word]
                bestDistance = distance
            } else if distance == bestDistance {
                best.append(word)
            }
        }
        return best.prefix(Self.maximumTied).map { $0.prefix(1).uppercased() + $0.dropFirst() }
    }

    /// More equally close words than this say the katakana does not tell.
    static let maximumTied = 3

    /// The one registered word `katakana` spells, or nil when none does or several do equally well.
    func word(for katakana: ArraySlice<Unicode.Scalar>) -> String? {
        let found = words(for: katakana)
        return found.count == 1 ? found[0] : nil
    }

    // MARK: - Katakana

    /// Consonant classes of the katakana rows (vowel rows and ー ッ read no consonant).
    private static let rows: [(kana: String, consonant: Character?, vowels: String)] = [
        ("アイウエオ", nil, "aiueo"), ("ァィゥェォ", nil, "aiueo"), ("カキクケコ", "k", "aiueo"), ("ガギグゲゴ", "g", "aiueo"),
        ("サシスセソ", "s", "aiueo"), ("ザジズゼゾ", "z", "aiueo"), ("タチツテト", "t", "aiueo"), ("ダヂヅデド", "d", "aiueo"),
        ("ナニヌネノ", "n", "aiueo"), ("ハヒフヘホ", "h", "aiueo"), ("バビブベボ", "b", "aiueo"), ("パピプペポ", "p", "aiueo"),
        ("マミムメモ", "m", "aiueo"), ("ヤユヨ", nil, "auo"), ("ャュョ", nil, "auo"), ("ラリルレロ", "r", "aiueo"),
        ("ワヲ", nil, "ao"), ("ヴ", "b", "u"),
    ]

    private static let kana: [Unicode.Scalar: (consonant: Character?, vowel: Character, small: Bool)] = {
        var table: [Unicode.Scalar: (Character?, Character, Bool)] = [:]
        for row in rows {
            let small = row.kana.unicodeScalars.first.map { "ァャ".unicodeScalars.contains($0) } ?? false
            for (kana, vowel) in zip(row.kana.unicodeScalars, row.vowels) {
                table[kana] = (row.consonant, vowel, small)
            }
        }
        return table
    }()

    /// The consonant key and a romanization (for ranking) of a katakana run; nil for anything else.
    static func katakanaReading(_ scalars: ArraySlice<Unicode.Scalar>) -> (key: String, romaji: String)? {
        var key: [Character] = []
        var romaji = ""
        let list = Array(scalars)
        for (index, scalar) in list.enumerated() {
            switch scalar {
            case "ン":
                // A nasal before a consonant is one sound, m or n; before マ or ナ it only lengthens.
                let next = index + 1 < list.count ? kana[list[index + 1]]?.consonant : nil
                if next != "m" && next != "n" { key.append("N") }
                romaji.append("n")
            case "ー", "ッ":
                continue
            default:
                guard let (consonant, vowel, small) = kana[scalar] else { return nil }
                if small {
                    // A small vowel replaces the vowel before it (フェ fe, ティ ti).
                    if let last = romaji.last, "aiueo".contains(last) { romaji.removeLast() }
                    romaji.append(vowel)
                    continue
                }
                if let consonant {
                    // ジ ゼ: z, j and soft g are one class; フ (f) and the h row too (アンホ is ampho).
                    key.append(consonant == "z" ? "J" : consonant)
                    romaji.append(consonant == "h" && vowel == "u" ? "f" : consonant)
                }
                romaji.append(vowel)
            }
        }
        return (String(key), romaji)
    }

    // MARK: - Latin

    /// The consonant keys of a Latin word's spellings: each letter read as katakana writes it, with every
    /// reading of the ambiguous ones (c, g, ch, th, v, a final r) up to `maximumVariants`.
    static func latinKeys(_ word: String) -> [String] {
        let letters = Array(word)
        var keys: [[Character]] = [[]]
        // Katakana writes a vowel after every consonant, so a doubled letter (ll, pp) is one consonant but
        // two consonants with a vowel between them stay two, and so do two letters of one sound (the s and c
        // of frutescens, フルテスセンス).
        var vowelSince = true
        var repeatsLetter = false
        func add(_ options: [Character?]) {
            var next: [[Character]] = []
            for key in keys {
                for option in options where next.count < maximumVariants {
                    var key = key
                    if let option, vowelSince || !repeatsLetter || key.last != option { key.append(option) }
                    if !next.contains(key) { next.append(key) }
                }
            }
            keys = next
            vowelSince = false
        }
        var index = 0
        func isVowel(_ offset: Int) -> Bool {
            index + offset < letters.count && "aeiouy".contains(letters[index + offset])
        }
        func letter(_ offset: Int) -> Character? { index + offset < letters.count ? letters[index + offset] : nil }
        while index < letters.count {
            let current = letters[index]
            let next = letter(1)
            var step = 1
            repeatsLetter = index > 0 && letters[index - 1] == current
            switch current {
            case "a", "e", "i", "o", "u", "y", "w": vowelSince = true
            case "c":
                if next == "h" {
                    add(["k", "t"])
                    step = 2
                } else if next == "k" {
                    add(["k"])
                    step = 2
                } else if let next, "eiy".contains(next) {
                    add(["s"])
                } else {
                    add(["k"])
                }
            case "g":
                if let next, "eiy".contains(next) { add(["J", "g"]) } else { add(["g"]) }
            case "p":
                if next == "h" {
                    add(["h"])
                    step = 2
                } else {
                    add(["p"])
                }
            case "t":
                if next == "h" {
                    add(["t", "s"])
                    step = 2
                } else {
                    add(["t"])
                }
            case "s":
                if next == "h" { step = 2 }
                add(["s"])
            case "r":
                // An r not before a vowel is often a long vowel in katakana (カーミン carmine, ポリマー polymer).
                if next == "h" { step = 2 }
                add(isVowel(step) ? ["r"] : ["r", nil])
            case "l": add(["r"])
            case "v": add(["b", nil])
            case "q":
                add(["k"])
                if next == "u" { step = 2 }
            case "x":
                add(["k"])
                add(["s"])
            case "j", "z": add(["J"])
            // JCIA writes di as ジ as often as ディ (フェルジナンジアナ ferdinandiana).
            case "d": add(next == "i" ? ["d", "J"] : ["d"])
            case "m", "n":
                // A nasal before another consonant is ン, and so is a final n (a final m is ム); of a double
                // nasal only the second is heard.
                if next == current { break }
                let silentE = next == "e" && index + 2 == letters.count
                if let next, !isVowel(1) {
                    add(next == "m" || next == "n" ? [current] : ["N"])
                } else if current == "n", next == nil || silentE {
                    // A final -ne is ン (glycerine グリセリン) or ネ as spelt (bulbine ブルビネ).
                    add(silentE ? ["N", "n"] : ["N"])
                } else {
                    add([current])
                }
            case "h", "f": add(["h"])
            default: add([current])
            }
            index += step
        }
        return keys.map { String($0) }
    }

    /// A Latin word spelt as the katakana romanization would spell it, for ranking (l as r, v as b, ph f,
    /// …); a v also as the Latin u (vulgaris ウルガリス).
    static func latinSpellings(_ word: String) -> [String] {
        let spelled = latinSpelling(word)
        var spellings =
            word.contains("v") ? [spelled, latinSpelling(word.replacingOccurrences(of: "v", with: "u"))] : [spelled]
        // Katakana writes a doubled consonant once (フラーレン fullerene, セルロース cellulose).
        for spelling in spellings {
            let single = singleConsonants(spelling)
            if single != spelling { spellings.append(single) }
        }
        return spellings
    }

    /// `spelling` with each doubled consonant written once.
    static func singleConsonants(_ spelling: String) -> String {
        var result = ""
        for letter in spelling where !(letter == result.last && !"aeiou".contains(letter)) { result.append(letter) }
        return result
    }

    static func latinSpelling(_ word: String) -> String {
        var spelled = ""
        let letters = Array(word)
        var index = 0
        while index < letters.count {
            let current = letters[index]
            let next = index + 1 < letters.count ? letters[index + 1] : nil
            switch (current, next) {
            case ("p", "h"):
                spelled += "f"
                index += 1
            case ("t", "h"), ("c", "h"), ("s", "h"), ("r", "h"):
                spelled.append(current == "c" ? "k" : current)
                index += 1
            case ("c", let n?) where "eiy".contains(n): spelled += "s"
            case ("c", _), ("q", _): spelled += "k"
            case ("l", _): spelled += "r"
            case ("v", _): spelled += "b"
            case ("x", _): spelled += "ks"
            case ("y", _): spelled += "i"
            case ("j", _): spelled += "z"
            case ("w", _): spelled += "u"
            default: if spelled.last != current || "aeiou".contains(current) { spelled.append(current) }
            }
            index += 1
        }
        return spelled
    }

    /// Edit distance in which vowels (katakana adds and changes them) and the pairs katakana does not tell
    /// apart (m n, f h) cost half.
    static func distance(_ a: String, _ b: String) -> Double {
        let a = Array(a)
        let b = Array(b)
        func isVowel(_ c: Character) -> Bool { "aeiou".contains(c) }
        func indel(_ c: Character) -> Double { isVowel(c) ? 0.5 : 1 }
        func substitution(_ x: Character, _ y: Character) -> Double {
            if x == y { return 0 }
            if isVowel(x) && isVowel(y) { return 0.5 }
            let pair = Set([x, y])
            return pair == ["m", "n"] || pair == ["f", "h"] ? 0.5 : 1
        }
        var previous = [0.0]
        for c in b { previous.append(previous.last! + indel(c)) }
        for x in a {
            var current = [previous[0] + indel(x)]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + indel(x), current[j] + indel(y), previous[j] + substitution(x, y)))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// Whether `scalar` is katakana this reader reads.
    static func isKatakana(_ scalar: Unicode.Scalar) -> Bool {
        kana[scalar] != nil || scalar == "ン" || scalar == "ー" || scalar == "ッ"
    }
}
