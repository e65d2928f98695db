import Foundation
import INCIJSON
import INCITestSupport
import Testing

@testable import INCIHTML

/// The JSON parser reads what Foundation's `JSONSerialization` reads, into the same values.
@Suite struct JSONParserTests {
    /// `JSONSerialization`'s value as a `JSONValue`; numbers and booleans compared as numbers (Foundation
    /// gives both as NSNumber).
    static func converted(_ value: Any) -> JSONValue {
        switch value {
        case let string as String: return .string(string)
        case let number as NSNumber: return .number(number.doubleValue, isInteger: true)
        case let array as [Any]: return .array(array.map(converted))
        case let object as [String: Any]: return .object(object.mapValues(converted))
        default: return .null
        }
    }

    /// Booleans as 1 and 0, and numbers to 12 significant digits, so both sides compare alike
    /// (Foundation's parse is off in the last bit of some decimals; ours rounds as `Double(String)`).
    static func comparable(_ value: JSONValue) -> JSONValue {
        switch value {
        case .bool(let bool): return .number(bool ? 1 : 0, isInteger: true)
        case .number(let number, _): return .number(Double(String(format: "%.12g", number))!, isInteger: true)
        case .array(let array): return .array(array.map(comparable))
        case .object(let object): return .object(object.mapValues(comparable))
        default: return value
        }
    }

    static func agree(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let foundation = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        let ours = try? JSONParser.parse(text)
        #expect(
            (foundation == nil) == (ours == nil), "accepted by one only: \(text.prefix(200).debugDescription)",
            sourceLocation: sourceLocation)
        if let foundation, let ours {
            #expect(
                comparable(ours) == comparable(converted(foundation)), "\(text.prefix(200).debugDescription)",
                sourceLocation: sourceLocation)
        }
    }

    /// Every data script of the page fixtures and the real pages, and the product API responses.
    @Test func realBlobsParseAsFoundationParsesThem() throws {
        var folders = [SharedData.fixture("html")]
        if SharedData.isAvailable { folders.append(SharedData.url("html")) }
        var blobs = 0
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
                let bytes = [UInt8](try Data(contentsOf: folder.appending(path: name)))
                if name.hasSuffix(".json") {
                    Self.agree(String(decoding: bytes, as: UTF8.self))
                    blobs += 1
                    continue
                }
                guard name.hasSuffix(".html"), let prepared = try? PageBytes.prepare(bytes) else { continue }
                let tree = HTMLParser.parse(prepared.bytes, encoding: prepared.encoding)
                for index in tree.nodes.indices
                where tree[index].tag == .script && EmbeddedJSON.strategy(ofScript: index, in: tree) != nil {
                    Self.agree(tree.rawText(of: index).trimmingCharacters(in: .whitespacesAndNewlines))
                    blobs += 1
                }
            }
        }
        #expect(blobs >= 5)
    }

    @Test func generatedValuesRoundTrip() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let value = Self.randomValue(depth: 0, using: &generator)
            let data = try JSONSerialization.data(
                withJSONObject: Self.foundationObject(value), options: [.fragmentsAllowed])
            let text = String(decoding: data, as: UTF8.self)
            #expect(Self.comparable(try JSONParser.parse(text)) == Self.comparable(value), "\(text.prefix(200))")
            Self.agree(text)
        }
    }

    @Test func edgeCasesAsFoundation() {
        let texts = [
            "{", "[1,]", "{\"a\":1,}", "01", "1.", ".5", "\"\t\"", "tru", "[1 2]", "\"\\x\"", "-", "1e", "[]]", "", " ",
            "\"\\u0000\"",
            "-0", "1E400", "[1e-400]", "\u{FEFF}[1]", "{\"a\":1,\"a\":2}", "\"\u{7F}\"", "[\"\\/\"]", " [ ] ", "1 ",
            "nan", "[-]", "{\"a\":[}",
            "\"abc", "[\"a\\\\\"]", "[1,,]", "[,]", "{,}", "{\"a\"}", "{\"a\":}", "{1:2}", "\"\\uD83D\\uDE00\"",
            "\"é전🧴\"", "[true,false,null]",
            "{\"a\":{\"b\":[1,{\"c\":\"d\"}]}}", "12.50", "-1.5e+3", "\"\\b\\f\\n\\r\\t\"",
        ]
        for text in texts { Self.agree(text) }
    }

    @Test func loneSurrogatesBecomeReplacementCharacters() throws {
        #expect(try JSONParser.parse("\"a\\ud800b\"") == .string("a\u{FFFD}b"))
        #expect(try JSONParser.parse("\"\\udc00\"") == .string("\u{FFFD}"))
        #expect(try JSONParser.parse("\"\\ud800\\u0041\"") == .string("\u{FFFD}A"))
    }

    @Test func nestingIsLimitedWithoutRecursion() throws {
        let allowed =
            String(repeating: "[", count: JSONParser.maxDepth) + String(repeating: "]", count: JSONParser.maxDepth)
        #expect(throws: Never.self) { try JSONParser.parse(allowed) }
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(String(repeating: "[", count: 1_000_000)) }
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(String(repeating: "{\"a\":", count: 100_000)) }
    }

    @Test func failuresNameTheByte() {
        #expect(throws: JSONParser.Failure(reason: "unexpected end of input", offset: 23)) {
            try JSONParser.parse("{\"descriptionGroups\": [")
        }
        #expect(throws: JSONParser.Failure(reason: "expected ',' or ']'", offset: 3)) { try JSONParser.parse("[1 2]") }
        #expect(throws: JSONParser.Failure(reason: "control character in a string", offset: 1)) {
            try JSONParser.parse("\"\t\"")
        }
    }

    @Test func numbersReadAsShopsPrintThem() throws {
        #expect(try JSONParser.parse("1299").numberText == "1299")
        #expect(try JSONParser.parse("12.5").numberText == "12.5")
        #expect(try JSONParser.parse("12.0").numberText == "12")
        #expect(try JSONParser.parse("-3").numberText == "-3")
    }

    static func randomValue(depth: Int, using generator: inout SystemRandomNumberGenerator) -> JSONValue {
        let pick = depth > 4 ? Int.random(in: 0..<4, using: &generator) : Int.random(in: 0..<6, using: &generator)
        switch pick {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &generator))
        case 2:
            return Bool.random(using: &generator)
                ? .number(Double(Int.random(in: -100_000...100_000, using: &generator)), isInteger: true)
                : .number(Double.random(in: -1e6...1e6, using: &generator), isInteger: false)
        case 3: return .string(randomString(using: &generator))
        case 4:
            return .array(
                (0..<Int.random(in: 0...4, using: &generator)).map { _ in
                    randomValue(depth: depth + 1, using: &generator)
                })
        default:
            var object: [String: JSONValue] = [:]
            for _ in 0..<Int.random(in: 0...4, using: &generator) {
                object[randomString(using: &generator)] = randomValue(depth: depth + 1, using: &generator)
            }
            return .object(object)
        }
    }

    static func randomString(using generator: inout SystemRandomNumberGenerator) -> String {
        let pieces = ["a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\u{1}", "é", "전", "🧴", "\u{2028}", "<p>", "&amp;"]
        return (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
            .joined()
    }

    static func foundationObject(_ value: JSONValue) -> Any {
        switch value {
        case .null: return NSNull()
        case .bool(let bool): return bool
        case .number(let number, _): return number
        case .string(let string): return string
        case .array(let array): return array.map(foundationObject)
        case .object(let object): return object.mapValues(foundationObject)
        }
    }
}
