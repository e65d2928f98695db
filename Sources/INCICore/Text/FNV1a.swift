/// FNV-1a, 64 bits: a stable, dependency-free hash for identifiers that must not change between runs or
/// machines (Swift's `Hasher` is seeded per process), such as finding fingerprints and dictionary versions.
public struct FNV1a: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func add(_ text: String) {
        for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }

    /// A zero byte between parts, so ("ab", "c") and ("a", "bc") differ.
    public mutating func addSeparator() { value = value &* 0x100_0000_01b3 }

    /// The hash as lower-case hex, without leading zeros.
    public static func hex(_ text: String) -> String {
        var hash = FNV1a()
        hash.add(text)
        return String(hash.value, radix: 16)
    }
}
