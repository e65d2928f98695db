import Foundation
import INCIBatch
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

    /// Files as given, folders recursively (the batch layer's walker). Paths that cannot be read are
    /// read errors.
    static func expand(_ paths: [String], errors: inout [String]) -> [Input] {
        InputWalker(.extensions(Set(extensions.keys))).inputs(paths).compactMap { file in
            if let problem = file.problem {
                errors.append("\(problem.path): \(problem.reason)")
                return nil
            }
            return Input(path: file.path, kind: extensions[file.pathExtension] ?? .csv)
        }
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
            guard let data = readWhole(input, limit: .max, errors: &errors).map({ Data($0) }) else { return }
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
            guard let data = readWhole(input, limit: PageExtractor.defaultMaxBytes, errors: &errors).map({ Data($0) }) else { return }
            readPage(input, data: data, kind: .html, checker: checker, errors: &errors, handle)
        }
    }

    private static func readWhole(_ input: Input, limit: Int, errors: inout [String]) -> [UInt8]? {
        do {
            return try FileReader.read(input.path, limit: limit)
        } catch {
            errors.append("\(input.path): \(error.reason)")
            return nil
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
