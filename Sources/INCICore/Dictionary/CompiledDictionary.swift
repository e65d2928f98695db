import Foundation

/// A loaded dictionary's ingredients and name index written out in a form that is read back without
/// parsing stanzas, validating or computing name keys.
///
/// Why: `inci analyze` spent about 70 % of its time loading the embedded dictionary (parse 1 MB of
/// stanzas, compute 20,000 name keys, hash them). The build plugin now loads `Dictionaries/` once at build
/// time and embeds this form; start-up splits records and binary-searches the sorted keys in place.
/// Families, sources and scoring weights are small and still come from their text files.
///
/// Layout (UTF-8; fields separated by U+001F, list items by U+001E, one record per line):
/// ```
/// inci-compiled-dictionary 1
/// ingredients N
/// name␟aliases␟roles␟families␟comedogenic␟irritancy␟sources␟note␟file␟line     (N lines)
/// language-aliases N
/// ingredient␟alias␞alias…                                                   (N lines)
/// keys N
/// key␟ingredient␟c|a                                      (N lines, sorted by UTF-8 bytes)
/// ```
/// A rating is `low high source`; a present note starts with `+` (so an empty note differs from none).
public enum CompiledDictionary {
    static let signature = "inci-compiled-dictionary 1"
    private static let field = CompiledRecord.field
    private static let item = CompiledRecord.item

    /// Writes `dictionary` out. Throws when a text holds a separator or a line break, which no
    /// dictionary line can (lines end at line breaks; the separators are control characters).
    public static func compile(_ dictionary: IngredientDictionary) throws(CompiledDictionaryError) -> String {
        var out = signature + "\n"
        out += "ingredients \(dictionary.ingredients.count)\n"
        for ingredient in dictionary.ingredients {
            let ratings = { (ratings: [Rating]) in ratings.map { "\($0.low) \($0.high) \($0.source)" } }
            let fields = [
                try text(ingredient.name), try list(ingredient.aliases), try list(ingredient.roles),
                try list(ingredient.families), try list(ratings(ingredient.comedogenic)),
                try list(ratings(ingredient.irritancy)), try list(ingredient.sources),
                try note(ingredient.note), try text(ingredient.file), String(ingredient.line),
            ]
            out += fields.joined(separator: "\u{1F}") + "\n"
        }
        let aliasIDs = dictionary.languageAliases.keys.sorted()
        out += "language-aliases \(aliasIDs.count)\n"
        for id in aliasIDs {
            out += "\(id)\u{1F}\(try list(dictionary.languageAliases[id] ?? []))\n"
        }
        var keys: [(key: String, entry: IngredientDictionary.KeyEntry)] = []
        keys.reserveCapacity(dictionary.keys.count)
        dictionary.keys.forEach { keys.append(($0, $1)) }
        keys.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        out += "keys \(keys.count)\n"
        for (key, entry) in keys {
            out += "\(try text(key))\u{1F}\(entry.ingredient)\u{1F}\(entry.kind == .canonical ? "c" : "a")\n"
        }
        return out
    }

    /// Reads a compiled dictionary; `files` supply sources, families and scoring weights (any ingredient
    /// or alias files among them are ignored: the compiled form already holds them). Checks the layout and
    /// every record's field count now; ingredients and language aliases are decoded when first used.
    public static func read(_ compiled: String, files: [DictionaryFile]) throws(CompiledDictionaryError) -> IngredientDictionary {
        let support = files.filter { !$0.path.hasPrefix("ingredients/") && !$0.path.hasPrefix("aliases/") }
        let base = DictionaryLoader.load(files: support).dictionary
        // A literal's UTF-8 is contiguous: copy it with one memcpy, not byte by byte.
        let bytes = compiled.utf8.withContiguousStorageIfAvailable { Array($0) } ?? Array(compiled.utf8)
        let sections = try bytes.withUnsafeBufferPointer { buffer throws(CompiledDictionaryError) in
            var reader = Reader(bytes: buffer)
            return try readSections(&reader)
        }
        let ingredients = CompiledIngredientRecords(bytes: bytes, records: sections.ingredients)
        let aliasRecords = sections.languageAliases
        let languageAliases = LazyValue<[Int: [String]]> {
            bytes.withUnsafeBufferPointer { buffer in
                var aliases: [Int: [String]] = [:]
                for range in aliasRecords {
                    let record = CompiledRecord(bytes: buffer, range: range)
                    if let id = Int(record.string(field: 0)) { aliases[id] = record.items(field: 1) }
                }
                return aliases
            }
        }
        return IngredientDictionary(ingredients: IngredientTable(compiled: ingredients), families: base.families,
                                    sources: base.sources, keys: NameIndex(sorted: sections.keys),
                                    languageAliases: languageAliases, scoring: base.scoring)
    }

    private static func readSections(_ reader: inout Reader) throws(CompiledDictionaryError)
        -> (ingredients: [Range<Int>], languageAliases: [Range<Int>], keys: SortedNameKeys) {
        guard reader.string(try reader.line()) == signature else { throw .malformed(line: 1, "not a compiled dictionary") }
        let ingredients = try reader.records(of: "ingredients", fields: 10)
        let languageAliases = try reader.records(of: "language-aliases", fields: 2)
        let keyCount = try reader.count(of: "keys")
        guard let keys = SortedNameKeys(records: reader.rest()), keys.count == keyCount else {
            throw .malformed(line: reader.lineNumber, "the keys section does not hold \(keyCount) records")
        }
        return (ingredients, languageAliases, keys)
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

    /// Lines of the compiled text, read front to back as byte ranges (generic `split` on strings was
    /// half of the reading time).
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0
        var lineNumber = 0

        mutating func line() throws(CompiledDictionaryError) -> Range<Int> {
            guard offset < bytes.count, let found = memchr(bytes.baseAddress! + offset, 0x0A, bytes.count - offset) else {
                throw .malformed(line: lineNumber + 1, "unexpected end")
            }
            let end = offset + (UnsafeRawPointer(found) - UnsafeRawPointer(bytes.baseAddress! + offset))
            defer { offset = end + 1 }
            lineNumber += 1
            return offset..<end
        }

        func string(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }

        /// A `NAME COUNT` header and its COUNT records, each with `fields` fields.
        mutating func records(of section: String, fields: Int) throws(CompiledDictionaryError) -> [Range<Int>] {
            let count = try count(of: section)
            var records: [Range<Int>] = []
            records.reserveCapacity(count)
            for _ in 0..<count {
                let range = try line()
                var separators = 0
                for byte in UnsafeBufferPointer(rebasing: bytes[range]) where byte == CompiledRecord.field { separators += 1 }
                guard separators == fields - 1 else {
                    throw .malformed(line: lineNumber, "a record of '\(section)' needs \(fields) fields, found \(separators + 1)")
                }
                records.append(range)
            }
            return records
        }

        /// Reads a `NAME COUNT` section header.
        mutating func count(of section: String) throws(CompiledDictionaryError) -> Int {
            let header = string(try line())
            guard header.hasPrefix(section + " "), let count = Int(header.dropFirst(section.count + 1)), count >= 0 else {
                throw .malformed(line: lineNumber, "expected '\(section) COUNT'")
            }
            return count
        }

        /// Everything after the current line.
        func rest() -> [UInt8] { Array(bytes[offset...]) }
    }
}

/// Why a dictionary could not be compiled or a compiled one read.
public enum CompiledDictionaryError: Error, Equatable, CustomStringConvertible {
    /// A name or note holds a line break or a separator character.
    case separatorInText(String)
    /// The compiled text is damaged at this 1-based line.
    case malformed(line: Int, String)

    public var description: String {
        switch self {
        case .separatorInText(let text): "text holds a line break or a U+001E/U+001F separator: \(text.debugDescription)"
        case .malformed(let line, let message): "compiled dictionary, line \(line): \(message)"
        }
    }
}
