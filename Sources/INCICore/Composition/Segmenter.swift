/// Cuts a printed name into morphemes of one language's table: dynamic programming over each group
/// of the name (a morpheme never spans a `/` or a parenthesis), fewest pieces first.
struct Segmenter {
    /// A cut of the printed name: a morpheme, or a run of digits or Latin letters read as itself.
    struct Piece {
        let morpheme: Morpheme?
        let printed: String
        /// Which group of the printed name it is in.
        let group: Int
    }

    /// Segmentations kept per group, and in all.
    static let maximumPerGroup = 16
    static let maximumSegmentations = 64

    let table: MorphemeTable
    /// Katakana read as the registered word it spells, for a group the table cannot cut (Japanese only).
    var transliteration: KatakanaTransliteration? = nil
    /// Whether katakana is also read as transliterated words where the table cuts it (a second reading, after
    /// the table's cuts made no registered name).
    var transliterateEverywhere = false

    /// Every way to cut the whole name, fewest pieces first (at most `maximumSegmentations`); empty when
    /// some group cannot be cut into known pieces.
    func segmentations(_ name: PrintedName) -> [[Piece]] {
        var combined: [[Piece]] = [[]]
        for (index, group) in name.groups.enumerated() {
            let cuts = segmentations(group, group: index)
            guard !cuts.isEmpty else { return [] }
            var next: [[Piece]] = []
            for prefix in combined {
                for cut in cuts { next.append(prefix + cut) }
            }
            next.sort { $0.count < $1.count }
            combined = Array(next.prefix(Self.maximumSegmentations))
        }
        return combined.map(Self.chainsMovedBeforeTheirWord)
    }

    private func pieces(
        at start: Int, _ scalars: [Unicode.Scalar], group: Int,
        transliterating: KatakanaTransliteration? = nil
    ) -> [(end: Int, piece: Piece)] {
        var found: [(Int, Piece)] = []
        if let transliterating { found += transliterations(at: start, scalars, group: group, transliterating) }
        var surface = ""
        for end in (start + 1)..<(min(scalars.count, start + table.longestSurface) + 1) {
            surface.unicodeScalars.append(scalars[end - 1])
            for morpheme in table.morphemes(surface) {
                found.append((end, Piece(morpheme: morpheme, printed: surface, group: group)))
            }
        }
        let kind = Self.latinKind(scalars[start])
        if kind != 0, start == 0 || Self.latinKind(scalars[start - 1]) != kind {
            var end = start + 1
            while end < scalars.count, Self.latinKind(scalars[end]) == kind { end += 1 }
            found.append(
                (
                    end,
                    Piece(morpheme: nil, printed: String(String.UnicodeScalarView(scalars[start..<end])), group: group)
                ))
        }
        return found.sorted { $0.0 > $1.0 }
    }

    /// The katakana runs from `start` that spell a registered word, each as a piece reading that word.
    private func transliterations(
        at start: Int, _ scalars: [Unicode.Scalar], group: Int,
        _ transliteration: KatakanaTransliteration
    ) -> [(Int, Piece)] {
        var found: [(Int, Piece)] = []
        var end = start
        while end < scalars.count, end - start < Self.longestTransliteration,
            KatakanaTransliteration.isKatakana(scalars[end])
        {
            end += 1
            if end < scalars.count, scalars[end] == "酸" {
                found += acid(scalars[start..<end], group: group, transliteration)
            }
            let words = transliteration.words(for: scalars[start..<end])
            guard !words.isEmpty else { continue }
            let printed = String(String.UnicodeScalarView(scalars[start..<end]))
            let readings = words.map {
                Morpheme.Reading(
                    name: $0, salt: nil, weight: nil, compact: Array($0.lowercased().utf8), saltCompact: [])
            }
            let morpheme = Morpheme(
                printed: printed, surfaces: [], kind: .part, readings: readings,
                file: "katakana transliteration", line: 0)
            found.append((end, Piece(morpheme: morpheme, printed: printed, group: group)))
        }
        return found
    }

    /// A katakana acid stem and the 酸 after it (グリコール酸) as the acid it spells, read as an anion: the acid
    /// alone, or its salt or ester after a cation or an alcohol part (グリコール酸Na → Sodium Glycolate).
    private func acid(
        _ stem: ArraySlice<Unicode.Scalar>, group: Int, _ transliteration: KatakanaTransliteration
    ) -> [(Int, Piece)] {
        let words = transliteration.acidWords(forStem: stem)
        guard !words.isEmpty else { return [] }
        let printed = String(String.UnicodeScalarView(stem)) + "酸"
        let readings = words.map { word -> Morpheme.Reading in
            let acid = word + " Acid"
            let salt = word.dropLast(2) + "ate"
            return Morpheme.Reading(
                name: acid, salt: String(salt), weight: nil, compact: Array(CompactKey.make(acid).utf8),
                saltCompact: Array(CompactKey.make(String(salt)).utf8))
        }
        let morpheme = Morpheme(
            printed: printed, surfaces: [], kind: .anion, readings: readings, file: "katakana transliteration", line: 0)
        return [(stem.endIndex + 1, Piece(morpheme: morpheme, printed: printed, group: group))]
    }

    /// The longest katakana run read as one transliterated word.
    static let longestTransliteration = 24

    /// 1 for an ASCII digit, 2 for an ASCII letter (compact keys are lower case), 0 otherwise.
    static func latinKind(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x30...0x39: 1
        case 0x61...0x7A: 2
        default: 0
        }
    }

    /// The cuts of one group, fewest pieces first.
    private func segmentations(_ scalars: [Unicode.Scalar], group: Int) -> [[Piece]] {
        let cuts = transliterateEverywhere ? [] : segmentations(scalars, group: group, transliterating: nil)
        // Transliteration only where the table leaves a gap (or its cuts made no registered name): a name the
        // table reads is never read otherwise.
        guard cuts.isEmpty, let transliteration else { return cuts }
        return segmentations(scalars, group: group, transliterating: transliteration)
    }

    private func segmentations(_ scalars: [Unicode.Scalar], group: Int, transliterating: KatakanaTransliteration?)
        -> [[Piece]]
    {
        let count = scalars.count
        var piecesAt: [[(end: Int, piece: Piece)]] = []
        piecesAt.reserveCapacity(count)
        for start in 0..<count {
            piecesAt.append(pieces(at: start, scalars, group: group, transliterating: transliterating))
        }
        // fewest[i]: the fewest pieces that cut scalars[i...] (Int.max when none does).
        var fewest = [Int](repeating: Int.max, count: count + 1)
        fewest[count] = 0
        for start in stride(from: count - 1, through: 0, by: -1) {
            for (end, _) in piecesAt[start] where fewest[end] != Int.max {
                fewest[start] = min(fewest[start], fewest[end] + 1)
            }
        }
        guard fewest[0] != Int.max else { return [] }
        var found: [[Piece]] = []
        var path: [Piece] = []
        func walk(_ start: Int) {
            if found.count >= Self.maximumPerGroup { return }
            if start == count {
                found.append(path)
                return
            }
            for (end, piece) in piecesAt[start] where fewest[end] != Int.max {
                path.append(piece)
                walk(end)
                path.removeLast()
            }
        }
        walk(0)
        return found.sorted { $0.count < $1.count }
    }

    /// A carbon chain printed in parentheses after its word (アルキル(C30-45)メチコン, 安息香酸アルキル(C12-15))
    /// goes before that word, where INCI has it (C30-45 Alkyl Methicone, C12-15 Alkyl Benzoate).
    static func chainsMovedBeforeTheirWord(_ pieces: [Piece]) -> [Piece] {
        var pieces = pieces
        var index = 0
        while index + 1 < pieces.count {
            let chain =
                pieces[index].morpheme == nil && pieces[index].printed == "c" && pieces[index + 1].morpheme == nil
                && latinKind(pieces[index + 1].printed.unicodeScalars.first!) == 1
            let groupIsChain =
                chain && (index + 2 == pieces.count || pieces[index + 2].group != pieces[index].group)
                && (index == 0 || pieces[index - 1].group != pieces[index].group)
            if groupIsChain, index > 0 {
                let word = pieces[index - 1]
                let moved = [pieces[index], pieces[index + 1]].map {
                    Piece(morpheme: $0.morpheme, printed: $0.printed, group: word.group)
                }
                pieces.replaceSubrange((index - 1)...(index + 1), with: moved + [word])
                index += 2
            } else {
                index += 1
            }
        }
        return pieces
    }
}
