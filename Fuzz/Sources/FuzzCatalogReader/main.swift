import Foundation
import FuzzSupport
import INCICatalog
import INCICheck
import INCICore

/// Arbitrary bytes as a catalog file, read the way `inci check` reads one (`CatalogInputs.read`): written
/// to a temporary `.csv` and read by `CSVRecordReader(url:)` (CSV.swift plus the unterminated-quote
/// scanner), then to a `.jsonl` read by `JSONLRecordReader`; every record goes through column detection,
/// `CatalogProduct` and `CatalogChecker` with the default policy and the project dictionary. The bytes
/// also go through `CSVRecordReader(text:)`, the in-memory reader. Besides crashes and hangs it checks
/// that every record and every error has a line in 1…(lines in the file), that record lines strictly
/// increase, and that findings point at their record.
enum CatalogReaderTarget {
    static let checker = CatalogChecker(
        policy: CheckPolicy(),
        dictionary: DictionaryLoader.load(files: ProjectFiles.dictionaryFiles("Dictionaries")).dictionary)
    static let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appending(path: "inci-fuzz-catalog-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()
    static let csv = folder.appending(path: "input.csv")
    static let jsonl = folder.appending(path: "input.jsonl")

    static func run(_ bytes: UnsafeRawBufferPointer) {
        let data = Data(bytes)
        let lines = lineCount(bytes)
        readCSV(data, lines: lines)
        readJSONL(data, lines: lines)
        readCSVText(String(decoding: data, as: UTF8.self), lines: lines)
    }

    /// Lines as an editor counts them: LF, CRLF and a lone CR each end one (CSV.swift accepts all three).
    static func lineCount(_ bytes: UnsafeRawBufferPointer) -> Int {
        var count = 1
        for (index, byte) in bytes.enumerated()
        where byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
            count += 1
        }
        return count
    }

    static func requireLine(_ line: Int?, in lines: Int, _ what: String) {
        FuzzDriver.require(
            line.map { (1...lines).contains($0) } ?? false,
            "\(what): line \(String(describing: line)) outside 1…\(lines)")
    }

    static func readCSV(_ data: Data, lines: Int) {
        do { try data.write(to: csv) } catch { fatalError("cannot write \(csv.path): \(error)") }
        var reader: CSVRecordReader
        do { reader = try CSVRecordReader(url: csv, name: "input.csv") } catch {
            requireLine(error.line, in: lines, "CSV open error '\(error.message)'")
            return
        }
        let columns = CheckPolicy().columns.resolved(for: reader.columns)
        var previous = 0
        while let record = reader.next() {
            requireLine(record.line, in: lines, "CSV record")
            FuzzDriver.require(record.line > previous, "CSV record line \(record.line) after \(previous)")
            previous = record.line
            check(record, columns: columns)
        }
        if let error = reader.error { requireLine(error.line, in: lines, "CSV error '\(error.message)'") }
    }

    static func readCSVText(_ text: String, lines: Int) {
        guard var reader = try? CSVRecordReader(text: text, name: "input.csv") else { return }
        var previous = 0
        while let record = reader.next() {
            requireLine(record.line, in: lines, "CSV text record")
            FuzzDriver.require(record.line > previous, "CSV text record line \(record.line) after \(previous)")
            previous = record.line
        }
        if let error = reader.error { requireLine(error.line, in: lines, "CSV text error '\(error.message)'") }
    }

    static func readJSONL(_ data: Data, lines: Int) {
        do { try data.write(to: jsonl) } catch { fatalError("cannot write \(jsonl.path): \(error)") }
        var reader: JSONLRecordReader
        do { reader = try JSONLRecordReader(url: jsonl, name: "input.jsonl") } catch {
            FuzzDriver.require(false, "JSONL open error on a file that exists: \(error)")
            return
        }
        let mapping = CheckPolicy().columns
        var previous = 0
        while let result = reader.next() {
            switch result {
            case .success(let record):
                requireLine(record.line, in: lines, "JSONL record")
                FuzzDriver.require(record.line > previous, "JSONL record line \(record.line) after \(previous)")
                previous = record.line
                check(record, columns: mapping.resolved(for: record.columns))
            case .failure(let error):
                requireLine(error.line, in: lines, "JSONL error '\(error.message)'")
                FuzzDriver.require(error.line! > previous, "JSONL error line \(error.line!) after \(previous)")
                previous = error.line!
            }
        }
    }

    /// What `inci check` does with each record; the findings must point at it.
    static func check(_ record: CatalogRecord, columns: ResolvedColumns) {
        for finding in checker.check(CatalogProduct(record: record, columns: columns)) {
            FuzzDriver.require(
                finding.location.file == record.file && finding.location.line == record.line,
                "finding at \(finding.location) for the record at \(record.file):\(record.line)")
            FuzzDriver.require(!finding.message.isEmpty, "a finding without a message")
        }
    }
}

#if FUZZING
    /// libFuzzer's entry point (see FuzzTokenizer/main.swift).
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        CatalogReaderTarget.run(UnsafeRawBufferPointer(start: data, count: size))
        return 0
    }
#endif

FuzzDriver.main(CatalogReaderTarget.run)
