import ArgumentParser
import Foundation
import INCICore
import INCIHTML
import INCIJSON
import INCIReport

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of one product's ingredient list (a reformulation).",
        discussion: """
            Reports ingredients added, removed and moved (the 1% line crossed called out), printed percentages \
            changed, families gained, lost or shifted (fragrance added, a drying alcohol moved up, an active fallen \
            below the 1% line), flags changed, and each skin type's score and verdict with the reasons that changed. \
            Ingredients are compared by what they are, not how they are printed: "Water" and "Aqua/Water/Eau" are \
            one.

            Examples:
              inci diff "Water, Glycerin, Parfum" "Water, Glycerin, Niacinamide"
              inci diff old-label.txt new-label.txt
              inci diff --old-file 2018.html --new-file 2020.html --product 2 \\
                        --format markdown
              inci diff old.txt new.txt --fail-if-worse sensitive \\
                        --fail-if-worse acne-prone --tolerance 2

            OLD and NEW are each a list, a file (a plain list, a JSON array of names or a saved page) or - for \
            standard input. An argument that names an existing file is read as that file.

            Exit codes:
              0   the diff was made (whatever changed)
              1   a version holds no ingredient list, or a --fail-if-worse skin type's
                  score dropped by more than --tolerance
              2   an input could not be read
              64  invalid arguments
            """
    )

    @Argument(help: "The old version: a list, a file or - (or use --old-file).")
    var first: String?

    @Argument(help: "The new version: a list, a file or - (or use --new-file).")
    var second: String?

    @Option(name: .customLong("old-file"), help: "Read the old version from this file.")
    var oldFile: String?

    @Option(name: .customLong("new-file"), help: "Read the new version from this file.")
    var newFile: String?

    @Option(help: "On pages with several ingredient lists, compare the Nth (1-based; default: the first).")
    var product: Int?

    @Option(help: "Output format: text, json, markdown or html (one self-contained page).")
    var format: DiffFormat = .text

    @Option(
        name: .customLong("skin"),
        help: ArgumentHelp("Only show this skin type (repeatable); as for inci analyze.", valueName: "TYPE"))
    var skinTypes: [SkinTypeArgument] = []

    @Option(
        name: .customLong("fail-if-worse"),
        help: ArgumentHelp(
            "Exit 1 when this skin type's score drops by more than --tolerance (repeatable).", valueName: "TYPE"))
    var failIfWorse: [SkinTypeArgument] = []

    @Option(help: "Points a --fail-if-worse score may drop without failing (default: 0).")
    var tolerance: Double = 0

    @Option(
        name: .customLong("type"),
        help: ArgumentHelp(
            "rinse-off or leave-on, or a category, for both versions; as for inci analyze.", valueName: "TYPE"))
    var productType: ProductTypeArgument?

    @Option(help: "The product's name or category, used to infer rinse-off or leave-on for both versions.")
    var name: String?

    @OptionGroup var dictionaryOptions: DictionaryOptions

    @OptionGroup var output: OutputOption

    /// The two versions as given: each an argument (a list or a path) or a file option.
    private var versions: (old: LabelArgument, new: LabelArgument)? {
        var arguments = [first, second].compactMap { $0 }
        func next(file: String?) -> LabelArgument? {
            if let file { return .file(file) }
            return arguments.isEmpty ? nil : LabelArgument(argument: arguments.removeFirst())
        }
        guard let old = next(file: oldFile), let new = next(file: newFile), arguments.isEmpty else { return nil }
        return (old, new)
    }

    func validate() throws {
        guard let versions else {
            throw ValidationError(
                "Give two versions: OLD and NEW as lists or files, or --old-file and --new-file (one of each at most).")
        }
        if case .standardInput = versions.old, case .standardInput = versions.new {
            throw ValidationError("Only one version can be read from standard input.")
        }
        if let product, product < 1 { throw ValidationError("--product counts from 1.") }
        if tolerance < 0 || !tolerance.isFinite { throw ValidationError("--tolerance must be 0 or more.") }
    }

    func run() throws {
        guard let versions else { throw ExitCode.validationFailure }
        let dictionary = try dictionaryOptions.load()
        let analyzer = IngredientAnalyzer(dictionary: dictionary)
        let extractor = PageExtractor(analyzer: analyzer)
        let decision = ProductTypeDecision.decide(given: productType?.type, name: name)
        let scorer = Scorer(dictionary: dictionary)
        let reading = LabelArgument.Reading(analyzer: analyzer, scorer: scorer, extractor: extractor)
        let old = try versions.old.analyze(label: "<old>", reading, productType: decision, product: product)
        let new = try versions.new.analyze(label: "<new>", reading, productType: decision, product: product)
        let diff = ProductDiff(old: old.analysis, new: new.analysis, dictionary: dictionary)
        let types = SkinTypeArgument.selected(skinTypes)
        switch format {
        case .text:
            try output.emit(DiffTextReport(skinTypes: types).render(diff, oldSource: old.name, newSource: new.name))
        case .markdown:
            try output.emit(DiffMarkdownReport(skinTypes: types).render(diff, oldSource: old.name, newSource: new.name))
        case .json:
            try output.emit(
                try JSONOutput.render(DiffDocument(diff, oldSource: old.name, newSource: new.name, skinTypes: types)))
        case .html:
            try output.emit(
                DiffHTMLReport().render(DiffDocument(diff, oldSource: old.name, newSource: new.name, skinTypes: types)))
        }
        let worse = failIfWorse.map(\.type).filter { diff.isWorse(for: $0, tolerance: tolerance) }
        for type in SkinType.allCases where worse.contains(type) {
            let change = diff.score(for: type)!
            CLIOutput.error(
                "\(type.rawValue): the score dropped from \(change.old) to \(change.new), more than the tolerance of \(tolerance == tolerance.rounded() ? String(Int(tolerance)) : String(tolerance)) points"
            )
        }
        if !worse.isEmpty { throw ExitCode(1) }
    }
}

enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown, html
}
