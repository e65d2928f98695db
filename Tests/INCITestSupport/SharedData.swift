import CSV
import Foundation

/// Locates the real-world corpora in `../shared/data` (beside the checkout) and the project's own
/// `Fixtures/`. Tests that need shared data use `SharedData.isAvailable` to skip when it is absent,
/// as it is in a user's fresh clone.
public enum SharedData {
    /// The package root, found from this file's path.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let root: URL = packageRoot.deletingLastPathComponent().appending(path: "shared/data")

    public static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: root.appending(path: "README.md").path)
    }

    public static func url(_ relative: String) -> URL { root.appending(path: relative) }

    public static func fixture(_ relative: String) -> URL {
        packageRoot.appending(path: "Fixtures").appending(path: relative)
    }

    public static func fixtureText(_ relative: String) throws -> String {
        try String(contentsOf: fixture(relative), encoding: .utf8)
    }

    /// The `ingredients` field of every line of a JSONL file.
    public static func jsonlField(_ relative: String, field: String) throws -> [String] {
        let text = try String(contentsOf: url(relative), encoding: .utf8)
        return try text.split(separator: "\n").compactMap { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?[field] as? String
        }
    }

    /// One column of a CSV file with a header row (RFC 4180, via CSV.swift).
    public static func csvColumn(_ relative: String, column: String) throws -> [String] {
        guard let stream = InputStream(url: url(relative)) else { return [] }
        let reader = try CSVReader(stream: stream, hasHeaderRow: true)
        var values: [String] = []
        while reader.next() != nil {
            values.append(reader[column] ?? "")
        }
        return values
    }

    /// Every row of a CSV file with a header row, as column name → value.
    public static func csvRows(_ url: URL) throws -> [[String: String]] {
        guard let stream = InputStream(url: url) else { return [] }
        let reader = try CSVReader(stream: stream, hasHeaderRow: true)
        let header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF}")) }
        var rows: [[String: String]] = []
        while let row = reader.next() {
            var values: [String: String] = [:]
            for (index, name) in header.enumerated() where index < row.count { values[name] = row[index] }
            rows.append(values)
        }
        return rows
    }

    /// All values of the first column of a CSV file with a header row.
    public static func csvFirstColumn(_ relative: String) throws -> [String] {
        guard let stream = InputStream(url: url(relative)) else { return [] }
        let reader = try CSVReader(stream: stream, hasHeaderRow: true)
        var values: [String] = []
        while let row = reader.next() { values.append(row.first ?? "") }
        return values
    }
}
