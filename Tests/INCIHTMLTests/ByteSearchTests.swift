import Foundation
@testable import INCIHTML
import Testing

/// The byte-level helpers agree with the standard library on what they replace.
@Suite struct ByteSearchTests {
    @Test func utf8ValidationAgreesWithTheStandardLibrary() {
        var generator = SystemRandomNumberGenerator()
        let samples: [[UInt8]] = [
            Array("plain ASCII".utf8), Array("Crème, 전성분, 🧴".utf8), [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
            [0xE2, 0x82], [0xF0, 0x9F, 0x98, 0x80], [0x80], [0xEF, 0xBB, 0xBF, 0x41],
        ] + (0..<2000).map { _ in (0..<Int.random(in: 1...12, using: &generator)).map { _ in UInt8.random(in: 0x7E...0xFF, using: &generator) } }
        for bytes in samples {
            #expect(ByteSearch.isValidUTF8(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }

    @Test func foldedSearch() {
        let needles = HeadingCandidateFinder.labelNeedles
        #expect(ByteSearch.containsAny(needles, inFolded: "FULL INGREDIENTS"))
        #expect(ByteSearch.containsAny(needles, inFolded: "전성분"))
        #expect(ByteSearch.containsAny(needles, inFolded: "x Inhaltsstoffe"))
        #expect(!ByteSearch.containsAny(needles, inFolded: "How to use"))
        #expect(!ByteSearch.containsAny(needles, inFolded: ""))
        #expect(!ByteSearch.containsAny(needles, inFolded: "ing"))
    }
}
