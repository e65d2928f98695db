import Foundation

/// Finds lists in page state written as JavaScript rather than JSON: `window.__INITIAL_STATE__ = {…}`,
/// Nuxt 2's `window.__NUXT__=(function(a,b){return {…}}(…))`, Next.js' streamed
/// `self.__next_f.push([1,"…"])`. Such scripts are code, not data, and are not parsed: a string written
/// right after an ingredient key (`"ingredients":"…"`, `ingredients:'…'`, or inside a string,
/// `\"ingredients\":\"…\"`) is decoded and proposed.
///
/// The extractor reads these only when the page's text and data scripts hold no list, and keeps what
/// they give only when it is one product: an app's state also carries other products (a category page's
/// tiles), and what the page shows comes first. The scripts are read from the page's bytes (the tree does
/// not keep the text of code), so a page pays for this scan only when it has no list.
struct ScriptStateCandidateFinder {
    /// The page, UTF-8.
    let bytes: [UInt8]

    /// Longer scripts are bundles, not state worth the scan.
    static let maxBytes = 8 * 1024 * 1024

    func candidates() -> [IngredientCandidate] {
        var result: [IngredientCandidate] = []
        var seen: Set<String> = []
        for script in Self.codeScripts(in: bytes) where script.count <= Self.maxBytes {
            let hasKey = bytes.withUnsafeBufferPointer {
                ByteSearch.containsAny(Self.keyNeedles, inFolded: UnsafeBufferPointer(rebasing: $0[script]))
            }
            guard hasKey else { continue }
            for value in Self.values(in: Array(bytes[script])) where seen.insert(value).inserted {
                let text = JSONCandidateFinder.plainText(value)
                guard text.count >= 3, text.count <= IngredientCandidate.maxLength else { continue }
                result.append(
                    IngredientCandidate(text: text, strategy: .scriptState, variant: nil, order: script.lowerBound))
            }
        }
        return result
    }

    /// The bodies of the `<script>` elements that hold code: not data scripts (a type naming JSON, read
    /// as data already), not external ones. One pass over the page.
    static func codeScripts(in page: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = 0
        while let open = tag(Self.scriptOpen, in: page, from: index) {
            guard let tagEnd = page[open...].firstIndex(of: UInt8(ascii: ">")) else { break }
            let close = tag(Self.scriptClose, in: page, from: tagEnd) ?? page.count
            let attributes = ByteSearch.asciiLowercased(String(decoding: page[open..<tagEnd], as: UTF8.self))
            if ByteSearch.first(Array("json".utf8), in: attributes) == nil
                && ByteSearch.first(Array("src".utf8), in: attributes) == nil
            {
                result.append((tagEnd + 1)..<close)
            }
            index = close
        }
        return result
    }

    private static let scriptOpen = Array("<script".utf8)
    private static let scriptClose = Array("</script".utf8)

    /// Where `name` (lower-case ASCII) starts at or after `from`, compared without case.
    private static func tag(_ name: [UInt8], in page: [UInt8], from: Int) -> Int? {
        var index = from
        while let open = page[index...].firstIndex(of: UInt8(ascii: "<")) {
            guard open + name.count <= page.count else { return nil }
            if (1..<name.count).allSatisfy({ ByteSearch.fold(page[open + $0]) == name[$0] }) { return open }
            index = open + 1
        }
        return nil
    }

    /// The first letters every ingredient key starts with (`JSONCandidateFinder.isIngredientKey`).
    static let keyNeedles = ByteSearch.NeedleSet(["ingr", "inci", "inhaltsstoffe"])

    /// The string values written after ingredient keys in `script`, decoded.
    static func values(in script: [UInt8]) -> [String] {
        var result: [String] = []
        var index = 0
        // Every ingredient key's letters hold an "i" (`isIngredientKey`), and a key's "i" is an "i", an "I"
        // or the "İ" (C4 B0) that lower-cases to one: only the words around those bytes are read.
        var next = Self.nextLetterI(in: script, from: 0)
        while let found = next {
            var start = found
            while start > index, isKeyByte(script[start - 1]) { start -= 1 }
            var end = found
            while end < script.count, isKeyByte(script[end]) { end += 1 }
            index = end
            next = Self.nextLetterI(in: script, from: end)
            // Most words of a script hold no label word: rejected on their bytes, as `isIngredientKey` would.
            guard end - start <= 40,
                script.withUnsafeBufferPointer({
                    ByteSearch.containsAny(
                        HeadingCandidateFinder.labelNeedles, inFolded: UnsafeBufferPointer(rebasing: $0[start..<end]))
                }),
                JSONCandidateFinder.isIngredientKey(String(decoding: script[start..<end], as: UTF8.self)),
                let (level, valueStart) = valueStart(in: script, afterKey: end),
                let value = stringValue(in: script, from: valueStart, level: level)
            else { continue }
            result.append(value)
        }
        return result
    }

    /// The first "i", "I" or lead byte of "İ" at or after `from`.
    private static func nextLetterI(in script: [UInt8], from: Int) -> Int? {
        guard from < script.count else { return nil }
        return script.withUnsafeBufferPointer { buffer -> Int? in
            let base = buffer.baseAddress!
            var best: Int?
            for byte: UInt8 in [0x69, 0x49, 0xC4] {
                let limit = (best ?? script.count) - from
                guard limit > 0, let hit = memchr(base + from, Int32(byte), limit) else { continue }
                best = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            return best
        }
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        ByteSearch.isWordByte(byte) || byte == UInt8(ascii: "$")
    }

    /// After a key: its closing quote (none, `"`, `'` or `\"`), a colon and the opening quote of a string.
    /// Returns the escaping level of the string (0 in code, 1 inside a string) and where its text starts.
    private static func valueStart(in script: [UInt8], afterKey end: Int) -> (Int, Int)? {
        var index = end
        var level = 0
        if index + 1 < script.count, script[index] == backslash, script[index + 1] == quote {
            level = 1
            index += 2
        } else if index < script.count, script[index] == quote || script[index] == apostrophe {
            index += 1
        }
        while index < script.count, script[index] == space { index += 1 }
        guard index < script.count, script[index] == colon else { return nil }
        index += 1
        while index < script.count, script[index] == space { index += 1 }
        if level == 1 {
            guard index + 1 < script.count, script[index] == backslash, script[index + 1] == quote else { return nil }
            return (1, index + 2)
        }
        guard index < script.count, script[index] == quote || script[index] == apostrophe else { return nil }
        return (0, index + 1)
    }

    /// The string from `start` to its closing quote, with its escapes decoded (twice inside a string).
    private static func stringValue(in script: [UInt8], from start: Int, level: Int) -> String? {
        let opening = level == 0 ? script[start - 1] : quote
        var index = start
        var backslashes = 0
        while index < script.count {
            let byte = script[index]
            if byte == backslash {
                backslashes += 1
            } else {
                // The closing quote: preceded by no escape in code, by the one escape of the outer string inside one.
                if byte == opening, (level == 0 && backslashes % 2 == 0) || (level == 1 && backslashes % 4 == 1) {
                    let end = level == 0 ? index : index - 1
                    var raw = Array(script[start..<end])
                    for _ in 0...level { raw = unescaped(raw) }
                    return String(decoding: raw, as: UTF8.self)
                }
                if byte == newline { return nil }
                backslashes = 0
            }
            index += 1
        }
        return nil
    }

    /// One level of JavaScript string escapes decoded: `\n`, `\t`, `\"`, `\'`, `\\`, `\/`, `\uXXXX` (with
    /// surrogate pairs) and `\xXX`.
    static func unescaped(_ raw: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var index = 0
        var pendingHigh: UInt32?
        func append(_ scalar: UInt32) {
            if let value = Unicode.Scalar(scalar) { out += Array(String(Character(value)).utf8) }
        }
        while index < raw.count {
            let byte = raw[index]
            guard byte == backslash, index + 1 < raw.count else {
                out.append(byte)
                index += 1
                continue
            }
            let next = raw[index + 1]
            index += 2
            switch next {
            case UInt8(ascii: "n"), UInt8(ascii: "r"): out.append(newline)
            case UInt8(ascii: "t"): out.append(space)
            case UInt8(ascii: "u"), UInt8(ascii: "x"):
                let digits = next == UInt8(ascii: "u") ? 4 : 2
                guard index + digits <= raw.count,
                    let value = UInt32(String(decoding: raw[index..<(index + digits)], as: UTF8.self), radix: 16)
                else { continue }
                index += digits
                if (0xD800...0xDBFF).contains(value) {
                    pendingHigh = value
                } else if (0xDC00...0xDFFF).contains(value), let high = pendingHigh {
                    append(0x10000 + ((high - 0xD800) << 10) + (value - 0xDC00))
                    pendingHigh = nil
                } else {
                    append(value)
                }
            default: out.append(next)
            }
        }
        return out
    }

    private static let backslash = UInt8(ascii: "\\")
    private static let quote = UInt8(ascii: "\"")
    private static let apostrophe = UInt8(ascii: "'")
    private static let colon = UInt8(ascii: ":")
    private static let space = UInt8(ascii: " ")
    private static let newline = UInt8(ascii: "\n")
}
