import Foundation
import INCIJSON
import Testing

/// `JSONValue` documents are written as the JSON they hold, and read back unchanged.
@Suite struct JSONValueEncodingTests {
    @Test func documentsRoundTrip() throws {
        let document: JSONValue = [
            "text": "a/b \"quoted\" é ✓", "int": 12, "negative": -3, "fraction": .number(0.25, isInteger: false),
            "flag": true, "nothing": nil, "list": ["x", 1, [false]], "object": ["nested": ["deep": "yes"]],
        ]
        let rendered = try JSONOutput.render(document)
        #expect(try JSONParser.parse(rendered) == document)
        #expect(rendered.contains("\"a/b \\\"quoted\\\" é ✓\""))  // slashes and non-ASCII stay as they are
        #expect(rendered.hasSuffix("}\n"))
    }

    @Test func keysAreSortedAndIntegersHaveNoFraction() throws {
        let rendered = try JSONOutput.render(
            JSONValue.object(["b": 1, "a": JSONValue(2), "c": .number(3, isInteger: true)]), pretty: false)
        #expect(rendered == "{\"a\":2,\"b\":1,\"c\":3}\n")
    }

    @Test func optionalsBecomeNull() throws {
        let rendered = try JSONOutput.render(
            JSONValue.array([JSONValue(nil as String?), JSONValue(nil as Int?), JSONValue(["x"])]), pretty: false)
        #expect(rendered == "[null,null,[\"x\"]]\n")
    }
}
