import Foundation

/// "Label: value" pairs a page prints about its product: `<dt>/<dd>`, two-cell table rows
/// (`<th>Skin Type</th><td>All</td>`), and lines such as "Skin Type: Acne Prone, Dry, Oily".
/// Labels are lower-cased and stripped of a trailing colon.
enum LabelledValues {
    static func pairs(in page: PageIndex, visibleText: String) -> [(label: String, value: String)] {
        let tree = page.tree
        var result: [(String, String)] = []
        for index in tree.nodes.indices where !tree[index].isText {
            switch tree[index].tag {
            case .dt:
                if let dd = tree.followingElementSiblings(of: index).first, tree[dd].tag == .dd {
                    result.append((normalize(page.text(index, maxLength: 80)), page.text(dd, maxLength: 2000)))
                }
            case .tr:
                let cells = tree.children(of: index).filter { tree[$0].tag.isCell }
                if cells.count == 2 {
                    result.append((normalize(page.text(cells[0], maxLength: 80)), page.text(cells[1], maxLength: 2000)))
                }
            default: break
            }
        }
        for line in linesWithColon(visibleText) {
            guard let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }) else { continue }
            let label = line[..<colon].trimmed()
            let value = line[line.index(after: colon)...].trimmed()
            guard !label.isEmpty, label.count <= 40, !value.isEmpty else { continue }
            result.append((normalize(label), value))
        }
        return result.filter { !$0.0.isEmpty && $0.1.trimmed().count > 0 }
    }

    /// The lines of `text` (split where `Character.isNewline` splits) that hold a colon, found on
    /// UTF-8 bytes: splitting a whole page's text by `Character` was most of this step's time.
    static func linesWithColon(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            var hasColon = false
            var index = 0
            func endLine(at end: Int) {
                if hasColon {
                    lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                }
                hasColon = false
            }
            while index < bytes.count {
                let byte = bytes[index]
                var breakLength = 0
                switch byte {
                case 0x0A, 0x0B, 0x0C, 0x0D: breakLength = 1
                case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85: breakLength = 2  // U+0085
                case 0xE2
                where index + 2 < bytes.count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    breakLength = 3  // U+2028, U+2029
                case 0x3A: hasColon = true
                case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBC && bytes[index + 2] == 0x9A:
                    hasColon = true  // "："
                default: break
                }
                if breakLength > 0 {
                    endLine(at: index)
                    index += breakLength
                    start = index
                } else {
                    index += 1
                }
            }
            endLine(at: bytes.count)
            return lines
        }
    }

    static func normalize(_ label: String) -> String {
        var text = label.lowercased().trimmed()
        while let last = text.last, last == ":" || last == "：" || last.isWhitespace { text.removeLast() }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// "Acne Prone, All, Dry" / "Dry | Oily" / "Normal & Combination" → items.
    static func items(_ value: String) -> [String] {
        value.split(whereSeparator: {
            $0 == "," || $0 == "|" || $0 == ";" || $0 == "•" || $0 == "/" || $0 == "\n" || $0 == "、"
        })
        .flatMap { $0.components(separatedBy: " & ") }
        .map { item -> String in
            var text = item.trimmed().trimmingCharacters(in: CharacterSet(charactersIn: "."))
            for lead in ["and ", "und ", "et ", "y ", "or "] where text.lowercased().hasPrefix(lead) {
                text = String(text.dropFirst(lead.count))
            }
            return text
        }
        .filter { !$0.isEmpty && $0.count <= 40 }
    }
}
