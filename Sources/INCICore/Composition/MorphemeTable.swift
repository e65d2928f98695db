/// One language's morphemes: the pieces its label names are made of (`Dictionaries/languages/<lang>.txt`),
/// each with the INCI name part or parts it stands for.
///
/// Korean (KCIA), Japanese (JCIA 表示名称) and Chinese (IECIC) ingredient names are built by rule: a
/// transliteration of each part of the INCI name (소듐 · 라우레스 · 설페이트), or a plant's common name
/// followed by the part and the preparation (감초 · 뿌리 · 추출물). The table holds the parts, not the
/// names; `NameComposer` puts them together.
package struct MorphemeTable: Sendable {
    public let language: Language
    /// Compact surface (see `CompactKey`) → the morphemes printed that way (one per kind).
    let bySurface: [String: [Morpheme]]
    /// The longest surface, in Unicode scalars.
    let longestSurface: Int
    /// INCI part words a plant's name may imply when the label prints none (`[implied]`): 대추추출물 is
    /// Ziziphus Jujuba *Fruit* Extract, 맥문동추출물 Ophiopogon Japonicus *Root* Extract, as the common name
    /// (jujube, the herbal drug 맥문동) already says which part.
    let impliedParts: [Morpheme.Reading]
    /// Characters read as others before segmentation (`[characters]`: traditional → simplified Chinese).
    let characterFolds: [Unicode.Scalar: Unicode.Scalar]

    public var count: Int { bySurface.values.reduce(0) { $0 + $1.count } }

    init(
        language: Language, morphemes: [Morpheme], impliedParts: [Morpheme.Reading] = [],
        characterFolds: [Unicode.Scalar: Unicode.Scalar] = [:]
    ) {
        self.language = language
        self.impliedParts = impliedParts
        self.characterFolds = characterFolds
        var bySurface: [String: [Morpheme]] = [:]
        var longest = 0
        for morpheme in morphemes {
            for surface in morpheme.surfaces {
                bySurface[surface, default: []].append(morpheme)
                longest = max(longest, surface.unicodeScalars.count)
            }
        }
        self.bySurface = bySurface
        self.longestSurface = longest
    }

    /// The morphemes printed as `surface` (a compact key).
    func morphemes(_ surface: String) -> [Morpheme] { bySurface[surface] ?? [] }
}

/// The languages whose label names are composed.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    case korean = "ko"
    case japanese = "ja"
    case chinese = "zh"
}

/// A piece of a label name and what it reads as in INCI.
package struct Morpheme: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Read in place: the INCI name has its part where the label has it.
        case part
        /// A plant (or other organism) by its common name, read in place; its part may go unprinted.
        case plant
        /// A cation (Na, 2K, 나트륨, 钠): INCI names it first (ヒアルロン酸Na → Sodium Hyaluronate).
        case cation
        /// An acid that names a salt or an ester when a cation or an alcohol part comes with it; Sino-Korean,
        /// Japanese and Chinese names print it first (ヒアルロン酸Na, 透明质酸钠, 수산화나트륨), INCI last
        /// (Sodium Hyaluronate, Sodium Hydroxide).
        case anion
    }

    /// One INCI reading. For an anion, `name` is its acid form (nil when it has none: 水酸化, hydroxide)
    /// and `salt` its salt or ester form.
    public struct Reading: Sendable, Hashable {
        public let name: String?
        public let salt: String?
        /// How often this reading is the right one, relative to the morpheme's other readings (how often
        /// each species is on real labels); nil when the readings are spelling-level and no count applies.
        public let weight: Double?
        let compact: [UInt8]
        let saltCompact: [UInt8]
    }

    /// As written in the table, for `inci explain`.
    public let printed: String
    /// Compact keys of every way the morpheme is printed (`다이소듐`, `디소듐`).
    let surfaces: [String]
    public let kind: Kind
    public let readings: [Reading]
    public let file: String
    public let line: Int

    /// This morpheme with every spelling the table's `[spelling]` rules give its surfaces.
    func printed(with rules: MorphemeTableParser.SpellingRules) -> Morpheme {
        guard !rules.isEmpty else { return self }
        var all: [String] = []
        for surface in surfaces {
            for spelling in rules.spellings(of: surface) where !all.contains(spelling) { all.append(spelling) }
        }
        return Morpheme(printed: printed, surfaces: all, kind: kind, readings: readings, file: file, line: line)
    }
}

extension Language {
    /// The language's name in English, for reports.
    public var name: String {
        switch self {
        case .korean: "Korean"
        case .japanese: "Japanese"
        case .chinese: "Chinese"
        }
    }
}
