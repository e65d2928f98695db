import INCIDictionaryData
import Testing

@testable import INCICore

/// The compiled form start-up reads must hold exactly what loading the text gives.
@Suite struct CompiledDictionaryTests {
    /// Field by field, so a failure names what differs.
    static func expectSame(_ read: IngredientDictionary, _ loaded: IngredientDictionary) {
        #expect(read.ingredients.count == loaded.ingredients.count)
        for (a, b) in zip(read.ingredients, loaded.ingredients) where a != b || read.ingredients[b.id] != b {
            Issue.record("ingredient \(b.id) '\(b.name)' differs: \(a) vs \(b)")
            break
        }
        #expect(read.families == loaded.families)
        #expect(read.sources == loaded.sources)
        #expect(read.languageAliases == loaded.languageAliases)
        #expect(read.keys.count == loaded.keys.count)
        #expect(read.keys.table == loaded.keys.table)
    }

    /// What the build plugin embedded is the text's dictionary: same ingredients, keys and aliases.
    @Test func embeddedCompiledFormMatchesTheText() throws {
        let read = try EmbeddedDictionary.readCompiled()
        Self.expectSame(read, EmbeddedDictionary.load().dictionary)
        #expect(read.scoring == EmbeddedDictionary.load().dictionary.scoring)
    }

    /// Binary search needs every record well formed and the keys strictly sorted by bytes; every key
    /// of the text's dictionary must be found by lookup (not only by iteration).
    @Test func embeddedKeysAreSortedAndFoundByLookup() throws {
        let read = try EmbeddedDictionary.readCompiled()
        let loaded = EmbeddedDictionary.load().dictionary
        #expect(read.keys.isWellFormed)
        var missing: [String] = []
        loaded.keys.forEachKey { key, entry in
            if read.keys[key] != entry { missing.append(key) }
        }
        #expect(missing.isEmpty, "\(missing.prefix(10))")
        // Near misses (a key cut short or run on, which binary search compares byte by byte) answer as
        // the hashed table does.
        var wrong: [String] = []
        loaded.keys.forEachKey { key, _ in
            for nearMiss in [String(key.dropLast()), key + " ", key + "z", "a" + key]
            where read.keys[nearMiss] != loaded.keys[nearMiss] {
                wrong.append(nearMiss)
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
        #expect(read.keys["no such ingredient name"] == nil)
        #expect(read.keys[""] == nil)
        #expect(read.keys["niacinamide"] != nil)
        #expect(read.keys["병풀추출물"] != nil)
    }

    /// The fuzzy index builds one first letter's bucket from a prefix walk of the sorted keys.
    @Test func prefixWalksFindWhatAFullWalkFinds() throws {
        let read = try EmbeddedDictionary.readCompiled()
        let loaded = EmbeddedDictionary.load().dictionary
        for prefix in ["a", "n", "niacin", "ci 77", "1", "병", "zzz", "", "\u{10FFFF}"] {
            var sorted: [String: IngredientDictionary.KeyEntry] = [:]
            read.keys.forEachKey(withPrefix: prefix) { sorted[$0] = $1 }
            var hashed: [String: IngredientDictionary.KeyEntry] = [:]
            loaded.keys.forEachKey(withPrefix: prefix) { hashed[$0] = $1 }
            #expect(sorted == hashed, "prefix '\(prefix)'")
            #expect(prefix == "zzz" || prefix == "\u{10FFFF}" || !sorted.isEmpty, "prefix '\(prefix)'")
        }
    }

    @Test func sharedDictionaryMatchesLikeTheText() throws {
        let text = Matcher(dictionary: EmbeddedDictionary.load().dictionary)
        let shared = Matcher(dictionary: EmbeddedDictionary.shared)
        for name in [
            "Niacinamide", "Niacinimide", "Aqua (Water)", "Water/Aqua/Eau", "CI 77891", "병풀 추출물", "Retinal",
            "Zzzz Unknown",
        ] {
            #expect(shared.resolve(name) == text.resolve(name), "\(name)")
        }
    }

    @Test func fixtureDictionaryRoundTrips() throws {
        let loaded = FixtureDictionary.dictionary
        let compiled = try CompiledDictionary.compile(loaded)
        Self.expectSame(try CompiledDictionary.read(compiled, files: FixtureDictionary.files), loaded)
        // Compiling is deterministic: the build embeds the same bytes every time.
        #expect(try CompiledDictionary.compile(loaded) == compiled)
    }

    @Test func damagedCompiledTextIsAnErrorNamingItsSection() throws {
        let compiled = try CompiledDictionary.compile(FixtureDictionary.dictionary)
        let files = FixtureDictionary.files
        #expect(
            throws: CompiledDictionaryError.malformed(section: "signature", "not a compiled dictionary of this version")
        ) {
            try CompiledDictionary.read("hello\n" + compiled, files: files)
        }
        let lines = compiled.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var badHeader = lines
        badHeader[1] = "ingredients 3 999999999"
        #expect(
            throws: CompiledDictionaryError.malformed(
                section: "ingredients", "expected a header 'ingredients COUNT BYTES' within the text")
        ) {
            try CompiledDictionary.read(badHeader.joined(separator: "\n"), files: files)
        }
        let truncated = String(compiled.dropLast(compiled.count / 2))
        #expect(throws: CompiledDictionaryError.self) { try CompiledDictionary.read(truncated, files: files) }
        // Offsets that go backwards cannot address records.
        let offsetsHeader = try #require(lines.firstIndex { $0.hasPrefix("ingredient-offsets ") })
        var swapped = lines
        let offsets = Array(swapped[offsetsHeader + 1])
        swapped[offsetsHeader + 1] = String(offsets[8..<16] + offsets[0..<8] + offsets[16...])
        #expect(
            throws: CompiledDictionaryError.malformed(
                section: "ingredient-offsets", "the offsets do not fit the ingredients section")
        ) {
            try CompiledDictionary.read(swapped.joined(separator: "\n"), files: files)
        }
    }

    /// A record cut short (only a damaged build could hold one) decodes with empty fields, never a crash.
    @Test func shortRecordDecodesWithoutCrashing() throws {
        let compiled = try CompiledDictionary.compile(FixtureDictionary.dictionary)
        var lines = compiled.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let first = lines[2]
        let name = String(first.prefix { $0 != "\u{1F}" })
        lines[2] = name + String(repeating: " ", count: first.utf8.count - name.utf8.count)  // same length, one field
        let read = try CompiledDictionary.read(lines.joined(separator: "\n"), files: FixtureDictionary.files)
        #expect(read.ingredients[0].aliases.isEmpty)
        #expect(read.ingredients[1] == FixtureDictionary.dictionary.ingredients[1])
    }

    @Test func nameWithASeparatorCannotBeCompiled() throws {
        let files =
            FixtureDictionary.files + [
                DictionaryFile(path: "ingredients/bad.txt", text: "Bad\u{1F}Name\n  role: solvent\n")
            ]
        let dictionary = DictionaryLoader.load(files: files).dictionary
        #expect(throws: CompiledDictionaryError.separatorInText("Bad\u{1F}Name")) {
            try CompiledDictionary.compile(dictionary)
        }
    }
}
