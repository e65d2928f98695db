import Foundation
import INCICheck
import INCIDictionaryData
import INCITestSupport
import Testing

/// Replays `Fuzz/Regressions/FuzzPolicyLoader/` the way that target runs an input: `PolicyLoader.parse`
/// must return a policy or an error with a line inside the text (lines as YAML counts them), within the time limit.
@Suite struct PolicyFuzzRegressionTests {
    @Test func policyLoaderInputs() throws {
        let families = Set(EmbeddedDictionary.shared.families.keys)
        for url in FuzzRegressions.inputs("FuzzPolicyLoader") {
            let name = url.lastPathComponent
            let data = try Data(contentsOf: url)
            let text = String(decoding: data, as: UTF8.self)
            let lines = text.reduce(1) {
                ["\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}"].contains($1) ? $0 + 1 : $0
            }
            let hang = HangGuard(name)
            do {
                _ = try PolicyLoader.parse(text, file: name, knownFamilies: families)
            } catch {
                #expect(error.line.map { (1...lines).contains($0) } ?? false, "\(name): \(error)")
            }
            let verdict = hang.verdict()
            #expect(verdict.withinBudget, "\(verdict)")
        }
    }
}
