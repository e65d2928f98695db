import INCIJSON

/// Iterative walks over JSON values (a hostile blob may nest deeply).
enum JSONWalk {
    /// Every object in `value`, with the key it was found under, in document order with keys sorted.
    static func objects(in value: JSONValue) -> [(key: String?, object: [String: JSONValue])] {
        var result: [(String?, [String: JSONValue])] = []
        var stack: [(String?, JSONValue)] = [(nil, value)]
        while let (key, current) = stack.popLast() {
            switch current {
            case .object(let object):
                result.append((key, object))
                for (childKey, child) in object.sorted(by: { $0.key > $1.key }) { stack.append((childKey, child)) }
            case .array(let array):
                for child in array.reversed() { stack.append((key, child)) }
            default:
                break
            }
        }
        return result
    }

    /// Every string in `value`, in order (object members by sorted key).
    static func strings(in value: JSONValue) -> [String] {
        var result: [String] = []
        var stack: [JSONValue] = [value]
        while let current = stack.popLast() {
            switch current {
            case .string(let string): result.append(string)
            case .object(let object): for key in object.keys.sorted().reversed() { stack.append(object[key]!) }
            case .array(let array): stack.append(contentsOf: array.reversed())
            default: break
            }
        }
        return result
    }

    /// Every string in the members of `object`, as `strings(in: .object(object))`.
    static func strings(in object: [String: JSONValue]) -> [String] {
        strings(in: .object(object))
    }

    /// A string, a number, or `{value|name|text: …}` as text.
    static func text(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let string): return string.trimmed().isEmpty ? nil : string.trimmed()
        case .number: return value?.numberText
        case .object(let object):
            for key in ["name", "value", "headline", "text", "title", "@value"] {
                if let text = text(object[key]) { return text }
            }
            return nil
        case .array(let array): return array.lazy.compactMap { text($0) }.first
        default: return nil
        }
    }
}
