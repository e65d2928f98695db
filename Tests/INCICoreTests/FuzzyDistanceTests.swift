import INCITestSupport
import Testing

@testable import INCICore

/// The fuzzy matcher's distance (rows reused across candidates, early exit above the limit) against a
/// plain full-table optimal-string-alignment distance.
@Suite struct FuzzyDistanceTests {
    static func reference(_ a: [UInt32], _ b: [UInt32]) -> Int {
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }

    @Test func agreesWithTheFullTable() {
        var generator = SplitMix(seed: 7)
        var rows = FuzzyIndex.DistanceRows()
        for _ in 0..<3_000 {
            // Small alphabet and lengths, so distances 0...4 all occur.
            let a = (0..<Int(generator.next() % 9)).map { _ in UInt32(97 + generator.next() % 4) }
            let b = (0..<Int(generator.next() % 9)).map { _ in UInt32(97 + generator.next() % 4) }
            let expected = Self.reference(a, b)
            for limit in 0...3 {
                let got = FuzzyIndex.distance(a, b, limit: limit, rows: &rows)
                #expect(got == (expected <= limit ? expected : nil), "\(a) \(b) limit \(limit)")
            }
        }
    }

    @Test func transpositionCountsOnce() {
        let a = Array("niacinamide".unicodeScalars.map(\.value))
        let b = Array("naicinamide".unicodeScalars.map(\.value))
        #expect(FuzzyIndex.distance(a, b, limit: 2) == 1)
    }
}

/// The mask bound never skips a candidate within the limit.
@Suite struct FuzzyMaskBoundTests {
    @Test func maskDifferenceIsAtMostTwicePerEdit() {
        var generator = SplitMix(seed: 11)
        // Letters, digits, a space and Hangul, so every kind of bit is exercised.
        let alphabet: [UInt32] = [0x61, 0x62, 0x63, 0x7A, 0x31, 0x20, 0xBCD1, 0xD480]
        for _ in 0..<5_000 {
            let a = (0..<Int(generator.next() % 8)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))]
            }
            let b = (0..<Int(generator.next() % 8)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))]
            }
            let difference = (FuzzyIndex.characterMask(a) ^ FuzzyIndex.characterMask(b)).nonzeroBitCount
            #expect(difference <= 2 * FuzzyDistanceTests.reference(a, b), "\(a) \(b)")
        }
    }
}
