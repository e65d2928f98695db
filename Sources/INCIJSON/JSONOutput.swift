import Foundation

/// Deterministic JSON: sorted keys, no escaped slashes, one trailing newline. Every JSON document inci
/// writes goes through here — `Codable` documents and `JSONValue` trees alike.
package enum JSONOutput {
    /// The version of the JSON documents' shape, written as `schema_version` in every document inci prints
    /// (analyze, explain, scan records, check reports). Fields are only ever added; a rename or a removal
    /// would raise it.
    package static let schemaVersion = 1
    package static let schemaVersionKey = "schema_version"

    package static func render<T: Encodable>(_ value: T, pretty: Bool = true) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
