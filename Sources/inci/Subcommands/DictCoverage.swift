import ArgumentParser
import Foundation
import INCICatalog
import INCICore

struct DictCoverage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Measure how much of a corpus the dictionary recognizes, and list the unknown names by frequency.",
        usage: "inci dict coverage <files> ... [<options>]",
        discussion: """
            Inputs: .csv (the ingredients column, detected or --column), .jsonl (--field, default "ingredients"), \
            and any other file as one list per file (or per line with --lines). Cells stored as Python-style lists \
            ("['Water', 'Glycerin']") are read as one name per line.
            """
    )

    @Argument(help: "Corpus files.")
    var files: [String]

    @Option(help: "CSV column with the ingredient lists (default: detected).")
    var column: String?

    @Option(help: "JSONL field with the ingredient lists.")
    var field: String = "ingredients"

    @Flag(help: "Read text files as one list per line.")
    var lines = false

    @Option(help: "How many unknown names to list.")
    var top: Int = 30

    @OptionGroup var dictionaryOptions: DictionaryOptions

    @OptionGroup var output: OutputOption

    func run() throws {
        let dictionary = try dictionaryOptions.load()
        let analyzer = IngredientAnalyzer(dictionary: dictionary)
        var total = CoverageCounter(dictionary: dictionary)
        var failed = false
        var report = ""
        for file in files {
            var counter = CoverageCounter(dictionary: dictionary)
            do {
                try read(file) { text in
                    let list = try? analyzer.analyze(text)
                    counter.add(list)
                    total.add(list)
                }
            } catch {
                CLIOutput.error("\(error)")
                failed = true
                continue
            }
            report += Self.summary(file, counter)
        }
        if files.count > 1 { report += Self.summary("all", total) }
        report += "most frequent unknown names:\n"
        for (name, count) in total.mostFrequentUnknown(top) { report += "  \(count)\t\(name)\n" }
        try output.emit(report)
        if failed { throw ExitCode(2) }
    }

    static func summary(_ name: String, _ counter: CoverageCounter) -> String {
        String(
            format: "%@: %.2f%% of %d ingredient occurrences recognized in %d lists", name, counter.share * 100,
            counter.tokens, counter.lists)
            + " (exact \(counter.kinds[.exact] ?? 0), alias \(counter.kinds[.alias] ?? 0), fuzzy \(counter.kinds[.fuzzy] ?? 0), unknown \(counter.kinds[.unknown] ?? 0); \(counter.listsWithoutIngredients) without a list)\n"
    }

    private func read(_ file: String, _ add: (String) -> Void) throws {
        let url = URL(fileURLWithPath: file)
        switch url.pathExtension.lowercased() {
        case "csv":
            var reader = try CSVRecordReader(url: url, name: file)
            guard let name = IngredientColumn.detect(in: reader.columns, requested: column) else {
                throw CatalogReadError(
                    file: file, line: 1,
                    message: "no ingredients column (columns: \(reader.columns.joined(separator: ", "))); use --column")
            }
            while let record = reader.next() { add(IngredientColumn.text(ofCell: record.fields[name] ?? "")) }
            if let error = reader.error { throw error }
        case "jsonl", "ndjson":
            var reader = try JSONLRecordReader(url: url, name: file)
            while let result = reader.next() {
                switch result {
                case .success(let record): add(IngredientColumn.text(ofCell: record.fields[field] ?? ""))
                case .failure(let error): CLIOutput.warning("\(error)")
                }
            }
        default:
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CatalogReadError(file: file, line: nil, message: "cannot read the file")
            }
            let text = TextDecoding.decode([UInt8](data))
            if lines {
                for line in text.split(separator: "\n") { add(String(line)) }
            } else {
                add(text)
            }
        }
    }
}
