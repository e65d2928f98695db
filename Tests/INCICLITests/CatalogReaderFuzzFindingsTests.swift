import Foundation
import INCICatalog
import INCITestSupport
import Testing

/// What FuzzCatalogReader found in the CSV reader (see `Fuzz/README.md`, "What was found and fixed").
@Suite struct CatalogReaderFuzzFindingsTests {
    func read(_ bytes: [UInt8]) throws -> (records: [CatalogRecord], error: CatalogReadError?) {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "catalog.csv")
        try Data(bytes).write(to: file)
        var reader = try CSVRecordReader(url: file, name: "catalog.csv")
        var records: [CatalogRecord] = []
        while let record = reader.next() { records.append(record) }
        return (records, reader.error)
    }

    /// CSV.swift stops a field at a byte that is not UTF-8 without saying where: the error named the line
    /// after the last record read (past the end of the file when the byte was in the last line), and when
    /// more followed, CSV.swift read on out of step and its end-of-file report replaced the error, so the
    /// file read as valid. Now reading stops there with an error on the byte's line.
    @Test func invalidUTF8IsReportedOnItsOwnLine() throws {
        let last = try read(Array("Name,Ingredients\nSerum,Water".utf8) + [0xFF])
        #expect(last.error?.line == 2, "\(String(describing: last.error))")
        let inside = try read(
            Array("Name,Ingredients\nSerum,\"Water,\nGlyc".utf8) + [0xC3, 0x28] + Array("erin\"\nToner,Water\n".utf8))
        #expect(inside.error?.line == 3, "\(String(describing: inside.error))")
        #expect(inside.records.map(\.line).isEmpty, "the cut record and the rest are dropped")
    }

    /// A quote inside an unquoted field is text to CSV.swift (RFC 4180 allows quotes only around a whole
    /// field), but the quote scanner counted it as opening one and failed the whole file (exit 2).
    @Test func quoteInsideAnUnquotedFieldIsText() throws {
        let result = try read(Array("Name,Ingredients\n12\" Brush,Water\nSerum,\"Water, Glycerin\"\n".utf8))
        #expect(result.error == nil, "\(String(describing: result.error))")
        #expect(result.records.map(\.line) == [2, 3])
        #expect(result.records.first?.fields["Name"] == "12\" Brush")
    }

    /// The scanner follows CSV.swift inside quoted fields too: `""` is a quote, a quote before other text
    /// stays in the field, and only a quote before a comma or line break closes it.
    @Test func quotedFieldsCloseWhereCSVSwiftClosesThem() throws {
        let closed = try read(Array("Name,Ingredients\n\"The \"\"Best\"\" Serum\",Water\n\"a\"b\",Water\n".utf8))
        #expect(closed.error == nil, "\(String(describing: closed.error))")
        #expect(closed.records.count == 2)
        let open = try read(Array("Name,Ingredients\nA,Water\n\"a\"b,Water\nC,Water\n".utf8))
        #expect(open.error?.line == 3, "\(String(describing: open.error))")
        let swallowing = try read(Array("Name,Ingredients\nB,\"Water, Glycerin\nC,\"Water\"\nD,Water\n".utf8))
        #expect(swallowing.error?.line == 2, "\(String(describing: swallowing.error))")
    }
}
