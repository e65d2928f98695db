/// A block of the dictionary syntax: a header line in column 1 and its indented `key: value` lines.
/// See `Dictionaries/README.md`.
package struct Stanza: Sendable, Hashable {
    package struct Field: Sendable, Hashable {
        package let key: String
        package let value: String
        /// 1-based line of this field in its file.
        package let line: Int
    }

    package let header: String
    package let file: String
    /// 1-based line of the header.
    package let line: Int
    package var fields: [Field]

    /// All values of `key`, each split on `;` and trimmed; empty items dropped.
    package func list(_ key: String) -> [String] {
        var values: [String] = []
        for field in fields where field.key == key {
            for part in field.value.utf8.split(separator: 0x3B) {
                var lower = part.startIndex
                var upper = part.endIndex
                let utf8 = field.value.utf8
                while lower < upper, utf8[lower] == 0x20 { lower = utf8.index(after: lower) }
                while upper > lower, utf8[utf8.index(before: upper)] == 0x20 { upper = utf8.index(before: upper) }
                if lower < upper { values.append(String(field.value[lower..<upper])) }
            }
        }
        return values
    }

    /// The first value of `key`, trimmed.
    package func value(_ key: String) -> String? {
        fields.first { $0.key == key }?.value
    }

    package func field(_ key: String) -> Field? {
        fields.first { $0.key == key }
    }
}

extension Substring {
    func trimmingWhitespace() -> String {
        var slice = self[...]
        while let first = slice.first, first.isWhitespaceFast { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespaceFast { slice = slice.dropLast() }
        return String(slice)
    }
}

extension String {
    func trimmingWhitespace() -> String { self[...].trimmingWhitespace() }
}
