import CSV
import Foundation

/// Streams the records of an RFC 4180 CSV file (quoted fields, embedded newlines and commas) with
/// their line numbers; memory stays flat whatever the file's size.
public struct CSVRecordReader: Sequence, IteratorProtocol {
    private let reader: CSVReader
    private let file: String
    private let header: [String]
    private var nextLine: Int
    private var unterminatedQuoteLine: Int?
    /// The line of the file's first byte that is not UTF-8 (never for text, which is valid Unicode).
    private var invalidLine: Int?

    public init(url: URL, name: String? = nil) throws(CatalogReadError) {
        let file = name ?? url.path
        invalidLine = InvalidUTF8Locator.firstInvalidLine(in: url)
        unterminatedQuoteLine = CSVQuoteScanner.unterminatedQuoteLine(in: url)
        guard let stream = InputStream(url: url) else {
            throw CatalogReadError(file: file, line: nil, message: "cannot open the file")
        }
        do {
            reader = try CSVReader(stream: stream, hasHeaderRow: true)
        } catch {
            throw CatalogReadError(file: file, line: 1, message: "not a readable CSV file: \(error)")
        }
        self.file = file
        header = (reader.headerRow ?? []).enumerated().map { index, name in
            index == 0 ? String(name.drop { $0 == "\u{FEFF}" }) : name
        }
        nextLine =
            1
            + (reader.headerRow ?? []).reduce(1) { count, field in
                count + field.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
            }
    }

    /// Reads CSV held in memory (e.g. after skipping a file's metadata lines).
    public init(text: String, name: String) throws(CatalogReadError) {
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            throw CatalogReadError(file: name, line: 1, message: "not a readable CSV file: \(error)")
        }
        file = name
        header = (reader.headerRow ?? []).enumerated().map { index, name in
            index == 0 ? String(name.drop { $0 == "\u{FEFF}" }) : name
        }
        nextLine =
            1
            + (reader.headerRow ?? []).reduce(1) { count, field in
                count + field.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
            }
    }

    public var columns: [String] { header }

    /// The next record, or nil at the end. A malformed file (e.g. an unterminated quote) ends with an
    /// error record, readable through `error`. Reading stops before the record holding a byte that is not
    /// UTF-8: CSV.swift cuts the field there, reads the rest out of step, and its later end-of-file report
    /// can replace its decoding error, so the file is checked by `InvalidUTF8Locator` up front instead.
    public mutating func next() -> CatalogRecord? {
        if let invalid = invalidLine, nextLine >= invalid { return nil }
        guard let row = reader.next() else { return nil }
        let line = nextLine
        nextLine += 1 + row.reduce(0) { count, field in count + field.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } }
        if let invalid = invalidLine, nextLine > invalid {
            nextLine = invalid
            return nil
        }
        var fields: [String: String] = [:]
        for (index, name) in header.enumerated() where index < row.count { fields[name] = row[index] }
        return CatalogRecord(file: file, line: line, fields: fields, columns: header)
    }

    /// Set when reading stopped on unreadable input (e.g. invalid UTF-8). CSV.swift reports the end of
    /// the stream as `cannotReadFile`, which is not an error. When an unterminated quote comes before an
    /// invalid byte, the quote is reported.
    public var error: CatalogReadError? {
        let quoteError = unterminatedQuoteLine.map { line in
            CatalogReadError(
                file: file, line: line,
                message: "a quoted field opened here never closes; the rows after it were read as part of it")
        }
        if let line = invalidLine {
            if let quoteError, let quoteLine = quoteError.line, quoteLine < line { return quoteError }
            return CatalogReadError(file: file, line: line, message: "unreadable CSV: not UTF-8 (reading stopped here)")
        }
        guard let error = reader.error else { return quoteError }
        if let csvError = error as? CSVError, case .cannotReadFile = csvError { return quoteError }
        return quoteError ?? CatalogReadError(file: file, line: nextLine, message: "unreadable CSV: \(error)")
    }
}
