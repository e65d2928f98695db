import Foundation
import INCICore
import Testing

@testable import INCIHTML

/// The byte-level helpers agree with the standard library on what they replace.
@Suite struct ByteSearchTests {
    @Test func utf8ValidationAgreesWithTheStandardLibrary() {
        var generator = SystemRandomNumberGenerator()
        let samples: [[UInt8]] =
            [
                Array("plain ASCII".utf8), Array("Crème, 전성분, 🧴".utf8), [0xC0, 0x80], [0xED, 0xA0, 0x80],
                [0xF4, 0x90, 0x80, 0x80],
                [0xE2, 0x82], [0xF0, 0x9F, 0x98, 0x80], [0x80], [0xEF, 0xBB, 0xBF, 0x41],
            ]
            + (0..<2000).map { _ in
                (0..<Int.random(in: 1...12, using: &generator)).map { _ in
                    UInt8.random(in: 0x7E...0xFF, using: &generator)
                }
            }
        for bytes in samples {
            #expect(ByteSearch.isValidUTF8(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }

    @Test func utf8ValidationFindsBadBytesAfterLongASCIIRuns() {
        // The eight-bytes-at-a-time path must hand over to the byte path wherever the bad byte is.
        for prefix in 0..<20 {
            let ascii = [UInt8](repeating: 0x61, count: prefix)
            #expect(!ByteSearch.isValidUTF8(ascii + [0xFF] + ascii), "bad byte after \(prefix) ASCII bytes")
            #expect(!ByteSearch.isValidUTF8(ascii + [0xE2, 0x82]), "truncated sequence after \(prefix) ASCII bytes")
            #expect(ByteSearch.isValidUTF8(ascii + Array("é전🧴".utf8) + ascii))
        }
    }

    /// INCICore's `lowercasedUTF8`, which the claims scan and the inline-label finder read.
    @Test func lowerCasingAgreesWithTheStandardLibrary() {
        let samples = [
            "PLAIN ASCII, Fragrance-Free", "ÖLFREI · PARFÜMFREI", "Non Comédogène", "SANS PARABÈNES", "ΣΊΣΥΦΟΣ",
            "İstanbul",
            "STRASSE ẞ", "전성분 무향료", "ノンコメドジェニック", "🧴 Unscented", "Ǆ ǅ ǆ", "",
        ]
        for text in samples {
            #expect(text.lowercasedUTF8 == Array(text.lowercased().utf8), "\(text)")
        }
    }

    @Test func substringSearchAgreesWithANaiveSearch() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let haystack = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                UInt8.random(in: 0x61...0x63, using: &generator)
            }
            let needle = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
                UInt8.random(in: 0x61...0x63, using: &generator)
            }
            let from = Int.random(in: 0...max(0, haystack.count), using: &generator)
            let naive =
                haystack.count < needle.count
                ? nil
                : (from...max(from, haystack.count - needle.count)).first {
                    $0 + needle.count <= haystack.count && Array(haystack[$0..<($0 + needle.count)]) == needle
                }
            #expect(
                ByteSearch.first(needle, in: haystack, from: from) == naive, "\(needle) in \(haystack) from \(from)")
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
