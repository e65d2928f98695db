import Foundation
import INCICore
import INCIDictionaryData
import INCITestSupport
import Testing

/// What a user installing inci meets: the version line, completions, and the files a repository
/// using inci in CI relies on (licence, changelog, action, pre-commit hook).
@Suite struct DistributionTests {
    @Test func versionNamesTheEmbeddedDictionary() throws {
        let result = try CLIRunner.run(["--version"])
        #expect(result.status == 0)
        let dictionary = EmbeddedDictionary.shared
        let fingerprint = DictionaryFingerprint.of(EmbeddedDictionary.files)
        #expect(fingerprint.count == 12)
        #expect(result.stdout.contains("dictionary \(fingerprint)"), "\(result.stdout)")
        #expect(result.stdout.contains("\(dictionary.ingredients.count) ingredients"), "\(result.stdout)")
        #expect(result.stdout.contains("\(dictionary.keys.count) names"), "\(result.stdout)")
        // The version follows the data: one changed byte changes it.
        var files = EmbeddedDictionary.files
        files[0] = DictionaryFile(path: files[0].path, text: files[0].text + " ")
        #expect(DictionaryFingerprint.of(files) != fingerprint)
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionsOfferSkinAndProductTypes(shell: String) throws {
        let result = try CLIRunner.run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        for value in SkinType.allCases.map(\.rawValue) + ProductType.allCases.map(\.rawValue) {
            #expect(result.stdout.contains(value), "\(shell) completions lack \(value)")
        }
        #expect(result.stdout.contains("sarif"), "--format values")
    }

    @Test func repositoryFilesForUsersAreThere() throws {
        let root = SharedData.packageRoot
        let license = try String(contentsOf: root.appending(path: "LICENSE"), encoding: .utf8)
        #expect(license.contains("Apache License") && license.contains("Version 2.0"))
        let changelog = try String(contentsOf: root.appending(path: "CHANGELOG.md"), encoding: .utf8)
        #expect(changelog.contains("## Unreleased"))
        let action = try String(contentsOf: root.appending(path: "action.yml"), encoding: .utf8)
        #expect(action.contains("inci\" check") || action.contains("inci check"))
        #expect(action.contains("upload-sarif"))
        let hooks = try String(contentsOf: root.appending(path: ".pre-commit-hooks.yaml"), encoding: .utf8)
        #expect(hooks.contains("id: inci-check"))
        let readme = try String(contentsOf: root.appending(path: "README.md"), encoding: .utf8)
        #expect(readme.contains("libxml2-dev"))
        #expect(readme.contains("--generate-completion-script"))
    }
}
