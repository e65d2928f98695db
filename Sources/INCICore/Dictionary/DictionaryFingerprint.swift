/// A dictionary's version: a hash of its files (paths and text), so two builds report the same version
/// exactly when they embed the same data, with no number to remember to bump.
package enum DictionaryFingerprint {
    /// FNV-1a over each file's path and text, in path order; 12 hex digits, as a short Git id. Trailing
    /// line breaks do not count: the embedded copy of a file drops its last one.
    package static func of(_ files: [DictionaryFile]) -> String {
        var hash = FNV1a()
        for file in files.sorted(by: { $0.path < $1.path }) {
            hash.add(file.path)
            hash.addSeparator()
            var text = Substring(file.text)
            while text.last == "\n" { text = text.dropLast() }
            hash.add(String(text))
            hash.addSeparator()
        }
        let hex = String(hash.value, radix: 16)
        return String((String(repeating: "0", count: max(0, 16 - hex.count)) + hex).prefix(12))
    }
}
