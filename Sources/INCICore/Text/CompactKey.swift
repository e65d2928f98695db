/// A name's `NameKey` without its spaces: `Ethylhexyl Methoxycinnamate` → `ethylhexylmethoxycinnamate`.
///
/// Why: a composed name is built from morphemes (에틸 ethyl · 헥실 hexyl · 메톡시 methoxy · 신나메이트
/// cinnamate) whose word boundaries the label does not show, so composed names are compared with known
/// names as one run of letters and digits.
package enum CompactKey {
    package static func make<S: StringProtocol>(_ name: S) -> String {
        let key = NameKey.make(name)
        guard key.utf8.contains(0x20) else { return key }
        return String(decoding: key.utf8.filter { $0 != 0x20 }, as: UTF8.self)
    }

    /// The compact key of an ASCII name, computed on its bytes (lower-case letters and digits kept,
    /// everything else dropped); nil when the name is not ASCII. For comparing against the CosIng name
    /// list many times per lookup without building strings.
    static func asciiBytes(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Bool {
        out.removeAll(keepingCapacity: true)
        for byte in bytes {
            switch byte {
            case 0x30...0x39, 0x61...0x7A: out.append(byte)
            case 0x41...0x5A: out.append(byte + 32)
            case 0x80...: return false
            default: continue
            }
        }
        return true
    }
}
