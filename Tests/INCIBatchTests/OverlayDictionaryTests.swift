import Foundation
import INCIBatch
import INCICore
import INCIDictionaryData
import Testing

/// The CosIng overlay is read from its compiled copy after the first load, and only while the copy was
/// made from this overlay and this base dictionary.
@Suite struct OverlayDictionaryTests {
    static let overlay = """
        # test overlay
        Zingiberone Testoleate
          role: emollient
          sources: cosing

        """

    func load(_ path: String, fingerprint: String = EmbeddedDictionary.fingerprint) throws -> OverlayDictionary.Loaded {
        try OverlayDictionary.load(base: EmbeddedDictionary.files, fingerprint: fingerprint, overlayPath: path)
    }

    @Test func theSecondLoadReadsTheCompiledCopyAndKnowsTheSameNames() throws {
        let tree = try InputWalkerTests.Tree()
        try tree.file("cosing-overlay.txt", Self.overlay)
        let path = tree.path + "/cosing-overlay.txt"
        let first = try load(path)
        #expect(!first.fromCompiledCopy)
        #expect(FileManager.default.fileExists(atPath: OverlayDictionary.compiledPath(of: path)))
        let second = try load(path)
        #expect(second.fromCompiledCopy)
        for dictionary in [first.dictionary, second.dictionary] {
            #expect(dictionary.ingredient(named: "ZINGIBERONE TESTOLEATE")?.roles == ["emollient"])
            #expect(dictionary.ingredient(named: "Niacinamide") != nil)
        }
    }

    @Test func aCopyOfAnotherOverlayOrBaseOrADamagedCopyIsRebuilt() throws {
        let tree = try InputWalkerTests.Tree()
        try tree.file("cosing-overlay.txt", Self.overlay)
        let path = tree.path + "/cosing-overlay.txt"
        _ = try load(path)
        #expect(try !load(path, fingerprint: "000000000000").fromCompiledCopy, "another binary's dictionary")
        try tree.file("cosing-overlay.txt", Self.overlay + "Quillaja Testamide\n  sources: cosing\n")
        let edited = try load(path)
        #expect(!edited.fromCompiledCopy)
        #expect(edited.dictionary.ingredient(named: "Quillaja Testamide") != nil)
        try "inci-overlay-cache 1 garbage".write(
            toFile: OverlayDictionary.compiledPath(of: path), atomically: true, encoding: .utf8)
        let repaired = try load(path)
        #expect(!repaired.fromCompiledCopy && repaired.dictionary.ingredient(named: "Quillaja Testamide") != nil)
        #expect(try load(path).fromCompiledCopy)
    }

    @Test func aMissingOverlayIsAnInputError() {
        #expect(throws: InputError.missing(path: "/nonexistent/cosing-overlay.txt")) {
            try load("/nonexistent/cosing-overlay.txt")
        }
    }
}
