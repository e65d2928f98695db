/// An ASCII element or attribute name of at most 16 bytes, lower-cased and packed into two words.
///
/// libxml2 hands every name over as a C string; making a `String` of each and hashing it into a
/// dictionary was most of the cost of copying a page's tree. Packed names are looked up in a small
/// open-addressing table (`PackedName.Table`) with one multiplication and a compare.
struct PackedName: Equatable, Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    static let maxLength = 16

    /// nil for a name longer than 16 bytes or with a byte outside ASCII: no name the finders read.
    init?(_ name: UnsafePointer<UInt8>) {
        var index = 0
        while name[index] != 0 {
            guard index < Self.maxLength, name[index] < 0x80 else { return nil }
            append(name[index], at: index)
            index += 1
        }
    }

    init?(_ name: String) {
        guard name.utf8.count <= Self.maxLength, name.utf8.allSatisfy({ $0 < 0x80 && $0 != 0 }) else { return nil }
        for (index, byte) in name.utf8.enumerated() { append(byte, at: index) }
    }

    private mutating func append(_ byte: UInt8, at index: Int) {
        let folded = UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        if index < 8 { low |= folded << (8 * index) } else { high |= folded << (8 * (index - 8)) }
    }

    /// A slot in a 256-entry table.
    fileprivate var slot: Int {
        Int(truncatingIfNeeded: ((low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F)) >> 56)
    }

    /// Names and their values, looked up by packed name (linear probing; at most a few dozen names).
    struct Table<Value: Sendable>: Sendable {
        private var entries: [(name: PackedName, value: Value)?] = Array(repeating: nil, count: 256)

        init(_ pairs: [(String, Value)]) {
            precondition(pairs.count < 128, "a table this small must stay sparse")
            for (name, value) in pairs {
                guard let packed = PackedName(name) else { preconditionFailure("not a packable name: \(name)") }
                var slot = packed.slot
                while entries[slot] != nil { slot = (slot + 1) & 255 }
                entries[slot] = (packed, value)
            }
        }

        subscript(name: PackedName) -> Value? {
            var slot = name.slot
            while let entry = entries[slot] {
                if entry.name == name { return entry.value }
                slot = (slot + 1) & 255
            }
            return nil
        }
    }
}
