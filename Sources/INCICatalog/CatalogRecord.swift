/// One product row of a catalog, with where it was read: file and 1-based line (for CSV, the line the
/// record starts on, counting the newlines inside quoted fields of earlier records).
public struct CatalogRecord: Sendable, Hashable {
    public let file: String
    public let line: Int
    /// Column or field name → value as text.
    public let fields: [String: String]
    /// Column names in file order (CSV) or key order (JSON), for detecting the ingredients column.
    public let columns: [String]

    public init(file: String, line: Int, fields: [String: String], columns: [String]) {
        self.file = file
        self.line = line
        self.fields = fields
        self.columns = columns
    }
}

/// A record that could not be read: the place and what was wrong.
public struct CatalogReadError: Error, Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }
}
