import Testing

@testable import INCIHTML

/// ElementTag and attribute names are looked up by packed name; every known name must come back, in any case,
/// and no other name may.
@Suite struct PackedNameTests {
    static func tag(_ name: String) -> ElementTag {
        name.withCString {
            $0.withMemoryRebound(to: UInt8.self, capacity: name.utf8.count + 1) { ElementTag(name: $0) }
        }
    }

    static func attribute(_ name: String) -> HTMLTree.AttributeName? {
        name.withCString {
            $0.withMemoryRebound(to: UInt8.self, capacity: name.utf8.count + 1) { HTMLTree.AttributeName(name: $0) }
        }
    }

    @Test func everyTagIsFoundInAnyCase() {
        for tag in ElementTag.allCases where ![.text, .document, .other].contains(tag) {
            #expect(Self.tag("\(tag)") == tag)
            #expect(Self.tag("\(tag)".uppercased()) == tag)
        }
    }

    @Test func everyKeptAttributeIsFoundInAnyCase() {
        for attribute in HTMLTree.AttributeName.allCases {
            #expect(Self.attribute(attribute.name) == attribute)
            #expect(Self.attribute(attribute.name.uppercased()) == attribute)
        }
    }

    @Test func otherNamesAreNotTaken() {
        let neither = [
            "", "x", "divv", "di", "scripts", "h7", "product-card", "aria-labelledbyx", "data-tab-targets",
            "data-product-json", "tëmplate", "a-very-long-custom-element-name",
        ]
        for name in neither + ["img", "span", "em"] { #expect(Self.tag(name) == .other, "\(name)") }
        for name in neither + ["style", "src", "alt", "title", "aria-hidden"] {
            #expect(Self.attribute(name) == nil, "\(name)")
        }
    }
}
