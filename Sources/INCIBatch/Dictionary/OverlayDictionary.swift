import Foundation
import INCICore

/// A dictionary plus a recognition overlay (the ~28,700 names `inci dict import-cosing` writes), loaded
/// from a compiled copy kept beside the overlay.
///
/// Why: loading the overlay as text parses and indexes the whole dictionary again (about 0.25 s on every
/// call, where the embedded dictionary alone starts in 0.02 s). The first load writes the merged
/// dictionary in `CompiledDictionary` form to `OVERLAY.compiled`, stamped with the base dictionary's
/// fingerprint and the overlay file's size and modification time (a stat, so the fast path never reads
/// the overlay itself); later loads read it in place. A stale or damaged copy (another binary's
/// dictionary, an edited overlay) is ignored and rewritten; a copy that cannot be written only costs speed.
public enum OverlayDictionary {
    public struct Loaded: Sendable {
        public let dictionary: IngredientDictionary
        /// The text load's diagnostics; empty when the compiled copy was read.
        public let diagnostics: [DictionaryDiagnostic]
        /// Whether the compiled copy was read.
        public let fromCompiledCopy: Bool
    }

    static let signature = "inci-overlay-cache 1"

    /// Where the compiled copy of `overlay` lives.
    public static func compiledPath(of overlay: String) -> String { overlay + ".compiled" }

    /// Loads `base` (the files and fingerprint of the dictionary the overlay extends) with the overlay at
    /// `overlayPath`, from the compiled copy when it matches both.
    public static func load(base files: [DictionaryFile], fingerprint: String, overlayPath: String)
        throws(InputError) -> Loaded
    {
        let stamp = "\(signature) \(fingerprint) \(try version(of: overlayPath))"
        let copyPath = compiledPath(of: overlayPath)
        if let copy = try? FileReader.readUTF8(copyPath), let dictionary = read(copy, stamp: stamp, base: files) {
            return Loaded(dictionary: dictionary, diagnostics: [], fromCompiledCopy: true)
        }
        guard let text = try FileReader.readUTF8(overlayPath) else {
            throw .unreadable(path: overlayPath, reason: "not UTF-8 text")
        }
        let overlay = DictionaryFile(path: "overlay/cosing.txt", text: text)
        let result = DictionaryLoader.load(files: files + [overlay])
        // Only a clean load is kept: a broken overlay goes on warning until it is fixed.
        if result.errors.isEmpty, let compiled = try? CompiledDictionary.compile(result.dictionary) {
            try? (stamp + "\n" + compiled).write(toFile: copyPath, atomically: true, encoding: .utf8)
        }
        return Loaded(dictionary: result.dictionary, diagnostics: result.diagnostics, fromCompiledCopy: false)
    }

    /// The overlay file's size and modification time, which change whenever it is rewritten or edited.
    static func version(of path: String) throws(InputError) -> String {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            throw FileManager.default.fileExists(atPath: path)
                ? .unreadable(path: path, reason: "cannot read its attributes") : .missing(path: path)
        }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(size) \(String(format: "%.6f", modified))"
    }

    /// The dictionary in `copy` when its first line is `stamp`, else nil.
    static func read(_ copy: String, stamp: String, base files: [DictionaryFile]) -> IngredientDictionary? {
        guard let lineEnd = copy.utf8.firstIndex(of: 0x0A), String(copy[..<lineEnd]) == stamp else { return nil }
        return try? CompiledDictionary.read(String(copy[copy.utf8.index(after: lineEnd)...]), files: files)
    }
}
