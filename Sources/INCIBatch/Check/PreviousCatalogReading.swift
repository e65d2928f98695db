import INCICatalog
import INCICheck
import INCIHTML

extension PreviousCatalog {
    /// Reads the earlier catalog of `inci check --against` (files or folders, read as `inci check` reads
    /// catalogs, with the same columns) into an index. Inputs or records that cannot be read are added to
    /// `errors` (phrased `path: reason`), and reading goes on.
    public static func read(
        _ paths: [String], format: InputFormat? = nil, columns: ColumnMapping, extractor: PageExtractor,
        errors: inout [String]
    ) -> PreviousCatalog {
        let inputs = CatalogInput.inputs(paths, format: format, errors: &errors)
        var catalog = PreviousCatalog()
        for item in CatalogItems(inputs: inputs, columns: columns, extractor: extractor) {
            switch item {
            case .product(let product): catalog.add(product)
            case .readError(let message): errors.append(message)
            }
        }
        return catalog
    }
}
