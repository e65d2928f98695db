/// Finds `Claim`s in printed text: every phrase as whole words, and "free of X, Y and Z" constructions.
///
/// Works on lower-cased UTF-8 bytes with the phrases bucketed by first byte, so one pass over a page's
/// text finds them all (a pass per phrase was most of a page card's time on large pages).
extension Claim {
    /// The claims made in `text`, in vocabulary order.
    public static func claims(in text: String) -> [Claim] {
        let lower = Array(text.lowercased().utf8)
        var found = phraseClaims(in: lower)
        found.formUnion(freeOfClaims(in: lower))
        return allCases.filter(found.contains)
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

    private static let edgeScalars: Set<Unicode.Scalar> = [" ", ".", ",", ";", ":", "!", "*", "#", "-", "•", "(", ")", "[", "]", "\n"]

    private static let wholePhrases: [String: Claim] = {
        var table: [String: Claim] = [:]
        for claim in allCases { for phrase in claim.phrases where table[phrase] == nil { table[phrase] = claim } }
        return table
    }()

    /// Every phrase with its claim, bucketed by first byte.
    private static let phrasesByFirstByte: [[(claim: Claim, phrase: [UInt8])]] = {
        var table = [[(claim: Claim, phrase: [UInt8])]](repeating: [], count: 256)
        for claim in allCases {
            for phrase in claim.phrases.map({ Array($0.utf8) }) { table[Int(phrase[0])].append((claim, phrase)) }
        }
        return table
    }()

    /// A letter or digit byte, or any byte of a non-ASCII scalar (letters of other scripts).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }

    /// Phrases in scripts written without spaces (Hangul, kana, Han) match inside longer words.
    private static func needsBoundary(_ byte: UInt8) -> Bool { byte < 0xE1 }

    private static func phraseClaims(in text: [UInt8]) -> Set<Claim> {
        var found: Set<Claim> = []
        for start in text.indices {
            let bucket = phrasesByFirstByte[Int(text[start])]
            guard !bucket.isEmpty else { continue }
            for (claim, phrase) in bucket where !found.contains(claim) && start + phrase.count <= text.count {
                guard text[start..<(start + phrase.count)].elementsEqual(phrase) else { continue }
                if needsBoundary(phrase[0]), start > 0, isWordByte(text[start - 1]), isWordByte(phrase[0]) { continue }
                let end = start + phrase.count
                if needsBoundary(phrase[phrase.count - 1]), end < text.count, isWordByte(text[end]), isWordByte(phrase[phrase.count - 1]) { continue }
                // "oil-free" does not count inside "mineral oil-free" or "essential oil free".
                if claim == .oilFree, negators.contains(where: { start >= $0.count && text[(start - $0.count)..<start].elementsEqual($0) }) { continue }
                found.insert(claim)
            }
        }
        return found
    }

    private static let negators: [[UInt8]] = ["mineral ", "essential ", "mineral-"].map { Array($0.utf8) }
    private static let leadBytes: [[UInt8]] = freeOfLeads.map { Array($0.utf8) }

    /// "Free of parabens, sulfates and phthalates", "ohne Parfum und Farbstoffe".
    private static func freeOfClaims(in text: [UInt8]) -> Set<Claim> {
        var found: Set<Claim> = []
        for lead in leadBytes {
            var start = 0
            while start + lead.count <= text.count {
                defer { start += 1 }
                guard text[start] == lead[0], text[start..<(start + lead.count)].elementsEqual(lead) else { continue }
                if start > 0, isWordByte(text[start - 1]) { continue }
                let tail = String(decoding: text[(start + lead.count)...].prefix(200), as: UTF8.self)
                let clause = tail.prefix(while: { $0 != "." && $0 != "\n" && $0 != ";" && $0 != "!" && $0 != ":" })
                var items = [String(clause)]
                for separator in [",", "/", "&"] + connectives {
                    items = items.flatMap { $0.components(separatedBy: separator) }
                }
                for item in items.map({ $0.trimmingWhitespace() }) {
                    let bare = item.hasPrefix("added ") || item.hasPrefix("artificial ") || item.hasPrefix("synthetic ")
                        ? String(item.drop(while: { $0 != " " }).dropFirst()) : item
                    for (claim, words) in freeOfWords where words.contains(item) || words.contains(bare) { found.insert(claim) }
                }
            }
        }
        return found
    }
}
