import Foundation

/// Reads `languages/<lang>.txt` (see `Dictionaries/README.md`):
///
/// ```
/// [part]
/// 소듐; 소디움 = Sodium
/// 감초 = Glycyrrhiza Glabra @120; Glycyrrhiza Uralensis @9
/// -  = the empty reading (a marker such as 酯 that prints no INCI word)
/// [anion]
/// 히알루론산 = Hyaluronic Acid | Hyaluronate
/// 수산화 = - | Hydroxide
/// [plant]
/// 감초 = Glycyrrhiza Glabra @120; Glycyrrhiza Uralensis @9
/// [implied]
/// Fruit
/// [characters]
/// 鈉 = 钠
/// [spelling]
/// 다이 = 디
/// ```
/// `[spelling]` rules say that a surface containing the left side may also be printed with the right
/// one (다이메티콘, 디메티콘): the older transliterations labels still print, written once as a rule rather
/// than beside every morpheme. `[characters]` maps single characters printed another way (traditional
/// Chinese) to the ones the table is written in, before the label is read. Problems are diagnostics and the line is skipped, as in every dictionary file.
enum MorphemeTableParser {
    static func language(ofPath path: String) -> Language? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard name.hasSuffix(".txt") else { return nil }
        return Language(rawValue: String(name.dropLast(4)))
    }

    static func parse(_ file: DictionaryFile, into diagnostics: inout [DictionaryDiagnostic]) -> MorphemeTable? {
        guard let language = language(ofPath: file.path) else {
            diagnostics.append(
                .init(
                    .error, file: file.path, line: 1,
                    "not a language table: expected languages/{\(Language.allCases.map(\.rawValue).joined(separator: ","))}.txt"
                ))
            return nil
        }
        var reader = Reader(path: file.path)
        reader.written.reserveCapacity(file.text.utf8.count / 24)
        TextLines.forEach(file.text) { bytes, lineNumber, lower, upper in
            guard lower < upper, bytes[lower] != 0x23 else { return }
            reader.read(bytes, lower..<upper, lineNumber: lineNumber)
        }
        diagnostics += reader.found
        let parts = Set(reader.written.keys.filter { $0.hasPrefix("part ") }.map { String($0.dropFirst(5)) })
        let morphemes =
            reader.morphemes + Self.acidAdjectives(of: reader.morphemes, except: parts)
            + Self.triglycerides(of: reader.morphemes, prefixes: reader.glycerides)
        let rules = SpellingRules(reader.spellings)
        return MorphemeTable(
            language: language, morphemes: morphemes.map { $0.printed(with: rules) }, impliedParts: reader.implied,
            characterFolds: reader.folds)
    }

    /// What the table's lines add up to, line by line; each section's lines have their own reader.
    private struct Reader {
        let path: String
        var morphemes: [Morpheme] = []
        var kind: Morpheme.Kind? = .part
        var section = "part"
        var implied: [Morpheme.Reading] = []
        var folds: [Unicode.Scalar: Unicode.Scalar] = [:]
        var spellings: [(written: String, printed: String)] = []
        /// `[glyceride]` lines: a prefix printed before an acid for the glyceride of three of it, and the
        /// word INCI begins that name with.
        var glycerides: [(surfaces: [String], reading: String, line: Int)] = []
        /// "KIND SURFACE" → the line that wrote it (a surface is written once per kind).
        var written: [String: Int] = [:]
        var found: [DictionaryDiagnostic] = []

        init(path: String) { self.path = path }

        mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lineNumber: Int) {
            let line = StanzaParser.string(bytes, range.lowerBound, range.upperBound)
            var problem: String?
            if bytes[range.lowerBound] == 0x5B {
                problem = readSection(line)
            } else if section == "implied" {
                problem = readImplied(line)
            } else if section == "characters" {
                problem = readCharacter(line)
            } else if section == "glyceride" {
                problem = readGlyceride(line, lineNumber: lineNumber)
            } else if let kind {
                problem = readMorpheme(bytes, range, kind: kind, lineNumber: lineNumber)
            } else {
                problem = readSpelling(line)
            }
            if let problem { found.append(.init(.error, file: path, line: lineNumber, problem)) }
        }

        private static func sides(_ line: String) -> [Substring] {
            line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        }

        private mutating func readSection(_ line: String) -> String? {
            let name = String(line.dropFirst().dropLast())
            guard line.hasSuffix("]"),
                ["spelling", "implied", "characters", "glyceride"].contains(name)
                    || Morpheme.Kind(rawValue: name) != nil
            else {
                return
                    "unknown section '\(line)' (expected [spelling], [characters], [implied], [glyceride], \(Morpheme.Kind.allCases.map { "[\($0.rawValue)]" }.joined(separator: ", ")))"
            }
            section = name
            kind = Morpheme.Kind(rawValue: name)
            return nil
        }

        private mutating func readImplied(_ line: String) -> String? {
            switch MorphemeTableParser.reading(line, kind: .part) {
            case .success(let part) where part.name != nil:
                implied.append(part)
                return nil
            default: return "an implied part is one INCI part word (Root, Fruit, …), found '\(line)'"
            }
        }

        private mutating func readGlyceride(_ line: String, lineNumber: Int) -> String? {
            let pair = Self.sides(line)
            let surfaces = pair.count == 2 ? pair[0].split(separator: ";").map(CompactKey.make) : []
            let reading = pair.count == 2 ? pair[1].trimmingWhitespace() : ""
            guard !surfaces.isEmpty, !surfaces.contains(where: \.isEmpty),
                !reading.isEmpty, reading.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic })
            else {
                return "a glyceride line reads 'PREFIX = INCI WORD' (甘油三 = Tri), found '\(line)'"
            }
            glycerides.append((surfaces, reading, lineNumber))
            return nil
        }

        private mutating func readCharacter(_ line: String) -> String? {
            let pair = Self.sides(line).map { $0.trimmingWhitespace().unicodeScalars }
            guard pair.count == 2, pair[0].count == 1, pair[1].count == 1, pair[0].first != pair[1].first else {
                return "a character rule reads 'PRINTED = READ AS', two different single characters, found '\(line)'"
            }
            folds[pair[0].first!] = pair[1].first!
            return nil
        }

        private mutating func readSpelling(_ line: String) -> String? {
            let pair = Self.sides(line).map { CompactKey.make($0) }
            guard pair.count == 2, !pair[0].isEmpty, !pair[1].isEmpty, pair[0] != pair[1] else {
                return "a spelling rule reads 'WRITTEN = ALSO PRINTED', two different spellings, found '\(line)'"
            }
            spellings.append((pair[0], pair[1]))
            return nil
        }

        private mutating func readMorpheme(
            _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, kind: Morpheme.Kind, lineNumber: Int
        ) -> String? {
            let (lower, upper) = (range.lowerBound, range.upperBound)
            guard let equals = bytes[lower..<upper].firstIndex(of: 0x3D) else {
                return
                    "expected 'SURFACE; SURFACE = Reading; Reading', found '\(StanzaParser.string(bytes, lower, upper))'"
            }
            // Cut on bytes: the tables are thousands of lines and are read when a label first needs them.
            let printed = MorphemeTableParser.fields(bytes, lower..<equals).map {
                StanzaParser.string(bytes, $0.lowerBound, $0.upperBound)
            }
            let surfaces = printed.map(CompactKey.make).filter { !$0.isEmpty }
            guard !surfaces.isEmpty, surfaces.count == printed.count else {
                return
                    "every surface needs a letter or digit: '\(StanzaParser.string(bytes, lower, equals).trimmingWhitespace())'"
            }
            var readings: [Morpheme.Reading] = []
            for field in MorphemeTableParser.fields(bytes, (equals + 1)..<upper) {
                switch MorphemeTableParser.reading(
                    StanzaParser.string(bytes, field.lowerBound, field.upperBound), kind: kind)
                {
                case .success(let reading): readings.append(reading)
                case .failure(let message): found.append(.init(.error, file: path, line: lineNumber, message))
                }
            }
            guard !readings.isEmpty else { return "'\(printed[0])' has no reading" }
            for surface in surfaces {
                if let other = written["\(kind.rawValue) \(surface)"] {
                    return
                        "'\(surface)' is already a \(kind.rawValue) at line \(other); give one line all its readings"
                }
            }
            for surface in surfaces { written["\(kind.rawValue) \(surface)"] = lineNumber }
            morphemes.append(
                Morpheme(
                    printed: printed.joined(separator: "; "), surfaces: surfaces, kind: kind,
                    readings: readings, file: path, line: lineNumber))
            return nil
        }
    }

    /// Each acid also read as the adjective INCI puts before another word: the acids of a glyceride or an
    /// ester of several acids are named without "Acid" (トリ(カプリル酸/カプリン酸)グリセリル, 辛酸/癸酸/琥珀酸甘油三酯
    /// → Caprylic/Capric/Succinic Triglyceride; PEG-7(カプリル/カプリン酸)グリセリズ → PEG-7 Caprylic/Capric
    /// Glycerides). One rule for every acid of a table, rather than a part line beside each; a surface the
    /// table already lists as a part keeps its own reading.
    static func acidAdjectives(of morphemes: [Morpheme], except parts: Set<String>) -> [Morpheme] {
        morphemes.compactMap { anion in
            guard anion.kind == .anion else { return nil }
            let surfaces = anion.surfaces.filter { !parts.contains($0) }
            var readings: [Morpheme.Reading] = []
            for reading in anion.readings {
                guard let acid = reading.name, acid.hasSuffix(" Acid"), acid.count > 5 else { continue }
                let adjective = String(acid.dropLast(5))
                guard !readings.contains(where: { $0.name == adjective }) else { continue }
                readings.append(
                    .init(
                        name: adjective, salt: nil, weight: reading.weight,
                        compact: Array(CompactKey.make(adjective).utf8), saltCompact: []))
            }
            guard !surfaces.isEmpty, !readings.isEmpty else { return nil }
            return Morpheme(
                printed: anion.printed, surfaces: surfaces, kind: .part, readings: readings, file: anion.file,
                line: anion.line)
        }
    }

    /// Glycerides of three of one acid, which INCI names from the acid's stem: Tri + Ethylhexanoic − ic + in
    /// = Triethylhexanoin, Tricaprylin, Tristearin (甘油三(乙基己酸)酯, 甘油三辛酸酯). Each `[glyceride]` prefix
    /// joined to each acid of the table is one part; the names it makes are checked against the registered
    /// names like any other, and the ester mark after it (酯) reads as nothing.
    static func triglycerides(
        of morphemes: [Morpheme], prefixes: [(surfaces: [String], reading: String, line: Int)]
    ) -> [Morpheme] {
        guard !prefixes.isEmpty else { return [] }
        var made: [Morpheme] = []
        for anion in morphemes where anion.kind == .anion {
            var stems: [String] = []
            for reading in anion.readings {
                guard let acid = reading.name, acid.hasSuffix("ic Acid"), acid.count > 7 else { continue }
                let stem = String(acid.dropLast(7))
                if !stems.contains(stem) { stems.append(stem) }
            }
            guard !stems.isEmpty else { continue }
            for prefix in prefixes {
                let readings = stems.map { stem -> Morpheme.Reading in
                    let name = prefix.reading + stem.lowercased() + "in"
                    return .init(
                        name: name, salt: nil, weight: nil, compact: Array(CompactKey.make(name).utf8), saltCompact: [])
                }
                let surfaces = prefix.surfaces.flatMap { p in anion.surfaces.map { p + $0 } }
                made.append(
                    Morpheme(
                        printed: anion.printed, surfaces: surfaces, kind: .part, readings: readings, file: anion.file,
                        line: anion.line))
            }
        }
        return made
    }

    /// At most this many spellings per written surface (rules multiply).
    static let maximumSpellings = 24

    /// `[spelling]` rules as scalars, prepared once per table.
    struct SpellingRules {
        private let rules: [(written: [Unicode.Scalar], printed: [Unicode.Scalar])]
        /// Each rule's written side in UTF-8: a surface containing none of them has no other spelling.
        private let writtenBytes: [[UInt8]]

        init(_ rules: [(written: String, printed: String)]) {
            self.rules = rules.map { (Array($0.written.unicodeScalars), Array($0.printed.unicodeScalars)) }
            self.writtenBytes = rules.map { Array($0.written.utf8) }
        }

        private func anyApplies(to surface: String) -> Bool {
            let bytes = Array(surface.utf8)
            return writtenBytes.contains { written in
                guard written.count <= bytes.count else { return false }
                return (0...(bytes.count - written.count)).contains { start in
                    bytes[start] == written[0] && bytes[start..<(start + written.count)].elementsEqual(written)
                }
            }
        }

        var isEmpty: Bool { rules.isEmpty }

        /// `surface` and the spellings the rules give it: each rule applied at each place, repeatedly.
        /// Works on scalars: Foundation's string search was most of the time a table took to load.
        func spellings(of surface: String) -> [String] {
            guard anyApplies(to: surface) else { return [surface] }
            var found = [Array(surface.unicodeScalars)]
            var index = 0
            while index < found.count, found.count < maximumSpellings {
                let current = found[index]
                index += 1
                for (written, printed) in rules where written.count <= current.count && found.count < maximumSpellings {
                    var start = 0
                    while start + written.count <= current.count {
                        if current[start] == written[0], current[start..<(start + written.count)].elementsEqual(written)
                        {
                            let variant =
                                Array(current[..<start]) + printed + Array(current[(start + written.count)...])
                            if !found.contains(variant) { found.append(variant) }
                            if found.count >= maximumSpellings { break }
                            start += written.count
                        } else {
                            start += 1
                        }
                    }
                }
            }
            return found.map { String(String.UnicodeScalarView($0)) }
        }
    }

    /// The non-empty `;`-separated fields of `range`, without the spaces and tabs around them.
    fileprivate static func fields(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Range<Int>] {
        var fields: [Range<Int>] = []
        var start = range.lowerBound
        while start <= range.upperBound {
            let end = bytes[start..<range.upperBound].firstIndex(of: 0x3B) ?? range.upperBound
            var lower = start
            var upper = end
            while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
            while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
            if lower < upper { fields.append(lower..<upper) }
            start = end + 1
        }
        return fields
    }

    fileprivate enum Parsed {
        case success(Morpheme.Reading)
        case failure(String)
    }

    /// `Name`, `Name @WEIGHT`, `-` (empty); for an anion `Acid | Salt`, either side `-`.
    fileprivate static func reading(_ text: String, kind: Morpheme.Kind) -> Parsed {
        var body = Substring(text)
        var weight: Double?
        if let at = body.utf8.lastIndex(of: 0x40) {
            guard let value = Double(body[body.index(after: at)...].trimmingWhitespace()), value >= 0 else {
                return .failure("weight in '\(text)' is not a number")
            }
            weight = value
            body = body[..<at]
        }
        func form(_ text: Substring) -> (name: String?, compact: [UInt8])? {
            let name = text.trimmingWhitespace()
            if name == "-" { return (nil, []) }
            var compact: [UInt8] = []
            let ascii =
                name.utf8.withContiguousStorageIfAvailable { CompactKey.asciiBytes($0, into: &compact) } ?? false
            if !ascii { compact = Array(CompactKey.make(name).utf8) }
            guard !compact.isEmpty, compact.allSatisfy({ $0 < 0x80 }) else { return nil }
            return (name, compact)
        }
        switch kind {
        case .part, .plant, .cation:
            guard let reading = form(body) else {
                return .failure("reading '\(text)' must be an INCI name part in Latin letters, or '-'")
            }
            return .success(
                .init(name: reading.name, salt: nil, weight: weight, compact: reading.compact, saltCompact: []))
        case .anion:
            let forms = body.split(separator: "|", omittingEmptySubsequences: false)
            guard forms.count == 2, let acid = form(forms[0]), let salt = form(forms[1]), salt.name != nil else {
                return .failure("an anion reads 'Acid Form | Salt Form' (the acid form may be '-'), found '\(text)'")
            }
            return .success(
                .init(
                    name: acid.name, salt: salt.name, weight: weight, compact: acid.compact, saltCompact: salt.compact))
        }
    }
}
