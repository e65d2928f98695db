import Foundation
import INCIBatch

/// The committed inputs of `Fuzz/Regressions/<target>/` (see `Fuzz/README.md`), read from the checkout
/// at test time so a new input is replayed without touching a test.
public enum FuzzRegressions {
    public static func inputs(_ target: String) -> [URL] {
        let folder = SharedData.packageRoot.appending(path: "Fuzz/Regressions").appending(path: target).path
        return InputWalker(.glob("[!.]*")).inputs([folder])
            .filter { $0.problem == nil && !$0.path.hasSuffix("/README.md") }
            .map { URL(fileURLWithPath: $0.path) }
    }

    /// Lines as an editor counts them (LF, CRLF, lone CR): a reported line must lie in 1…this.
    public static func lineCount(_ data: Data) -> Int {
        var count = 1
        for index in data.indices
        where data[index] == 0x0A || (data[index] == 0x0D && (index + 1 == data.endIndex || data[index + 1] != 0x0A)) {
            count += 1
        }
        return count
    }
}
