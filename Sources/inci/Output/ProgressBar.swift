import Foundation

/// A one-line progress bar on standard error — items done/total, rate, ETA — shown only when standard
/// error is a terminal, so logs and pipes stay clean. Redrawn at most ten times a second; `finish()`
/// erases the last frame. Without a total (a catalog streamed row by row) it shows the count and rate.
struct ProgressBar {
    let total: Int?
    /// What is counted, for the rate ("pages").
    let unit: String
    let enabled: Bool
    private let start = Date()
    private var lastDraw = Date.distantPast

    /// `shown`: false for `--quiet`.
    init(total: Int?, unit: String, shown: Bool = true) {
        self.total = total
        self.unit = unit
        self.enabled = shown && isatty(STDERR_FILENO) != 0 && total != 0
    }

    mutating func update(done: Int) {
        guard enabled else { return }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let elapsed = now.timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        guard let total else {
            FileHandle.standardError.write(
                Data("\r\u{1B}[K\(done) \(unit)  \(String(format: "%.1f", rate)) \(unit)/s".utf8))
            return
        }
        let width = 24
        let filled = total > 0 ? width * done / total : width
        let bar =
            String(repeating: "=", count: filled) + (filled < width ? ">" : "")
            + String(repeating: " ", count: max(0, width - filled - 1))
        var line = "\r\u{1B}[K[\(bar)] \(done)/\(total)  \(String(format: "%.1f", rate)) \(unit)/s"
        if rate > 0 && done < total { line += "  ETA \(Self.duration(Double(total - done) / rate))" }
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        return total >= 3600
            ? String(format: "%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60)
            : String(format: "%d:%02d", total / 60, total % 60)
    }
}
