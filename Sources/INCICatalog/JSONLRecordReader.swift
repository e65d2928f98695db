import Foundation
import INCIJSON

/// Streams a JSON Lines file: one object per line. A line that is not a JSON object (or is longer than
/// `LineReader`'s limit) yields an error for that line and reading goes on, so one bad row never hides the
/// rest.
public struct JSONLRecordReader: Sequence, IteratorProtocol {
    private var lines: LineReader
    private let file: String

    public init(url: URL, name: String? = nil) throws(CatalogReadError) {
        let file = name ?? url.path
        do {
            self.init(handle: try FileHandle(forReadingFrom: url), name: file)
        } catch {
            throw CatalogReadError(file: file, line: nil, message: "cannot open the file")
        }
    }

    /// Reads an open file or standard input.
    public init(handle: FileHandle, name: String) {
        lines = LineReader(handle: handle)
        file = name
    }

    public mutating func next() -> Result<CatalogRecord, CatalogReadError>? {
        while let line = lines.next() {
            switch line {
            case .tooLong(let number, let bytes):
                return .failure(
                    CatalogReadError(
                        file: file, line: number,
                        message: "line of \(bytes) bytes is over the \(lines.maxLineBytes)-byte limit"))
            case .text(let text, let number):
                if text.allSatisfy(\.isWhitespace) { continue }
                guard let object = (try? JSONParser.parse(text))?.object else {
                    return .failure(CatalogReadError(file: file, line: number, message: "not a JSON object"))
                }
                return .success(JSONRecords.record(object, file: file, line: number))
            }
        }
        return nil
    }
}

/// Converts JSON objects to records: strings as they are, arrays of strings joined with ", ", numbers as
/// written (integers without a fraction) and booleans as `true`/`false`; nulls, objects and mixed arrays
/// are left out. `line` is the JSONL line, or the 1-based element of a JSON array.
package enum JSONRecords {
    package static func record(_ object: [String: JSONValue], file: String, line: Int) -> CatalogRecord {
        var fields: [String: String] = [:]
        for (key, value) in object {
            switch value {
            case .string(let string): fields[key] = string
            case .array(let items):
                let strings = items.compactMap(\.string)
                if strings.count == items.count { fields[key] = strings.joined(separator: ", ") }
            case .number(let number, let isInteger):
                fields[key] = isInteger && abs(number) < 1e18 ? String(Int64(number)) : String(number)
            case .bool(let bool): fields[key] = bool ? "true" : "false"
            case .null, .object: continue
            }
        }
        return CatalogRecord(file: file, line: line, fields: fields, columns: object.keys.sorted())
    }
}
