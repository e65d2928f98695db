import Foundation

/// Headless Chromium for the HTML reports' browser tests: loads a page, returns the DOM as the browser built
/// it and writes a screenshot. Chromium is the Debian package `chromium` (`.ci/run` installs it); where it
/// is missing the tests skip and say so. `INCI_CHROMIUM` names another binary.
public enum HeadlessChromium {
    /// The browser to run, nil when none is installed.
    public static let executable: URL? = {
        let environment = ProcessInfo.processInfo.environment
        if let given = environment["INCI_CHROMIUM"], FileManager.default.isExecutableFile(atPath: given) {
            return URL(fileURLWithPath: given)
        }
        let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for folder in path {
            for name in ["chromium", "chromium-browser", "google-chrome"] {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return URL(fileURLWithPath: candidate) }
            }
        }
        return nil
    }()

    /// Why the browser tests are skipped, nil when they run.
    public static var unavailable: String? {
        executable == nil
            ? "chromium is not installed (apt-get install -y chromium, or set INCI_CHROMIUM): browser tests skipped"
            : nil
    }

    /// Where screenshots go: `.build/browser-artifacts` (not committed), created when missing.
    public static var artifacts: URL {
        let folder = SharedData.packageRoot.appending(path: ".build/browser-artifacts")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    public struct Load: Sendable {
        /// The DOM after parsing, as Chromium serialises it (`--dump-dom`).
        public let dom: String
        /// The screenshot's file (the PNG), per width.
        public let screenshots: [Int: URL]
    }

    /// Loads `page` once per width (phone 390 px and desktop 1280 px by default), in parallel: each load
    /// writes a screenshot `<name>-<width>.png` under `artifacts`, and the first width's DOM is returned.
    public static func load(_ page: URL, name: String, widths: [Int] = [390, 1280], height: Int = 1600) throws -> Load {
        guard let executable else { throw Failure(description: unavailable ?? "no chromium") }
        let profiles = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: profiles) }
        var runs: [(width: Int, process: Process, output: Pipe, screenshot: URL)] = []
        for width in widths {
            let screenshot = artifacts.appending(path: "\(name)-\(width).png")
            try? FileManager.default.removeItem(at: screenshot)
            let process = Process()
            process.executableURL = executable
            process.arguments = [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--hide-scrollbars", "--user-data-dir=\(profiles.appending(path: String(width)).path)",
                "--window-size=\(width),\(height)", "--screenshot=\(screenshot.path)", "--dump-dom",
                page.absoluteString,
            ]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            runs.append((width, process, output, screenshot))
        }
        var dom = ""
        var screenshots: [Int: URL] = [:]
        for (index, run) in runs.enumerated() {
            let data = run.output.fileHandleForReading.readDataToEndOfFile()
            run.process.waitUntilExit()
            guard run.process.terminationStatus == 0 else {
                throw Failure(description: "chromium exited \(run.process.terminationStatus) on \(page.path)")
            }
            if index == 0 { dom = String(decoding: data, as: UTF8.self) }
            if FileManager.default.fileExists(atPath: run.screenshot.path) { screenshots[run.width] = run.screenshot }
        }
        return Load(dom: dom, screenshots: screenshots)
    }

    /// `pdftotext` (Debian `poppler-utils`), which reads back what printing produced; nil when missing.
    public static let pdftotext: URL? = {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return path.map { URL(fileURLWithPath: "\($0)/pdftotext") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Why the print test is skipped, nil when it runs.
    public static var printUnavailable: String? {
        unavailable
            ?? (pdftotext == nil
                ? "pdftotext is not installed (apt-get install -y poppler-utils): the print test is skipped" : nil)
    }

    /// Prints `page` as the browser would on paper (its print stylesheet applies), keeps the PDF under
    /// `artifacts` as `<name>.pdf`, and returns the printed text in reading order (`pdftotext -layout`).
    public static func printedText(_ page: URL, name: String) throws -> String {
        guard let executable, let pdftotext else { throw Failure(description: printUnavailable ?? "no chromium") }
        let profile = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: profile) }
        let pdf = artifacts.appending(path: "\(name).pdf")
        try? FileManager.default.removeItem(at: pdf)
        try run(
            executable,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--user-data-dir=\(profile.path)", "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)",
                page.absoluteString,
            ])
        return String(decoding: try run(pdftotext, ["-layout", pdf.path, "-"]), as: UTF8.self)
    }

    /// Runs a tool to its end and returns its standard output; a failing exit is an error.
    @discardableResult
    static func run(_ tool: URL, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(tool.lastPathComponent) exited \(process.terminationStatus): \(arguments)")
        }
        return data
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }
}
