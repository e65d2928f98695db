import INCICore

/// An earlier version of a catalog (`inci check --against OLD`), indexed so each product of the catalog
/// being checked finds its earlier self: by the product id column when both rows have one, else by brand
/// and name (compared as name keys: case, accents and punctuation aside). Holds each old product's
/// ingredient text (and the list a page's extractor matched), not its analysis: an old product is analyzed
/// only when a current one is joined to it.
public struct PreviousCatalog: Sendable {
    /// Where an old product was read, for messages (`old.csv:12`).
    public struct Entry: Sendable {
        public let product: CatalogProduct

        public var place: String { product.line.map { "\(product.file):\($0)" } ?? product.file }
    }

    private var byID: [String: Entry] = [:]
    private var byName: [String: Entry] = [:]
    /// Old products read.
    public private(set) var count = 0

    public init() {}

    public init(_ products: some Sequence<CatalogProduct>) {
        for product in products { add(product) }
    }

    /// Adds an old product; the first of two with the same id (or brand and name) is kept.
    public mutating func add(_ product: CatalogProduct) {
        count += 1
        let entry = Entry(product: product)
        if let id = product.id, byID[id] == nil { byID[id] = entry }
        if let key = Self.nameKey(product), byName[key] == nil { byName[key] = entry }
    }

    /// The old version of `product`: by id when the product has one and the old catalog holds it, else by
    /// brand and name; nil for a product the old catalog does not hold.
    public func entry(for product: CatalogProduct) -> Entry? {
        if let id = product.id, let entry = byID[id] { return entry }
        return Self.nameKey(product).flatMap { byName[$0] }
    }

    /// Brand and name as one key; nil without a name (a row without one cannot be joined by name).
    static func nameKey(_ product: CatalogProduct) -> String? {
        guard let name = product.name, !NameKey.make(name).isEmpty else { return nil }
        return NameKey.make(product.brand ?? "") + "\u{1F}" + NameKey.make(name)
    }
}
