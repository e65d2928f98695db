@_exported import INCICore
import INCIDictionaryData
import INCIJSON
import INCIReport

/// The one-call entry point for library users: a label in, an analysis (or a report) out, with the
/// dictionary shipped in the package. Everything here is what `inci analyze` and `inci explain` do;
/// for more control use `IngredientAnalyzer`, `Scorer` and `IngredientDictionary` directly.
///
/// ```swift
/// import INCIKit
///
/// let analysis = try INCI.analyze("Water, Niacinamide 10%, Zinc PCA, Glycerin")
/// print(analysis.score(for: .oily)!.score)               // 0…100
/// print(try INCI.report(analysis, skin: [.oily, .sensitive], format: .json))
/// ```
public enum INCI {
    /// The dictionary embedded at build time (`Dictionaries/`), read once per process.
    public static var dictionary: IngredientDictionary { EmbeddedDictionary.shared }

    /// Reads, matches and scores one label.
    /// - Parameters:
    ///   - label: the ingredient list as printed or pasted (headers, percentages, Drug Facts panels,
    ///     Korean/Japanese/Chinese labels and surrounding marketing text are handled).
    ///   - type: rinse-off or leave-on; `nil` infers it from `name`, else assumes leave-on (and says so).
    ///   - name: the product's name, used only to infer its type ("Foaming Cleanser" → rinse-off).
    ///   - dictionary: another dictionary (a folder being edited, or one with the CosIng overlay).
    /// - Throws: `TokenizerError` when the text holds no ingredient list (empty, binary, only prose).
    public static func analyze(
        _ label: String, type: ProductType? = nil, name: String? = nil,
        dictionary: IngredientDictionary = INCI.dictionary
    ) throws(TokenizerError) -> ProductAnalysis {
        let list = try IngredientAnalyzer(dictionary: dictionary).analyze(label)
        return Scorer(dictionary: dictionary).analyze(list, productType: .decide(given: type, name: name))
    }

    /// What the dictionary knows about one name (typos, other names and Korean names resolve too).
    public static func explain(_ name: String, dictionary: IngredientDictionary = INCI.dictionary)
        -> IngredientExplanation
    {
        IngredientExplanation.explain(name, dictionary: dictionary)
    }

    /// How a report is written: as `inci analyze` prints it, its JSON document (README's field table), or
    /// the self-contained HTML page of `--format html`.
    public enum ReportFormat: Sendable {
        case text, json, html
    }

    /// The report `inci analyze --format text|json|html` prints, for the chosen skin types.
    public static func report(
        _ analysis: ProductAnalysis, skin: [SkinType] = SkinType.allCases, format: ReportFormat = .text
    ) throws -> String {
        let types = SkinType.allCases.filter(skin.contains)
        switch format {
        case .text: return ProductTextReport(skinTypes: types).render(analysis)
        case .json: return try JSONOutput.render(AnalysisDocument(analysis, skinTypes: types))
        case .html: return ProductHTMLReport().render(AnalysisDocument(analysis, skinTypes: types))
        }
    }
}
