import INCICore
import INCIJSON
import INCIReport

/// One line of `inci analyze --batch` output: the input line's id and place, and either the same object
/// `inci analyze --format json` writes (`analysis`) or why the line could not be analyzed (`error`,
/// `error_kind`). JSON keys: `schema_version`, `id` (the input's id value as it was, string or number; null
/// without one), `source`, `line`, then `analysis` or `error` and `error_kind`.
public struct BatchAnalysisRecord: Encodable, Sendable {
    package let id: JSONValue?
    public let source: String
    public let line: Int
    public let analysis: AnalysisDocument?
    public let error: String?
    public let errorKind: String?

    package init(id: JSONValue?, source: String, line: Int, analysis: AnalysisDocument) {
        (self.id, self.source, self.line, self.analysis) = (id, source, line, analysis)
        (error, errorKind) = (nil, nil)
    }

    package init(id: JSONValue?, source: String, line: Int, error: String, kind: String) {
        (self.id, self.source, self.line, self.analysis) = (id, source, line, nil)
        (self.error, errorKind) = (error, kind)
    }

    enum CodingKeys: String, CodingKey {
        case id, source, line, analysis, error
        case errorKind = "error_kind"
        case schemaVersion = "schema_version"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(JSONOutput.schemaVersion, forKey: .schemaVersion)
        if let id { try container.encode(id, forKey: .id) } else { try container.encodeNil(forKey: .id) }
        try container.encode(source, forKey: .source)
        try container.encode(line, forKey: .line)
        if let analysis { try container.encode(analysis, forKey: .analysis) }
        if let error {
            try container.encode(error, forKey: .error)
            try container.encode(errorKind, forKey: .errorKind)
        }
    }
}
