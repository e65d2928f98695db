import Foundation
import INCICatalog
import INCICheck
import INCIDictionaryData
import INCITestSupport
import Testing

/// Replays `Fuzz/Regressions/FuzzCatalogReader/` the way that target runs an input: as a `.csv` and as a
/// `.jsonl` file through the readers and `CatalogChecker` with the default policy. Every record and error
/// must have a line inside the file, record lines must increase, and findings must point at their record.
@Suite struct CatalogFuzzRegressionTests {
    static let checker = CatalogChecker(policy: CheckPolicy(), dictionary: EmbeddedDictionary.shared)

    func check(_ record: CatalogRecord, _ name: String) {
        let columns = CheckPolicy().columns.resolved(for: record.columns)
        for finding in Self.checker.check(CatalogProduct(record: record, columns: columns)) {
            #expect(finding.location.line == record.line, "\(name)")
        }
    }

    @Test func catalogReaderInputs() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for url in FuzzRegressions.inputs("FuzzCatalogReader") {
            let name = url.lastPathComponent
            let data = try Data(contentsOf: url)
            let lines = FuzzRegressions.lineCount(data)
            let hang = HangGuard(name)

            let csv = folder.appending(path: "input.csv")
            try data.write(to: csv)
            do {
                var reader = try CSVRecordReader(url: csv)
                var previous = 0
                while let record = reader.next() {
                    #expect(record.line > previous && record.line <= lines, "\(name): record at line \(record.line)")
                    previous = record.line
                    check(record, name)
                }
                if let line = reader.error?.line {
                    #expect((1...lines).contains(line), "\(name): CSV error at line \(line) of \(lines)")
                }
            } catch {
                #expect(error.line.map { (1...lines).contains($0) } ?? false, "\(name): \(error)")
            }

            let jsonl = folder.appending(path: "input.jsonl")
            try data.write(to: jsonl)
            var reader = try JSONLRecordReader(url: jsonl)
            var previous = 0
            while let result = reader.next() {
                let line: Int?
                switch result {
                case .success(let record):
                    line = record.line
                    check(record, name)
                case .failure(let error): line = error.line
                }
                #expect(
                    line.map { $0 > previous && $0 <= lines } ?? false,
                    "\(name): JSONL line \(String(describing: line))")
                previous = line ?? previous
            }
            let verdict = hang.verdict()
            #expect(verdict.withinBudget, "\(verdict)")
        }
    }
}
