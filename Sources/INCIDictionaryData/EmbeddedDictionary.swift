import INCICore

/// The dictionary shipped inside the binary: the text files of `Dictionaries/`, embedded at build time
/// (see `Plugins/EmbedDictionary`). `files` is generated; this file only adds the loading entry point.
public enum EmbeddedDictionary {
    /// Parses the embedded files once per process; later calls return the same dictionary.
    public static let shared: IngredientDictionary = DictionaryLoader.load(files: files).dictionary

    /// Loads the embedded files, with the diagnostics `inci dict lint` reports.
    public static func load() -> DictionaryLoader.Result {
        DictionaryLoader.load(files: files)
    }
}
