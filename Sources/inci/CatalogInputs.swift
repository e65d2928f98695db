import Foundation
import INCICatalog
import INCICheck
import INCICore
import INCIHTML

/// Finds catalog inputs in paths and reads each as products, streaming.
enum CatalogInputs {
    struct Input {
        enum Kind { case csv, jsonl, jsonArray, page }
        let path: String
        let kind: Kind
    }

    static let extensions: [String: Input.Kind] = ["csv": .csv, "jsonl": .jsonl, "ndjson": .jsonl, "json": .jsonArray, "html": .page, "htm": .page]

    /// Files as given, folders recursively (sorted, symlink loops not followed twice). Paths that do not
    /// exist are read errors.
    static func expand(_ paths: [String], errors: inout [String]) -> [Input] {
        var inputs: [Input] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append("\(path): no such file or folder")
                continue
            }
            if !isDirectory.boolValue {
                let kind = extensions[URL(fileURLWithPath: path).pathExtension.lowercased()] ?? .csv
                inputs.append(Input(path: path, kind: kind))
                continue
            }
            var found: [Input] = []
            var visited: Set<String> = []
            var stack = [URL(fileURLWithPath: path)]
            while let folder = stack.popLast() {
                guard visited.insert(folder.resolvingSymlinksInPath().path).inserted else { continue }
                let children = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.isDirectoryKey])) ?? []
                for child in children {
                    if (try? child.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true { stack.append(child); continue }
                    if let kind = extensions[child.pathExtension.lowercased()] { found.append(Input(path: child.path, kind: kind)) }
                }
            }
            inputs += found.sorted { $0.path < $1.path }
        }
        return inputs
    }

    static func read(_ input: Input, columns mapping: ColumnMapping, checker: CatalogChecker, errors: inout [String],
                     _ handle: (CatalogProduct) -> Void) {
        let url = URL(fileURLWithPath: input.path)
        switch input.kind {
        case .csv:
            do {
                var reader = try CSVRecordReader(url: url, name: input.path)
                let resolved = mapping.resolved(for: reader.columns)
                while let record = reader.next() { handle(CatalogProduct(record: record, columns: resolved)) }
                if let error = reader.error { errors.append(error.description) }
            } catch {
                errors.append(error.description)
            }
        case .jsonl:
            do {
                var reader = try JSONLRecordReader(url: url, name: input.path)
                while let result = reader.next() {
                    switch result {
                    case .success(let record): handle(CatalogProduct(record: record, columns: mapping.resolved(for: record.columns)))
                    case .failure(let error): errors.append(error.description)
                    }
                }
            } catch {
                errors.append(error.description)
            }
        case .jsonArray:
            guard let data = FileManager.default.contents(atPath: input.path) else {
                errors.append("\(input.path): cannot read the file")
                return
            }
            guard let array = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
                // A single product page's API JSON (dm.de style) goes through the page extractor.
                readPage(input, data: data, kind: .json, checker: checker, errors: &errors, handle)
                return
            }
            for (index, object) in array.enumerated() {
                let record = JSONRecords.record(object, file: input.path, line: index + 1)
                handle(CatalogProduct(record: record, columns: mapping.resolved(for: record.columns)))
            }
        case .page:
            guard let data = FileManager.default.contents(atPath: input.path) else {
                errors.append("\(input.path): cannot read the file")
                return
            }
            readPage(input, data: data, kind: .html, checker: checker, errors: &errors, handle)
        }
    }

    private static func readPage(_ input: Input, data: Data, kind: PageExtractor.InputKind, checker: CatalogChecker,
                                 errors: inout [String], _ handle: (CatalogProduct) -> Void) {
        let extractor = PageExtractor(analyzer: IngredientAnalyzer(dictionary: checker.dictionary))
        switch extractor.extract([UInt8](data), kind: kind) {
        case .success(let products):
            for product in products {
                let card = product.card
                let claimText = (card.benefits + card.freeFrom + [card.name ?? ""]).joined(separator: " \n ").lowercased()
                var types: [SkinType] = []
                for label in card.skinTypes {
                    if label.lowercased() == "all" { types += [.oily, .dry, .combination, .normal, .sensitive] }
                    else if let type = SkinType(label: label) { types.append(type) }
                }
                handle(CatalogProduct(file: input.path, line: product.line, name: card.name, brand: card.brand, ingredientsColumn: nil,
                                      ingredients: product.ingredientText, claimText: claimText, claimedSkinTypes: Array(Set(types)).sorted()))
            }
        case .failure(let error):
            if case .noIngredientList = error {
                handle(CatalogProduct(file: input.path, line: nil, name: nil, ingredientsColumn: nil, ingredients: "", claimText: "", claimedSkinTypes: []))
            } else {
                errors.append("\(input.path): \(error)")
            }
        }
    }
}
