import Foundation
import INCIJSON

/// Streams a JSON Lines file: one object per line. A line that is not a JSON object yields an error
/// for that line and reading goes on, so one bad row never hides the rest.
public struct JSONLRecordReader: Sequence, IteratorProtocol {
    private let handle: FileHandle
    private let file: String
    private var buffer = Data()
    private var line = 0
    private var atEnd = false
    private static let chunkSize = 1 << 16

    public init(url: URL, name: String? = nil) throws(CatalogReadError) {
        file = name ?? url.path
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw CatalogReadError(file: file, line: nil, message: "cannot open the file")
        }
    }

    public mutating func next() -> Result<CatalogRecord, CatalogReadError>? {
        while true {
            guard let text = nextLine() else { return nil }
            line += 1
            if text.allSatisfy(\.isWhitespace) { continue }
            guard let object = (try? JSONParser.parse(text))?.object else {
                return .failure(CatalogReadError(file: file, line: line, message: "not a JSON object"))
            }
            return .success(JSONRecords.record(object, file: file, line: line))
        }
    }

    private mutating func nextLine() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let lineData = buffer[buffer.startIndex..<newline]
                buffer.removeSubrange(buffer.startIndex...newline)
                return String(decoding: lineData, as: UTF8.self)
            }
            if atEnd {
                guard !buffer.isEmpty else { return nil }
                defer { buffer.removeAll() }
                return String(decoding: buffer, as: UTF8.self)
            }
            let chunk = handle.readData(ofLength: Self.chunkSize)
            if chunk.isEmpty { atEnd = true } else { buffer.append(chunk) }
        }
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
