import Foundation
import INCICatalog
import INCICore

/// The substances of EU Regulation 1223/2009 Annex II (prohibited in cosmetics), read at run time from
/// the CosIng export (CSV, four metadata lines before the header), indexed by name key and CAS number.
public struct AnnexIIList: Sendable {
    public struct Entry: Sendable, Hashable {
        public let reference: String
        public let name: String
    }

    private var byKey: [String: Entry] = [:]
    private var byCAS: [String: Entry] = [:]
    public var count: Int { Set(byKey.values.map(\.reference)).count }

    public init(contentsOf url: URL) throws(CatalogReadError) {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CatalogReadError(file: url.path, line: nil, message: "cannot read the Annex II file")
        }
        var text = String(decoding: data, as: UTF8.self)
        // Skip the metadata lines before the header row ("Reference Number", …).
        if let header = text.range(of: "\"Reference Number\"") ?? text.range(of: "Reference Number") {
            let lineStart =
                text[..<header.lowerBound].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
            text = String(text[lineStart...])
        }
        var reader = try CSVRecordReader(text: text, name: url.path)
        let columns = reader.columns
        let nameColumn = columns.first { $0.lowercased().contains("chemical name") } ?? columns.dropFirst().first
        let casColumn = columns.first { $0.lowercased().contains("cas") }
        let ingredientColumn = columns.first { $0.lowercased().contains("identified ingredients") }
        let referenceColumn = columns.first
        while let record = reader.next() {
            guard let nameColumn, let name = record.fields[nameColumn], !name.isEmpty else { continue }
            let entry = Entry(reference: referenceColumn.flatMap { record.fields[$0] } ?? "", name: name)
            // "Tretinoin (INN) (retinoic acid and its salts)": the whole name, without "(INN)", and the
            // name before its first parenthesis.
            var names = [name, name.replacing(/\s*\((?:INN|INCI)\)/, with: "")]
            if let open = name.firstIndex(of: "(") { names.append(String(name[..<open])) }
            if let ingredientColumn, let identified = record.fields[ingredientColumn] {
                names += identified.split(whereSeparator: { $0 == ";" || $0 == "\n" }).map(String.init)
            }
            for candidate in names {
                let key = NameKey.make(candidate)
                if key.count >= 4, byKey[key] == nil { byKey[key] = entry }
            }
            if let casColumn, let cas = record.fields[casColumn] {
                for number in cas.split(whereSeparator: { $0 == "/" || $0 == ";" || $0 == "," || $0 == " " })
                where number.contains("-") {
                    byCAS[String(number)] = byCAS[String(number)] ?? entry
                }
            }
        }
    }

    /// The Annex II entry an ingredient matches, by its canonical name, aliases or printed name.
    public func entry(for item: MatchedIngredient) -> Entry? {
        var names = [item.name, item.token.text]
        if let ingredient = item.ingredient { names += ingredient.aliases }
        for name in names { if let entry = byKey[NameKey.make(name)] { return entry } }
        if let note = item.ingredient?.note, let cas = note.firstMatch(of: /CAS (\d+-\d+-\d)/)?.1,
            let entry = byCAS[String(cas)]
        {
            return entry
        }
        return nil
    }
}
