/// Finds `Claim`s in printed text: every phrase as whole words, and "free of X, Y and Z" constructions.
///
/// One pass over the lower-cased UTF-8 bytes finds them all: phrases and "free of" leads are bucketed by
/// first byte, and a bucket whose phrases must start a word is only tried where a word starts, so most
/// positions cost one table look-up (a pass per phrase, then a pass per lead with a hashed set of found
/// claims at every position, was most of a page card's time on large pages).
extension Claim {
    /// The claims made in `text`, in vocabulary order.
    public static func claims(in text: String) -> [Claim] {
        let lower = text.lowercasedUTF8
        let found = lower.withUnsafeBufferPointer { ClaimPatterns.shared.scan($0) }
        return allCases.enumerated().filter { found & (1 << $0.offset) != 0 }.map(\.element)
    }

    /// The claims of several texts (claim columns, a card's benefits, the name), read in one pass as one
    /// text: a catalog row's claims are read once, where the row is read, and never joined and re-read.
    public static func readOnce(from texts: [String]) -> Set<Claim> {
        Set(claims(in: texts.joined(separator: " \n ")))
    }

    /// The claim that `text` is as a whole (`Sans Parfum`, `Dermatologically tested.`, `100% Vegan`),
    /// or nil: for telling a claim printed among ingredients from an ingredient.
    public static func claim(ofWholeText text: String) -> Claim? {
        var key = text.lowercased()
        while let last = key.unicodeScalars.last, edgeScalars.contains(last) { key.unicodeScalars.removeLast() }
        while let first = key.unicodeScalars.first, edgeScalars.contains(first) { key.unicodeScalars.removeFirst() }
        if key.hasPrefix("100% ") { key.removeFirst(5) }
        key = key.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
        if let claim = wholePhrases[key] { return claim }
        // "Free of parabens", "Ohne Duftstoffe": a lead and one free-of word.
        for lead in freeOfLeads where key.hasPrefix(lead) {
            let rest = String(key.dropFirst(lead.count))
            if let claim = freeOfWords.first(where: { $0.words.contains(rest) })?.claim { return claim }
        }
        return nil
    }

    /// Whether `text` as a whole says that something is absent, whatever it is free of: a free-from lead and
    /// one to four words (`no titanium dioxide`, `free from aspartame`, `sans colorant`), or a free-from
    /// suffix (`nitrite-free`, `Parabeenvrij`, `konservierungsmittelfrei`, `parfymfri`). No INCI name starts
    /// or ends so (CosIng has none): among ingredients such an item is a claim the label makes, not one more
    /// ingredient, even when the vocabulary has no slug for what it is free of.
    public static func isFreeFromStatement(_ text: String) -> Bool {
        var key = text.lowercased()
        while let last = key.unicodeScalars.last, edgeScalars.contains(last) { key.unicodeScalars.removeLast() }
        while let first = key.unicodeScalars.first, edgeScalars.contains(first) { key.unicodeScalars.removeFirst() }
        let words = key.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        guard (2...6).contains(words.count) || words.count == 1 && key.count >= 7 else { return false }
        key = words.joined(separator: " ")
        // A name's number or strength is never part of a free-from claim (`No. 5`, `Yellow No 6`).
        guard !key.contains(where: \.isNumber) || key.hasPrefix("0%") else { return false }
        for lead in freeOfLeads + wholeItemLeads where key.hasPrefix(lead) {
            let rest = key.dropFirst(lead.count).split(separator: " ")
            if (1...4).contains(rest.count), rest[0].first?.isLetter == true { return true }
        }
        guard let last = words.last, words.count <= 4 else { return false }
        // `Paraben Free`, `Alcohol frei`: the suffix as a word of its own after what is absent.
        if words.count >= 2, freeFromWords.contains(String(last)) { return true }
        // `nitrite-free`; a compound (`silikonfrei`) needs a stem of four letters or more.
        return freeFromWords.contains { word in
            last.hasSuffix("-" + word) && last.count > word.count + 2
                || last.hasSuffix(word) && last.count >= word.count + 4
        }
    }

    /// Leads that start a whole item as a free-from claim, besides `freeOfLeads` (which also start a run of
    /// them inside a sentence): `No titanium dioxide`, `0% alcohol`.
    private static let wholeItemLeads = ["no ", "0% ", "zero "]

    /// The words that end a free-from claim, alone or in a compound: `Paraben Free`, `nitrite-free`,
    /// `silikonfrei`, `parabeenvrij`, `parfymfri`.
    private static let freeFromWords = ["free", "frei", "vrij", "fri"]

    private static let edgeScalars: Set<Unicode.Scalar> = [
        " ", ".", ",", ";", ":", "!", "*", "#", "-", "•", "(", ")", "[", "]", "\n",
    ]

    private static let wholePhrases: [String: Claim] = {
        var table: [String: Claim] = [:]
        for claim in allCases { for phrase in claim.phrases where table[phrase] == nil { table[phrase] = claim } }
        return table
    }()
}

/// `Claim`'s phrases and "free of" leads compiled for the one-pass scan.
private struct ClaimPatterns: Sendable {
    static let shared = ClaimPatterns()

    /// One phrase or lead: its bytes in `bytes`, its claim's bit (leads have none) and whether a word
    /// byte may follow it.
    struct Pattern: Sendable {
        var offset: Int
        var count: Int
        var claimBit: UInt32
        var checksEnd: Bool
        var isLead: Bool
        var isOilFree: Bool
    }

    /// Every pattern's bytes, one after another.
    let bytes: [UInt8]
    /// Patterns sorted by first byte; `buckets[b]` is the range of those starting with byte `b`.
    let patterns: [Pattern]
    let buckets: [Range<Int>]
    /// Whether patterns starting with byte `b` must start a word. Phrases in scripts written without
    /// spaces (Hangul, kana, Han: lead bytes from 0xE1) match inside longer words; leads always start one.
    let startsWord: [Bool]

    private init() {
        var all: [(first: UInt8, pattern: Pattern)] = []
        var bytes: [UInt8] = []
        func add(_ text: String, claim: Claim?) {
            let utf8 = Array(text.utf8)
            let last = utf8[utf8.count - 1]
            let bit = claim.map(Self.bit) ?? 0
            all.append(
                (
                    utf8[0],
                    Pattern(
                        offset: bytes.count, count: utf8.count, claimBit: bit,
                        checksEnd: claim != nil && Self.needsBoundary(last) && Self.isWordByte(last),
                        isLead: claim == nil, isOilFree: claim == .oilFree)
                ))
            bytes += utf8
        }
        for claim in Claim.allCases { for phrase in claim.phrases { add(phrase, claim: claim) } }
        for lead in Claim.freeOfLeads { add(lead, claim: nil) }
        // A stable sort keeps vocabulary order inside a bucket (it does not change what is found).
        let sorted = all.enumerated().sorted { ($0.element.first, $0.offset) < ($1.element.first, $1.offset) }.map(
            \.element)
        var buckets = [Range<Int>](repeating: 0..<0, count: 256)
        var startsWord = [Bool](repeating: false, count: 256)
        var index = 0
        while index < sorted.count {
            let first = sorted[index].first
            var end = index
            while end < sorted.count, sorted[end].first == first { end += 1 }
            buckets[Int(first)] = index..<end
            // Leads start a word whatever their script; a phrase must when its first byte is a word byte
            // of a spaced script. (No first byte begins both a lead and a phrase of the other kind.)
            startsWord[Int(first)] = sorted[index..<end].contains {
                $0.pattern.isLead || (Self.needsBoundary(first) && Self.isWordByte(first))
            }
            index = end
        }
        self.bytes = bytes
        self.patterns = sorted.map(\.pattern)
        self.buckets = buckets
        self.startsWord = startsWord
    }

    /// A letter or digit byte, or any byte of a non-ASCII scalar (letters of other scripts).
    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }

    /// Phrases in scripts written without spaces (Hangul, kana, Han) match inside longer words.
    static func needsBoundary(_ byte: UInt8) -> Bool { byte < 0xE1 }

    private static func bit(_ claim: Claim) -> UInt32 { UInt32(1) << UInt32(Claim.allCases.firstIndex(of: claim)!) }

    private static let freeOfWords: [(bit: UInt32, words: [String])] = Claim.freeOfWords.map {
        (bit($0.claim), $0.words)
    }

    private static let negators: [[UInt8]] = ["mineral ", "essential ", "mineral-"].map { Array($0.utf8) }

    /// The claims in lower-cased `text`, one bit per claim in `Claim.allCases` order.
    func scan(_ text: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var found: UInt32 = 0
        var previousIsWord = false
        bytes.withUnsafeBufferPointer { phraseBytes in
            for start in 0..<text.count {
                let byte = text[start]
                defer { previousIsWord = Self.isWordByte(byte) }
                let bucket = buckets[Int(byte)]
                guard !bucket.isEmpty, !(previousIsWord && startsWord[Int(byte)]) else { continue }
                for index in bucket {
                    let pattern = patterns[index]
                    guard found & pattern.claimBit == 0 || pattern.isLead, start + pattern.count <= text.count,
                        Self.equal(text, at: start, phraseBytes, pattern)
                    else { continue }
                    let end = start + pattern.count
                    if pattern.isLead {
                        found |= Self.freeOfClaims(text, after: end)
                        continue
                    }
                    if pattern.checksEnd, end < text.count, Self.isWordByte(text[end]) { continue }
                    // "oil-free" does not count inside "mineral oil-free" or "essential oil free".
                    if pattern.isOilFree,
                        Self.negators.contains(where: {
                            start >= $0.count && Self.equal(text, at: start - $0.count, $0)
                        })
                    {
                        continue
                    }
                    found |= pattern.claimBit
                }
            }
        }
        return found
    }

    private static func equal(
        _ text: UnsafeBufferPointer<UInt8>, at start: Int, _ phrases: UnsafeBufferPointer<UInt8>, _ pattern: Pattern
    ) -> Bool {
        var offset = 1
        while offset < pattern.count {
            if text[start + offset] != phrases[pattern.offset + offset] { return false }
            offset += 1
        }
        return true
    }

    private static func equal(_ text: UnsafeBufferPointer<UInt8>, at start: Int, _ word: [UInt8]) -> Bool {
        word.indices.allSatisfy { text[start + $0] == word[$0] }
    }

    /// "Free of parabens, sulfates and phthalates", "ohne Parfum und Farbstoffe": the clause after a lead.
    private static func freeOfClaims(_ text: UnsafeBufferPointer<UInt8>, after leadEnd: Int) -> UInt32 {
        var found: UInt32 = 0
        let tail = String(decoding: UnsafeBufferPointer(rebasing: text[leadEnd...]).prefix(200), as: UTF8.self)
        let clause = tail.prefix(while: { $0 != "." && $0 != "\n" && $0 != ";" && $0 != "!" && $0 != ":" })
        var items = [String(clause)]
        for separator in [",", "/", "&"] + Claim.connectives {
            items = items.flatMap { $0.components(separatedBy: separator) }
        }
        for item in items.map({ $0.trimmingWhitespace() }) {
            let bare =
                item.hasPrefix("added ") || item.hasPrefix("artificial ") || item.hasPrefix("synthetic ")
                ? String(item.drop(while: { $0 != " " }).dropFirst()) : item
            for (bit, words) in freeOfWords where words.contains(item) || words.contains(bare) { found |= bit }
        }
        return found
    }
}
