import Foundation
import INCICatalog
import INCICheck
import INCICore
import INCIHTML
import INCIJSON

/// What reading a catalog yields, in file order: a product to check, or an error for one input or
/// record (reading goes on after it).
public enum CatalogItem: Sendable {
    case product(CatalogProduct)
    case readError(String)
}

/// Streams the products of catalog inputs one at a time — CSV and JSON Lines row by row, so memory stays
/// flat on a million-row catalog. Pages are extracted with `inci scan`'s extractor, and each product
/// keeps the ingredient list the extractor matched, so the checker does not analyze it again.
public struct CatalogItems: Sequence {
    public let inputs: [CatalogInput]
    public let columns: ColumnMapping
    public let extractor: PageExtractor

    public init(inputs: [CatalogInput], columns: ColumnMapping, extractor: PageExtractor) {
        self.inputs = inputs
        self.columns = columns
        self.extractor = extractor
    }

    public func makeIterator() -> Iterator { Iterator(items: self) }

    public struct Iterator: IteratorProtocol {
        private let items: CatalogItems
        private var nextInput = 0
        private var current: Source = .none

        /// The input being read.
        private enum Source {
            case none
            case csv(CSVRecordReader, ResolvedColumns)
            case jsonl(JSONLRecordReader)
            case buffered(IndexingIterator<[CatalogItem]>)
        }

        init(items: CatalogItems) {
            self.items = items
        }

        public mutating func next() -> CatalogItem? {
            while true {
                switch current {
                case .csv(var reader, let resolved):
                    if let record = reader.next() {
                        current = .csv(reader, resolved)
                        return .product(CatalogProduct(record: record, columns: resolved))
                    }
                    current = .none
                    if let error = reader.error { return .readError(error.description) }
                case .jsonl(var reader):
                    if let result = reader.next() {
                        current = .jsonl(reader)
                        switch result {
                        case .success(let record):
                            return .product(
                                CatalogProduct(record: record, columns: items.columns.resolved(for: record.columns)))
                        case .failure(let error): return .readError(error.description)
                        }
                    }
                    current = .none
                case .buffered(var iterator):
                    if let item = iterator.next() {
                        current = .buffered(iterator)
                        return item
                    }
                    current = .none
                case .none:
                    guard nextInput < items.inputs.count else { return nil }
                    current = open(items.inputs[nextInput])
                    nextInput += 1
                }
            }
        }

        private func open(_ input: CatalogInput) -> Source {
            switch input.kind {
            case .csv:
                do {
                    let reader = try CSVRecordReader(url: URL(fileURLWithPath: input.path), name: input.name)
                    return .csv(reader, items.columns.resolved(for: reader.columns))
                } catch {
                    return .buffered([.readError(error.description)].makeIterator())
                }
            case .jsonl:
                do {
                    return .jsonl(try JSONLRecordReader(url: URL(fileURLWithPath: input.path), name: input.name))
                } catch {
                    return .buffered([.readError(error.description)].makeIterator())
                }
            case .jsonArray:
                return .buffered(readJSONArray(input).makeIterator())
            case .page:
                return .buffered(readPage(input, kind: .html).makeIterator())
            }
        }

        private func readWhole(_ input: CatalogInput, limit: Int) -> Result<[UInt8], InputError> {
            Result { () throws(InputError) in try FileReader.read(input.path, limit: limit) }
        }

        private func readError(_ error: InputError) -> CatalogItemError {
            CatalogItemError(item: .readError("\(error.path): \(error.reason)"))
        }

        /// A `.json` catalog, parsed once: an array of objects is rows; anything else is read as a product
        /// API response (dm.de style) by the page extractor.
        private func readJSONArray(_ input: CatalogInput) -> [CatalogItem] {
            let value: JSONValue
            switch readWhole(input, limit: items.extractor.maxBytes).mapError(readError).flatMap({ bytes in
                items.extractor.parseJSON(bytes).mapError { CatalogItemError(item: .readError("\(input.name): \($0)")) }
            }) {
            case .success(let parsed): value = parsed
            case .failure(let error): return [error.item]
            }
            let objects = value.array?.compactMap(\.object)
            guard let objects, objects.count == value.array?.count else {
                return pageItems(input, items.extractor.extract(json: value))
            }
            return objects.enumerated().map { index, object in
                let record = JSONRecords.record(object, file: input.name, line: index + 1)
                return .product(CatalogProduct(record: record, columns: items.columns.resolved(for: record.columns)))
            }
        }

        private func readPage(_ input: CatalogInput, kind: PageExtractor.InputKind) -> [CatalogItem] {
            switch readWhole(input, limit: items.extractor.maxBytes) {
            case .success(let bytes): return pageItems(input, items.extractor.extract(bytes, kind: kind))
            case .failure(let error): return [readError(error).item]
            }
        }

        private func pageItems(_ input: CatalogInput, _ result: Result<[ExtractedProduct], PageError>) -> [CatalogItem]
        {
            switch result {
            case .success(let products):
                return products.map { .product(CatalogProduct(page: $0, file: input.name)) }
            case .failure(.noIngredientList):
                return [
                    .product(
                        CatalogProduct(
                            file: input.name, line: nil, name: nil, ingredientsColumn: nil, ingredients: "", claims: [],
                            claimedSkinTypes: []))
                ]
            case .failure(let error):
                return [.readError("\(input.name): \(error)")]
            }
        }
    }
}

/// A read error as a `Result` failure.
private struct CatalogItemError: Error {
    let item: CatalogItem
}

extension CatalogProduct {
    /// A product found on a page, with its card's claims and the list the extractor already matched.
    init(page product: ExtractedProduct, file: String) {
        let card = product.card
        self.init(
            file: file, line: product.line, name: card.name, brand: card.brand, ingredientsColumn: nil,
            ingredients: product.ingredientText,
            claims: Claim.readOnce(from: card.benefits + card.freeFrom + [card.name ?? ""]),
            claimedSkinTypes: SkinType.claimed(by: card.skinTypes),
            list: product.analysis)
    }
}
