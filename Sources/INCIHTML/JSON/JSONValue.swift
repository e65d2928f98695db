/// A JSON value as plain Swift values (from `JSONParser`).
///
/// Foundation's `JSONSerialization` gives `Any` holding NSDictionary, NSArray and NSString on Linux;
/// every `as? [String: Any]` then copies a dictionary, and walking product JSON that way was most of
/// the JSON finders' and the card's time. An enum is read without casts.
enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// The number and whether it was written as an integer (`12` rather than `12.0` or `1.2e1`).
    case number(Double, isInteger: Bool)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { object[key] } else { nil }
    }

    var string: String? {
        if case .string(let string) = self { string } else { nil }
    }

    var object: [String: JSONValue]? {
        if case .object(let object) = self { object } else { nil }
    }

    var array: [JSONValue]? {
        if case .array(let array) = self { array } else { nil }
    }

    var number: Double? {
        if case .number(let number, _) = self { number } else { nil }
    }

    /// A number as a shop prints it: integers without a fraction ("1299"), others as Swift writes a
    /// `Double` ("12.5").
    var numberText: String? {
        guard case .number(let number, let isInteger) = self else { return nil }
        if isInteger || number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }
}
