import ArgumentParser
import Foundation
import INCIBatch
import INCICatalog
import INCICore
import INCIDictionaryData

struct DictImportCosing: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-cosing",
        abstract:
            "Import the EU CosIng inventory export (CSV: INCI name, CAS, EC, functions) as a recognition overlay.",
        discussion: """
            The overlay is written to --output (default: \(OverlayLocation.defaultPath)), where every inci command \
            picks it up; --no-overlay ignores it. The project's own dictionary always wins where both name an \
            ingredient; the overlay only adds names.
            """
    )

    @Argument(help: "The CosIng CSV export.")
    var file: String

    @Option(help: "Where to write the overlay.")
    var output: String?

    func run() throws {
        let url = URL(fileURLWithPath: file)
        var rows: [CosIngOverlay.Row] = []
        do {
            var reader = try CSVRecordReader(url: url, name: file)
            let columns = reader.columns.map { $0.lowercased() }
            guard let nameIndex = columns.firstIndex(where: { $0.contains("inci") || $0 == "name" }) else {
                throw CatalogReadError(
                    file: file, line: 1,
                    message: "no INCI name column (columns: \(reader.columns.joined(separator: ", ")))")
            }
            let casIndex = columns.firstIndex { $0.contains("cas") }
            let functionIndex = columns.firstIndex { $0.contains("function") }
            while let record = reader.next() {
                func value(_ index: Int?) -> String { index.map { record.fields[reader.columns[$0]] ?? "" } ?? "" }
                rows.append(.init(name: value(nameIndex), cas: value(casIndex), functions: value(functionIndex)))
            }
            if let error = reader.error { throw error }
        } catch let error as CatalogReadError {
            CLIOutput.error("\(error)")
            throw ExitCode(2)
        }
        let (text, entries) = CosIngOverlay.overlayText(rows, generatedFrom: url.lastPathComponent)
        let destination = output ?? OverlayLocation.defaultPath
        do {
            try FileManager.default.createDirectory(
                at: URL(fileURLWithPath: destination).deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(toFile: destination, atomically: true, encoding: .utf8)
        } catch {
            CLIOutput.error("cannot write '\(destination)': \(error.localizedDescription)")
            throw ExitCode(2)
        }
        // Loading it once also writes its compiled copy, which every later call reads.
        let loaded: OverlayDictionary.Loaded
        do {
            loaded = try OverlayDictionary.load(
                base: EmbeddedDictionary.files, fingerprint: EmbeddedDictionary.fingerprint, overlayPath: destination)
        } catch {
            CLIOutput.error("cannot read back '\(destination)': \(error)")
            throw ExitCode(2)
        }
        let added = loaded.dictionary.ingredients.filter { $0.file == "overlay/cosing.txt" }.count
        CLIOutput.write(
            "\(destination): \(entries) CosIng names from \(rows.count) rows; \(added) are new to the dictionary\n")
    }
}
