import Foundation

/// Deterministic JSON: sorted keys, no escaped slashes, one trailing newline. Every JSON document inci
/// writes goes through here — `Codable` documents and `JSONValue` trees alike.
package enum JSONOutput {
    package static func render<T: Encodable>(_ value: T, pretty: Bool = true) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
