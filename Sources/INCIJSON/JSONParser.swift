/// Parses JSON text (RFC 8259, any value at the top) into a `JSONValue`.
///
/// Written for pages' embedded product data, which Foundation's `JSONSerialization` parsed at about
/// 50 MB/s into Foundation objects that then had to be cast; this reads the bytes once into Swift
/// values. It accepts what `JSONSerialization` accepts (a trailing comma, a byte-order mark; no
/// comments, no raw control characters in strings, no numbers beyond `Double`), so the same blobs are
/// read, and one thing more: a lone UTF-16 surrogate in a `\u` escape becomes U+FFFD instead of
/// failing the whole blob. Containers are kept on an explicit stack:
/// a hostile blob nested a million levels deep is refused at `maxDepth`, not a stack overflow.
package enum JSONParser {
    /// Nesting deeper than this is refused (`JSONSerialization` refuses beyond 512 too).
    package static let maxDepth = 512

    package struct Failure: Error, Equatable, CustomStringConvertible {
        package var reason: String
        /// Offset of the offending byte in the UTF-8 input.
        package var offset: Int

        package init(reason: String, offset: Int) {
            self.reason = reason
            self.offset = offset
        }

        package var description: String { "\(reason) at byte \(offset)" }
    }

    package static func parse(_ text: String) throws(Failure) -> JSONValue {
        var text = text
        return try text.withUTF8 { bytes in Result { () throws(Failure) -> JSONValue in try parse(bytes) } }.get()
    }

    package static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) -> JSONValue {
        var reader = Reader(bytes: bytes)
        // A byte-order mark before the value is skipped, as JSONSerialization does.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.index = 3 }
        return try reader.document()
    }

    /// An open array or object.
    private enum Container {
        case array([JSONValue])
        case object([String: JSONValue], key: String)
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        func fail(_ reason: String) -> Failure {
            Failure(reason: reason, offset: index)
        }

        mutating func skipWhitespace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return
                }
            }
        }

        /// The next byte after white space, not consumed.
        mutating func peek() throws(Failure) -> UInt8 {
            skipWhitespace()
            guard index < bytes.count else { throw fail("unexpected end of input") }
            return bytes[index]
        }

        mutating func document() throws(Failure) -> JSONValue {
            var stack: [Container] = []
            while true {
                // Read one value; containers are opened and the loop goes on inside them.
                var value: JSONValue
                switch try peek() {
                case UInt8(ascii: "{"):
                    index += 1
                    if try peek() == UInt8(ascii: "}") {
                        index += 1
                        value = .object([:])
                    } else {
                        guard stack.count < JSONParser.maxDepth else {
                            throw fail("nested more than \(JSONParser.maxDepth) levels")
                        }
                        stack.append(.object([:], key: try key()))
                        continue
                    }
                case UInt8(ascii: "["):
                    index += 1
                    if try peek() == UInt8(ascii: "]") {
                        index += 1
                        value = .array([])
                    } else {
                        guard stack.count < JSONParser.maxDepth else {
                            throw fail("nested more than \(JSONParser.maxDepth) levels")
                        }
                        stack.append(.array([]))
                        continue
                    }
                case UInt8(ascii: "\""): value = .string(try string())
                case UInt8(ascii: "t"):
                    try literal("true")
                    value = .bool(true)
                case UInt8(ascii: "f"):
                    try literal("false")
                    value = .bool(false)
                case UInt8(ascii: "n"):
                    try literal("null")
                    value = .null
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): value = try number()
                default: throw fail("unexpected character")
                }
                // Put the value into its container; close every container that ends after it.
                while true {
                    guard let container = stack.popLast() else {
                        skipWhitespace()
                        guard index == bytes.count else { throw fail("unexpected text after the value") }
                        return value
                    }
                    let separator = try peek()
                    index += 1
                    // Consumed, so the array or dictionary is uniquely held and grows in place.
                    switch consume container {
                    case .array(var items):
                        items.append(value)
                        // A comma before the bracket is accepted, as JSONSerialization does.
                        if separator == UInt8(ascii: ","), try peek() != UInt8(ascii: "]") {
                            stack.append(.array(items))
                            break
                        }
                        if separator == UInt8(ascii: ",") {
                            index += 1
                        } else if separator != UInt8(ascii: "]") {
                            index -= 1
                            throw fail("expected ',' or ']'")
                        }
                        value = .array(items)
                        continue
                    case .object(var members, let pendingKey):
                        members[pendingKey] = value
                        if separator == UInt8(ascii: ","), try peek() != UInt8(ascii: "}") {
                            stack.append(.object(members, key: try key()))
                            break
                        }
                        if separator == UInt8(ascii: ",") {
                            index += 1
                        } else if separator != UInt8(ascii: "}") {
                            index -= 1
                            throw fail("expected ',' or '}'")
                        }
                        value = .object(members)
                        continue
                    }
                    break
                }
            }
        }

        /// A member's key and the colon after it.
        mutating func key() throws(Failure) -> String {
            guard try peek() == UInt8(ascii: "\"") else { throw fail("expected a string key") }
            let key = try string()
            guard try peek() == UInt8(ascii: ":") else { throw fail("expected ':'") }
            index += 1
            return key
        }

        mutating func literal(_ word: StaticString) throws(Failure) {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { throw fail("unexpected end of input") }
            for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
                throw fail("unexpected character")
            }
            index += count
        }

        mutating func number() throws(Failure) -> JSONValue {
            let start = index
            var isInteger = true
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw fail("expected a digit") }
            if bytes[index] == UInt8(ascii: "0") {
                index += 1
            } else {
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                isInteger = false
                index += 1
                guard index < bytes.count, isDigit(bytes[index]) else { throw fail("expected a digit") }
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                isInteger = false
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                    index += 1
                }
                guard index < bytes.count, isDigit(bytes[index]) else { throw fail("expected a digit") }
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            guard let number = Double(text), number.isFinite else {
                throw Failure(reason: "number out of range", offset: start)
            }
            return .number(number, isInteger: isInteger)
        }

        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

        /// A string; `index` is at its opening quote.
        mutating func string() throws(Failure) -> String {
            index += 1
            let start = index
            // The common case: no escapes, decoded straight from the input.
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    defer { index += 1 }
                    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                }
                if byte == UInt8(ascii: "\\") { break }
                guard byte >= 0x20 else { throw fail("control character in a string") }
                index += 1
            }
            var out = Array(bytes[start..<index])
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    return String(decoding: out, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    index += 1
                    guard index < bytes.count else { break }
                    let escape = bytes[index]
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "u"): out.append(contentsOf: try unicodeEscape())
                    default:
                        index -= 1
                        throw fail("invalid escape")
                    }
                case 0..<0x20:
                    throw fail("control character in a string")
                default:
                    out.append(byte)
                    index += 1
                }
            }
            throw fail("unterminated string")
        }

        /// `\uXXXX` (after the `u`), a surrogate pair as one scalar; a lone surrogate becomes U+FFFD.
        mutating func unicodeEscape() throws(Failure) -> [UInt8] {
            let high = try hex4()
            var scalar = Unicode.Scalar(high)
            if (0xD800..<0xDC00).contains(high), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                bytes[index + 1] == UInt8(ascii: "u")
            {
                let save = index
                index += 2
                let low = try hex4()
                if (0xDC00..<0xE000).contains(low) {
                    scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
                } else {
                    index = save
                }
            }
            return Array(String(Character(scalar ?? "\u{FFFD}")).utf8)
        }

        mutating func hex4() throws(Failure) -> UInt32 {
            guard index + 4 <= bytes.count else { throw fail("unexpected end of input") }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                let digit: UInt32
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - 0x30)
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - 0x61 + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - 0x41 + 10)
                default: throw fail("invalid \\u escape")
                }
                value = value << 4 | digit
                index += 1
            }
            return value
        }
    }
}
