/// The text of a compiled dictionary, read in place: the embedded one is a string literal in the binary,
/// so its bytes are never copied and only the pages a lookup touches are loaded.
struct CompiledBytes: Sendable {
    private let text: String

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
    }

    var count: Int { text.utf8.count }

    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        // Contiguous since `init`; the fallback copy only guards against a future String change.
        if let result = try text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return try Array(text.utf8).withUnsafeBufferPointer(body)
    }
}
