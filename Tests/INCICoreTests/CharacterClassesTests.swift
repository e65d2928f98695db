import Testing

@testable import INCICore

/// The ASCII fast paths must answer exactly as the standard library's Unicode properties.
@Suite struct CharacterClassesTests {
    /// Every scalar of the Basic Multilingual Plane plus a sample above it.
    static let scalars: [Unicode.Scalar] =
        (0..<0x1_0000).compactMap(Unicode.Scalar.init) + [0x1F600, 0x20000, 0xE0041].compactMap(Unicode.Scalar.init)

    @Test func scalarsAgreeWithTheirProperties() {
        for scalar in Self.scalars {
            #expect(scalar.isAlphabeticFast == scalar.properties.isAlphabetic, "U+\(String(scalar.value, radix: 16))")
            #expect(scalar.isWhitespaceFast == scalar.properties.isWhitespace, "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func charactersAgreeWithTheStandardLibrary() {
        let characters = Self.scalars.map(Character.init) + ["\r\n", "e\u{301}", "🇰🇷"]
        for character in characters {
            #expect(character.isLetterFast == character.isLetter, "\(character.unicodeScalars.map(\.value))")
            #expect(character.isNumberFast == character.isNumber, "\(character.unicodeScalars.map(\.value))")
            #expect(character.isWhitespaceFast == character.isWhitespace, "\(character.unicodeScalars.map(\.value))")
        }
    }
}
