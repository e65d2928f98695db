import Foundation
import FuzzSupport
import INCICheck
import INCICore

/// Arbitrary bytes as an `.inci.yml` policy: `PolicyLoader.parse` (Yams/libyaml, then key validation)
/// with the project dictionary's families, as `inci check --policy` loads it. The result must be a
/// policy within the documented ranges, or a `PolicyError` naming the file and a line in 1…(lines in
/// the text); a policy then checks a fixed product, so every setting it accepted is one the checker runs with.
enum PolicyLoaderTarget {
    static let dictionary = DictionaryLoader.load(files: ProjectFiles.dictionaryFiles("Dictionaries")).dictionary
    static let families = Set(dictionary.families.keys)
    static let product = CatalogProduct(
        file: "catalog.csv", line: 2, name: "Fragrance-Free Pore Serum", ingredientsColumn: "Ingredients",
        ingredients: "Water, Niacinamide 10%, Isopropyl Myristate, Alcohol Denat., Methylparaben, Parfum, Niacinimide",
        claims: [.fragranceFree, .parabenFree, .nonComedogenic], claimedSkinTypes: [.oily, .sensitive])

    /// What YAML counts as a line break (LF, CR, CRLF, NEL, LS, PS): a reported line lies in 1…(breaks + 1).
    static let yamlBreaks: Set<Character> = ["\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}"]

    static func run(_ bytes: UnsafeRawBufferPointer) {
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.reduce(1) { yamlBreaks.contains($1) ? $0 + 1 : $0 }
        let policy: CheckPolicy
        do {
            policy = try PolicyLoader.parse(
                text, file: ".inci.yml", baseDirectory: URL(fileURLWithPath: "/policy"), knownFamilies: families)
        } catch {
            FuzzDriver.require(error.file == ".inci.yml", "error names \(error.file)")
            FuzzDriver.require(
                error.line.map { (1...lines).contains($0) } ?? false,
                "error without a line in 1…\(lines): \(String(describing: error.line)): \(error.message)")
            return
        }
        FuzzDriver.require((0...1).contains(policy.unknownThreshold), "threshold \(policy.unknownThreshold)")
        FuzzDriver.require((0...100).contains(policy.minimumScore), "minimum \(policy.minimumScore)")
        FuzzDriver.require((0...5).contains(policy.comedogenicRating), "rating \(policy.comedogenicRating)")
        FuzzDriver.require(policy.forbiddenFamilies.allSatisfy(families.contains), "unknown family accepted")
        for finding in CatalogChecker(policy: policy, dictionary: dictionary).check(product) {
            let setting = policy.setting(finding.rule)
            FuzzDriver.require(
                setting.enabled && setting.severity == finding.severity,
                "finding \(finding.rule) against its setting \(setting)")
        }
    }
}

#if FUZZING
    /// libFuzzer's entry point (see FuzzTokenizer/main.swift).
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        PolicyLoaderTarget.run(UnsafeRawBufferPointer(start: data, count: size))
        return 0
    }
#endif

FuzzDriver.main(PolicyLoaderTarget.run)
