import Foundation

/// A loaded dictionary's ingredients and name index written out in a form that is used in place:
/// nothing is parsed, validated or hashed at start-up.
///
/// Why: `inci analyze` spent about 70 % of its time loading the embedded dictionary (parse 1 MB of
/// stanzas, compute 20,000 name keys, hash them). The build plugin now loads `Dictionaries/` once at build
/// time and embeds this form. Start-up reads five header lines; an ingredient is decoded when a label
/// first names it (found by its fixed-width offset), a name key is binary-searched in the sorted keys.
/// Families, sources and scoring weights are small and still come from their text files.
///
/// Layout (UTF-8; fields separated by U+001F ␟, list items by U+001E ␞; each section is announced with
/// its record count and byte length, so the reader jumps over it):
/// ```
/// inci-compiled-dictionary 3
/// ingredients N BYTES
/// name␟aliases␟roles␟families␟comedogenic␟irritancy␟sources␟note␟file␟line␟rating-confidence  (N lines)
/// ingredient-offsets N BYTES
/// 00000000000000a3…          (N offsets into the ingredients section, 8 hex digits each, one line)
/// language-aliases N BYTES
/// ingredient␟alias␞alias…                                                   (N lines)
/// keys N BYTES
/// key␟ingredient␟c|a                                      (N lines, sorted by UTF-8 bytes)
/// ```
/// A rating is `low high source`; a present note starts with `+` (so an empty note differs from none).
public enum CompiledDictionary {
    static let signature = "inci-compiled-dictionary 3"
    private static let field = CompiledRecord.field
    private static let item = CompiledRecord.item

    /// Writes `dictionary` out. Throws when a text holds a separator or a line break, which no
    /// dictionary line can (lines end at line breaks; the separators are control characters).
    public static func compile(_ dictionary: IngredientDictionary) throws(CompiledDictionaryError) -> String {
        var records = ""
        var offsets = ""
        for ingredient in dictionary.ingredients {
            let ratings = { (ratings: [Rating]) in ratings.map { "\($0.low) \($0.high) \($0.source)" } }
            let fields = [
                try text(ingredient.name), try list(ingredient.aliases), try list(ingredient.roles),
                try list(ingredient.families), try list(ratings(ingredient.comedogenic)),
                try list(ratings(ingredient.irritancy)), try list(ingredient.sources),
                try note(ingredient.note), try text(ingredient.file), String(ingredient.line),
                try text(ingredient.ratingConfidence?.text ?? ""),
            ]
            let offset = String(records.utf8.count, radix: 16)
            offsets += String(repeating: "0", count: max(0, CompiledIngredientRecords.width - offset.count)) + offset
            records += fields.joined(separator: "\u{1F}") + "\n"
        }
        let aliasIDs = dictionary.languageAliases.keys.sorted()
        var aliases = ""
        for id in aliasIDs {
            aliases += "\(id)\u{1F}\(try list(dictionary.languageAliases[id] ?? []))\n"
        }
        var keys: [(key: String, entry: IngredientDictionary.KeyEntry)] = []
        keys.reserveCapacity(dictionary.keys.count)
        dictionary.keys.forEachKey { keys.append(($0, $1)) }
        keys.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        var keyRecords = ""
        for (key, entry) in keys {
            keyRecords += "\(try text(key))\u{1F}\(entry.ingredient)\u{1F}\(entry.kind == .canonical ? "c" : "a")\n"
        }
        func section(_ name: String, _ count: Int, _ body: String) -> String {
            "\(name) \(count) \(body.utf8.count)\n" + body
        }
        return signature + "\n"
            + section("ingredients", dictionary.ingredients.count, records)
            + section("ingredient-offsets", dictionary.ingredients.count, offsets + "\n")
            + section("language-aliases", aliasIDs.count, aliases)
            + section("keys", keys.count, keyRecords)
    }

    /// Reads a compiled dictionary; `files` supply sources, families and scoring weights (any ingredient
    /// or alias files among them are ignored: the compiled form already holds them). Checks the layout
    /// now; ingredients and language aliases are decoded when first used.
    public static func read(_ compiled: String, files: [DictionaryFile]) throws(CompiledDictionaryError)
        -> IngredientDictionary
    {
        let support = files.filter {
            !$0.path.hasPrefix("ingredients/") && !$0.path.hasPrefix("aliases/")
                && !IngredientDictionary.isCompositionFile($0.path)
        }
        let base = DictionaryLoader.load(files: support).dictionary
        let text = CompiledBytes(compiled)
        let sections = try text.withBytes { bytes in
            Result { () throws(CompiledDictionaryError) in
                var reader = SectionReader(bytes: bytes)
                guard reader.string(try reader.line()) == signature else {
                    throw .malformed(section: "signature", "not a compiled dictionary of this version")
                }
                return [
                    try reader.section("ingredients"), try reader.section("ingredient-offsets"),
                    try reader.section("language-aliases"), try reader.section("keys"),
                ]
            }
        }.get()
        let (ingredients, offsets, aliases, keys) = (sections[0], sections[1], sections[2], sections[3])
        guard ingredients.count == offsets.count,
            let records = CompiledIngredientRecords(
                text: text, records: ingredients.range,
                offsets: offsets.range.dropLast(), count: ingredients.count)
        else { throw .malformed(section: offsets.name, "the offsets do not fit the ingredients section") }
        guard let sortedKeys = SortedNameKeys(text: text, section: keys.range, count: keys.count) else {
            throw .malformed(section: keys.name, "does not end in a line break")
        }
        let languageAliases = LazyValue<[Int: [String]]> {
            text.withBytes { bytes in
                var languageAliases: [Int: [String]] = [:]
                var start = aliases.range.lowerBound
                while start < aliases.range.upperBound {
                    var end = start
                    while end < aliases.range.upperBound, bytes[end] != 0x0A { end += 1 }
                    let record = CompiledRecord(bytes: bytes, range: start..<end)
                    if let id = Int(record.string(field: 0)) { languageAliases[id] = record.items(field: 1) }
                    start = end + 1
                }
                return languageAliases
            }
        }
        return IngredientDictionary(
            ingredients: IngredientTable(compiled: records), families: base.families,
            sources: base.sources, keys: NameIndex(sorted: sortedKeys),
            languageAliases: languageAliases, scoring: base.scoring,
            compositionFiles: files.filter { IngredientDictionary.isCompositionFile($0.path) })
    }

    // MARK: - Writing

    private static func text(_ value: String) throws(CompiledDictionaryError) -> String {
        if value.utf8.contains(where: { $0 == field || $0 == item || $0 == 0x0A || $0 == 0x0D }) {
            throw .separatorInText(value)
        }
        return value
    }

    private static func note(_ value: String?) throws(CompiledDictionaryError) -> String {
        guard let value else { return "" }
        return "+" + (try text(value))
    }

    private static func list(_ values: [String]) throws(CompiledDictionaryError) -> String {
        var parts: [String] = []
        for value in values { parts.append(try text(value)) }
        return parts.joined(separator: "\u{1E}")
    }

    // MARK: - Reading

    /// Reads the header lines and jumps over each section's bytes.
    private struct SectionReader {
        struct Section {
            let count: Int
            let range: Range<Int>
            let name: String
        }

        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0

        mutating func line() throws(CompiledDictionaryError) -> Range<Int> {
            var end = offset
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            guard end < bytes.count else { throw .malformed(section: "header", "unexpected end of the text") }
            defer { offset = end + 1 }
            return offset..<end
        }

        func string(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }

        /// A `NAME COUNT BYTES` header and the section's bytes, which must end in a line break.
        mutating func section(_ name: String) throws(CompiledDictionaryError) -> Section {
            let header = string(try line()).split(separator: " ")
            guard header.count == 3, header[0] == name, let count = Int(header[1]), let length = Int(header[2]),
                count >= 0, length >= 0, length <= bytes.count - offset
            else { throw .malformed(section: name, "expected a header '\(name) COUNT BYTES' within the text") }
            let range = offset..<(offset + length)
            guard range.isEmpty || bytes[range.upperBound - 1] == 0x0A else {
                throw .malformed(section: name, "does not end in a line break")
            }
            // Header line numbers count the sections' lines: the records between headers are not counted
            // (that would cost a pass over the text), so errors name the section.
            offset = range.upperBound
            return Section(count: count, range: range, name: name)
        }
    }
}

/// Why a dictionary could not be compiled or a compiled one read.
public enum CompiledDictionaryError: Error, Equatable, CustomStringConvertible {
    /// A name or note holds a line break or a separator character.
    case separatorInText(String)
    /// The compiled text is damaged in this section (`signature`, `header`, `ingredients`, `keys`, …).
    case malformed(section: String, String)

    public var description: String {
        switch self {
        case .separatorInText(let text):
            "text holds a line break or a U+001E/U+001F separator: \(text.debugDescription)"
        case .malformed(let section, let message): "compiled dictionary, section '\(section)': \(message)"
        }
    }
}
