import INCICore
import INCIJSON
import INCIReport

/// The output formats of `inci scan`. Every format is written record by record, in input order, so
/// output can stream and is byte-identical whatever `--jobs` is. A record is rendered once; the
/// separators between records (a JSON array's commas) are the stream's, written by `ScanRun`.
/// `html` is the exception: its overview comes first and needs every record, so `ScanRun` renders each
/// record's section on the pool and writes the page at the end (`ScanHTMLReport`).
public enum ScanFormat: String, CaseIterable, Sendable {
    case table, json, jsonl, csv, html

    /// Written whole at the end rather than record by record.
    public var isPage: Bool { self == .html }

    public func header(_ columns: ScanColumns) -> String {
        switch self {
        case .table: return ScanTableRow.header(columns)
        case .json: return "["
        case .jsonl: return ""
        case .csv: return ScanCSVRow.line(ScanCSVRow.header(columns))
        case .html: return ""
        }
    }

    /// One record, without separators.
    public func render(_ record: ScanRecord, _ columns: ScanColumns) throws -> String {
        switch self {
        case .jsonl:
            return try JSONOutput.render(record, pretty: false)
        case .json:
            return String(try JSONOutput.render(record, pretty: false).dropLast())
        case .csv:
            return ScanCSVRow.line(ScanCSVRow.cells(record, columns))
        case .table:
            return ScanTableRow.line(ScanTableRow.cells(record, columns), columns)
        case .html:
            return ""  // the page is written by `ScanRun` from `ScanHTMLReport` sections
        }
    }

    /// Written before a record: a JSON array's line break, and its comma after the first record.
    public func separator(first: Bool) -> String {
        switch self {
        case .json: return first ? "\n" : ",\n"
        default: return ""
        }
    }

    public func footer(empty: Bool) -> String {
        switch self {
        case .json: return empty ? "]\n" : "\n]\n"
        default: return ""
        }
    }
}
