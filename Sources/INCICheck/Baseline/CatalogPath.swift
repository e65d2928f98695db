import Foundation

/// One spelling for a catalog path, whatever the user typed: `cat.csv`, `./cat.csv` and
/// `/home/me/cat.csv` name the same file, so baselines and SARIF locations must agree on them.
public enum CatalogPath {
    /// `path` made absolute against `directory`, with `.` and `..` removed. Symbolic links are not
    /// followed: a link is the name the user chose, and following it would tie a baseline to one machine.
    public static func absolute(_ path: String, from directory: String = FileManager.default.currentDirectoryPath)
        -> String
    {
        let joined = path.hasPrefix("/") ? path : directory + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// `path` relative to `folder` (both made absolute first), with `/` separators and `..` steps when
    /// the file is outside the folder: `relative("data/cat.csv", to: ".")` is `data/cat.csv`.
    public static func relative(
        _ path: String, to folder: String, from directory: String = FileManager.default.currentDirectoryPath
    ) -> String {
        let target = absolute(path, from: directory).split(separator: "/")
        let base = absolute(folder, from: directory).split(separator: "/")
        var common = 0
        while common < min(target.count, base.count), target[common] == base[common] { common += 1 }
        let steps = Array(repeating: "..", count: base.count - common) + target[common...].map(String.init)
        return steps.isEmpty ? "." : steps.joined(separator: "/")
    }
}
