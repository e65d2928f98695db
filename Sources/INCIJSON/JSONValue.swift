/// A JSON value as plain Swift values: what `JSONParser` reads, and what formatters build documents of
/// when a `Codable` type per document would be overkill (written by `JSONOutput`).
///
/// Foundation's `JSONSerialization` gives `Any` holding NSDictionary, NSArray and NSString on Linux;
/// every `as? [String: Any]` then copies a dictionary, and walking product JSON that way was most of
/// the JSON finders' and the card's time. An enum is read without casts.
package enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// The number and whether it was written as an integer (`12` rather than `12.0` or `1.2e1`).
    case number(Double, isInteger: Bool)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    package subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { object[key] } else { nil }
    }

    package var string: String? {
        if case .string(let string) = self { string } else { nil }
    }

    package var object: [String: JSONValue]? {
        if case .object(let object) = self { object } else { nil }
    }

    package var array: [JSONValue]? {
        if case .array(let array) = self { array } else { nil }
    }

    package var number: Double? {
        if case .number(let number, _) = self { number } else { nil }
    }

    /// A number as a shop prints it: integers without a fraction ("1299"), others as Swift writes a
    /// `Double` ("12.5").
    package var numberText: String? {
        guard case .number(let number, let isInteger) = self else { return nil }
        if isInteger || number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }
}

extension JSONValue: Encodable {
    package func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let bool):
            var container = encoder.singleValueContainer()
            try container.encode(bool)
        case .number(let number, let isInteger):
            var container = encoder.singleValueContainer()
            if isInteger, abs(number) < 9.0e15 {
                try container.encode(Int64(number))
            } else {
                try container.encode(number)
            }
        case .string(let string):
            var container = encoder.singleValueContainer()
            try container.encode(string)
        case .array(let values):
            var container = encoder.unkeyedContainer()
            for value in values { try container.encode(value) }
        case .object(let object):
            var container = encoder.container(keyedBy: ObjectKey.self)
            for (key, value) in object { try container.encode(value, forKey: ObjectKey(stringValue: key)) }
        }
    }

    private struct ObjectKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

/// Literals, so that a document reads like the JSON it writes.
extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    package init(stringLiteral value: String) { self = .string(value) }
    package init(integerLiteral value: Int) { self = .number(Double(value), isInteger: true) }
    package init(booleanLiteral value: Bool) { self = .bool(value) }
    package init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    package init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { $1 }))
    }
    package init(nilLiteral: ()) { self = .null }

    package init(_ value: String?) { self = value.map { .string($0) } ?? .null }
    package init(_ value: Int?) { self = value.map { .number(Double($0), isInteger: true) } ?? .null }
    package init(_ values: [String]) { self = .array(values.map { .string($0) }) }
}
