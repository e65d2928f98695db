import INCICheck
import Testing

/// What FuzzPolicyLoader and the hand-made hostile policies found (see `Fuzz/README.md`).
@Suite struct PolicyLoaderFuzzFindingsTests {
    func error(_ text: String) -> PolicyError? {
        do {
            _ = try PolicyLoader.parse(text, file: ".inci.yml", knownFamilies: ["paraben"])
            return nil
        } catch { return error }
    }

    /// libyaml's reader errors (a control character, a UTF-16 byte-order mark) carry an offset, not a
    /// mark; the error had no line.
    @Test func readerErrorsHaveTheirLine() {
        #expect(error("fail-on: error\nrules:\n  x: \u{01}\n")?.line == 3)
        #expect(error("fail-on: error\r\nrules: \u{01}\n")?.line == 2)
    }

    /// An error found at the end of the text (an unfinished key) was reported on the line after the last.
    @Test func errorsAtTheEndAreOnTheLastLine() {
        #expect(error("fail-on: error\nrules")?.line == 2)
        #expect(error("fail-on: error\nrules\n")?.line.map { $0 <= 3 } == true)
    }

    /// Nested aliases used as a mapping key made Yams hash an exponentially large key (a 10-second
    /// timeout for 600 bytes); anchors are refused before Yams runs, on the alias's line.
    @Test func aliasesOfAnchorsAreRefusedQuickly() {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...8 {
            lines.append(
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        lines.append("rules: {? *a8 : 1}")
        let refused = error(lines.joined(separator: "\n"))
        #expect(refused?.line == 2, "\(String(describing: refused))")
        #expect(refused?.message.contains("anchors and aliases") == true)
        #expect(error("columns: { name: Price *USD }\n") == nil, "an asterisk in a value is text")
    }
}
