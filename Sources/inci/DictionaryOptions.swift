import ArgumentParser
import Foundation
import INCIBatch
import INCICore
import INCIDictionaryData

/// `--dictionary DIR`: use a dictionary folder (e.g. a checkout's `Dictionaries/` being edited) instead
/// of the one embedded in the binary. `--overlay FILE` adds a recognition overlay (such as the one
/// `inci dict import-cosing` writes, which is also picked up from its default place).
struct DictionaryOptions: ParsableArguments {
    @Option(
        name: .customLong("dictionary"),
        help: ArgumentHelp("Use this dictionary folder instead of the embedded one.", valueName: "DIR"))
    var directory: String?

    @Option(
        name: .customLong("overlay"),
        help: ArgumentHelp(
            "Also recognize the names in this overlay file (default: \(OverlayLocation.defaultPath) when it exists).",
            valueName: "FILE"))
    var overlay: String?

    @Flag(name: .customLong("no-overlay"), help: "Ignore the CosIng overlay.")
    var noOverlay = false

    func load() throws -> IngredientDictionary {
        let overlay = overlayFile()
        if directory == nil, overlay == nil { return EmbeddedDictionary.shared }
        if directory == nil, let overlay {
            // The embedded dictionary with the overlay: from its compiled copy after the first call.
            do {
                let loaded = try OverlayDictionary.load(
                    base: EmbeddedDictionary.files, fingerprint: EmbeddedDictionary.fingerprint, overlayPath: overlay)
                for diagnostic in loaded.diagnostics.filter({ $0.severity == .error }).prefix(5) {
                    CLIOutput.warning("embedded dictionary + overlay \(overlay): \(diagnostic)")
                }
                return loaded.dictionary
            } catch {
                CLIOutput.error("cannot read overlay '\(overlay)': \(error)")
                throw ExitCode(2)
            }
        }
        let (name, result) = try loadWithDiagnostics()
        for diagnostic in result.errors.prefix(5) { CLIOutput.warning("\(name): \(diagnostic)") }
        return result.dictionary
    }

    func loadWithDiagnostics() throws -> (name: String, result: DictionaryLoader.Result) {
        var files = try directory.map(Self.readFolder) ?? EmbeddedDictionary.files
        var name = directory ?? "embedded dictionary"
        if let overlay = overlayFile() {
            guard let text = try? String(contentsOfFile: overlay, encoding: .utf8) else {
                CLIOutput.error("cannot read overlay '\(overlay)'")
                throw ExitCode(2)
            }
            files.append(DictionaryFile(path: "overlay/cosing.txt", text: text))
            name += " + overlay \(overlay)"
        }
        return (name, DictionaryLoader.load(files: files))
    }

    private static func readFolder(_ directory: String) throws -> [DictionaryFile] {
        do {
            return try DictionaryFolder.read(directory)
        } catch {
            CLIOutput.error("\(error)")
            throw ExitCode(2)
        }
    }

    private func overlayFile() -> String? {
        if noOverlay { return nil }
        if let overlay { return overlay }
        let path = OverlayLocation.defaultPath
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}

/// Where `inci dict import-cosing` writes the overlay by default: `$XDG_DATA_HOME/inci/cosing-overlay.txt`,
/// else `~/.local/share/inci/cosing-overlay.txt`.
enum OverlayLocation {
    static var defaultPath: String {
        // getenv, not ProcessInfo.environment: that copies the whole environment, at every start-up.
        func variable(_ name: String) -> String? {
            getenv(name).map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        let base = variable("XDG_DATA_HOME") ?? (variable("HOME") ?? NSHomeDirectory()) + "/.local/share"
        return base + "/inci/cosing-overlay.txt"
    }
}
