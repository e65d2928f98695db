import Foundation
import INCICore
import INCIDictionaryData
import INCIHTML
import Testing

@testable import INCIBatch

/// `inci analyze -f FILE` and standard input: what is not a plain list is read as what it is.
@Suite struct LabelSourceTests {
    static let extractor = PageExtractor(analyzer: IngredientAnalyzer(dictionary: EmbeddedDictionary.shared))
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Fixtures")

    func names(_ source: LabelSource) throws -> [String] {
        try IngredientAnalyzer(dictionary: EmbeddedDictionary.shared).analyze(source.text).ingredients.map(\.name)
    }

    @Test func aPlainListIsItself() throws {
        let source = try LabelSource.make(
            Array("Water, Glycerin, Niacinamide".utf8), name: "label.txt", extractor: Self.extractor)
        #expect(source.text == "Water, Glycerin, Niacinamide")
        #expect(source.warnings.isEmpty)
    }

    @Test func aSavedPageIsReadAsScanReadsIt() throws {
        // A real shop page (a faithful reduction, see Fixtures/pages/README.md) and its expected list.
        let path = Self.fixtures.appending(path: "pages/notino-de-cerave-moisturising-lotion-spf50.html").path
        let source = try LabelSource.read(path: path, extractor: Self.extractor)
        let names = try names(source)
        #expect(names.count == 40, "\(names)")
        #expect(names.prefix(3) == ["Water", "Glycerin", "Isopropyl Palmitate"])
        #expect(names.last == "PEG-100 Stearate")
    }

    @Test func aPageWithoutAListIsAnErrorNamingIt() throws {
        let page = Array(
            "<!DOCTYPE html><html><body><nav><a href='/'>Home</a></nav><p>Free shipping over 50 €.</p></body></html>"
                .utf8)
        #expect {
            try LabelSource.make(page, name: "page.html", extractor: Self.extractor)
        } throws: { error in
            "\(error)" == "page.html: no ingredient list found"
        }
    }

    @Test func textThatMentionsAngleBracketsIsNoPage() {
        #expect(!LabelSource.isMarkup("Water, Glycerin, Salicylic Acid <2%, Parfum"))
        #expect(!LabelSource.isMarkup("<1% Fragrance, Water, Glycerin"))
        #expect(LabelSource.isMarkup("  <html><body><p>Water</p></body></html>"))
        #expect(LabelSource.isMarkup("<div class=\"ingredients\"><b>Ingredients:</b> Water, Glycerin</div>"))
    }

    @Test func aJSONArrayOfNamesIsAList() throws {
        let source = try LabelSource.make(
            Array(#"["Water", "1,2-Hexanediol", "Glyc\u00e9rine", "Sodium Hyaluronate"]"#.utf8),
            name: "list.json", extractor: Self.extractor)
        #expect(try names(source) == ["Water", "1,2-Hexanediol", "Glycerin", "Sodium Hyaluronate"])
        // A Python-style list, as catalogs store them.
        let python = try LabelSource.make(
            Array("['Water', 'Glycerin']".utf8), name: "<stdin>", extractor: Self.extractor)
        #expect(try names(python) == ["Water", "Glycerin"])
    }

    @Test func latin1IsDecodedWithAWarningNotReplacementCharacters() throws {
        // "Aqua, Glycérine, Extrait de Camomille, Parfum – Crème" saved in Windows-1252.
        var bytes =
            Array("Aqua, Glyc".utf8) + [0xE9] + Array("rine, Parfum ".utf8) + [0x96] + Array(" Cr".utf8) + [0xE8]
            + Array("me".utf8)
        let source = try LabelSource.make(bytes, name: "label.txt", extractor: Self.extractor)
        #expect(source.text == "Aqua, Glycérine, Parfum – Crème")
        #expect(!source.text.contains("\u{FFFD}"))
        #expect(source.warnings == ["label.txt: not UTF-8; read as Windows-1252 (Latin-1)"])
        // Binary data is not text in any encoding: left for the tokenizer to refuse.
        bytes = [0x00, 0x01, 0xFF, 0xFE, 0x00, 0x9C, 0x88]
        #expect(try LabelSource.make(bytes, name: "x.bin", extractor: Self.extractor).warnings.isEmpty)
    }

    @Test func aDirectoryIsAClearError() throws {
        let tree = try InputWalkerTests.Tree()
        #expect {
            try LabelSource.read(path: tree.path, extractor: Self.extractor)
        } throws: { error in
            "\(error)" == "cannot read '\(tree.path)': it is a directory"
        }
        #expect {
            try LabelSource.read(path: tree.path + "/none.txt", extractor: Self.extractor)
        } throws: { error in
            "\(error)" == "cannot read '\(tree.path)/none.txt': no such file or folder"
        }
    }
}
