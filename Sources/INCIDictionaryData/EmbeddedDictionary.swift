import INCICore

/// The dictionary shipped inside the binary: the text files of `Dictionaries/` and the
/// `CompiledDictionary` they load into, both embedded at build time (see `Plugins/EmbedDictionary`).
/// `files` and `compiled` are generated; this file only adds the loading entry points.
public enum EmbeddedDictionary {
    /// Read once per process from the compiled form (a few milliseconds, where parsing the text took
    /// ~45 ms); later calls return the same dictionary. Falls back to the text if the compiled form
    /// cannot be read, which a test rules out for every build.
    public static let shared: IngredientDictionary =
        (try? readCompiled()) ?? DictionaryLoader.load(files: files).dictionary

    /// Reads the compiled form; throws if it is damaged.
    public static func readCompiled() throws(CompiledDictionaryError) -> IngredientDictionary {
        try CompiledDictionary.read(compiled, files: files)
    }

    /// Loads the embedded text files, with the diagnostics `inci dict lint` reports.
    public static func load() -> DictionaryLoader.Result {
        DictionaryLoader.load(files: files)
    }
}
