import ArgumentParser
import Foundation
import INCIBatch
import INCICore
import INCIHTML
import INCIJSON
import INCIReport

struct Routine: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routine",
        abstract: "Check a skincare routine (morning and evening steps) and score it per skin type.",
        usage: "inci routine [<file>] [--am <STEP> ...] [--pm <STEP> ...] [<options>]",
        discussion: """
            Finds what no single product shows: a retinoid with an exfoliating acid or benzoyl peroxide in one \
            session, the day's and week's exfoliant load, a morning without sunscreen (an error when the routine \
            holds acids or retinoids), the double cleanse, an active duplicated across steps, fragrance for \
            sensitive skin, comedogenic leave-on steps for acne-prone skin, pregnancy cautions. Each rule cites its \
            sources.

            A routine file (YAML):
              am:
                - name: Gentle Cleanser
                  list: "Water, Glycerin, Sodium Cocoyl Glycinate, Phenoxyethanol"
                - file: vitamin-c-serum.txt
                - page: sunscreen.html
              pm:
                - file: cleansing-balm.txt
                - list: "Water, Glycolic Acid 7%, Glycerin, Sodium Hydroxide"
                  every: 2-3 days   # daily by default; weekly, twice a week, every 2 days
                  type: toner       # rinse-off, leave-on or a category (default: by name)

            Examples:
              inci routine my-routine.yml
              inci routine my-routine.yml --format json
              inci routine --am cleanser.txt --am "Zinc Oxide 20%, Water, …" \\
                           --pm retinol-serum.txt --skin sensitive

            Exit codes:
              0   no finding is an error
              1   a finding is an error (e.g. acids or a retinoid and no morning
                  sunscreen), or a step holds no list
              2   the routine file or a step's file could not be read, or the routine
                  file is invalid
              64  invalid arguments
            """
    )

    @Argument(help: "The routine file (YAML with am: and pm: lists of steps).")
    var file: String?

    @Option(
        name: .customLong("am"),
        help: ArgumentHelp("A morning step: a list or a file (repeatable, in order).", valueName: "STEP"))
    var morning: [String] = []

    @Option(
        name: .customLong("pm"),
        help: ArgumentHelp("An evening step: a list or a file (repeatable, in order).", valueName: "STEP"))
    var evening: [String] = []

    @Option(help: "Output format: text, json, markdown or html (one self-contained page).")
    var format: DiffFormat = .text

    @Option(
        name: .customLong("skin"),
        help: ArgumentHelp("Only show this skin type (repeatable); as for inci analyze.", valueName: "TYPE"))
    var skinTypes: [SkinTypeArgument] = []

    @OptionGroup var dictionaryOptions: DictionaryOptions

    @OptionGroup var output: OutputOption

    func validate() throws {
        if file == nil && morning.isEmpty && evening.isEmpty {
            throw ValidationError("Give a routine file, or steps with --am and --pm.")
        }
    }

    func run() throws {
        let dictionary = try dictionaryOptions.load()
        let analyzer = IngredientAnalyzer(dictionary: dictionary)
        let reading = LabelArgument.Reading(
            analyzer: analyzer, scorer: Scorer(dictionary: dictionary), extractor: PageExtractor(analyzer: analyzer))
        var steps: [RoutineStep] = []
        if let file {
            let routineFile: RoutineFile
            do {
                let bytes = try FileReader.read(file, limit: 1 << 20)
                routineFile = try RoutineFile(text: String(decoding: bytes, as: UTF8.self), file: file)
            } catch let error as InputError {
                CLIOutput.error(error.description)
                throw ExitCode(2)
            } catch {
                CLIOutput.error("\(error)")
                throw ExitCode(2)
            }
            for step in routineFile.steps {
                let argument: LabelArgument
                switch step.source {
                case .list(let text): argument = .text(text)
                case .file(let path): argument = .file(path)
                }
                let decision = ProductTypeDecision.decide(
                    given: step.type.flatMap(ProductType.init(typeOrCategory:)), name: step.name)
                let analysis = try argument.analyze(
                    label: "\(file):\(step.line)", reading, productType: decision, product: step.product
                ).analysis
                steps.append(
                    RoutineStep(
                        name: step.name, session: step.session, order: step.order, analysis: analysis,
                        frequency: step.frequency))
            }
        }
        for (session, arguments) in [(RoutineSession.am, morning), (.pm, evening)] {
            let offset = steps.filter { $0.session == session }.count
            for (index, text) in arguments.enumerated() {
                let argument = LabelArgument(argument: text)
                let name = argument.fileName ?? "\(session.rawValue) step \(offset + index + 1)"
                let analysis = try argument.analyze(
                    label: "--\(session.rawValue) \(index + 1)", reading,
                    productType: ProductTypeDecision.decide(given: nil, name: argument.fileName), product: nil
                ).analysis
                steps.append(
                    RoutineStep(
                        name: name, session: session, order: offset + index + 1, analysis: analysis, frequency: .daily))
            }
        }
        // Morning first, each session in its order (the file's steps, then --am/--pm's).
        steps.sort { ($0.session == .am ? 0 : 1, $0.order) < ($1.session == .am ? 0 : 1, $1.order) }
        let routine = RoutineAnalysis(steps: steps, dictionary: dictionary)
        let types = SkinTypeArgument.selected(skinTypes)
        switch format {
        case .text: try output.emit(RoutineTextReport(skinTypes: types).render(routine))
        case .markdown: try output.emit(RoutineTextReport(skinTypes: types, markdown: true).render(routine))
        case .json: try output.emit(try JSONOutput.render(RoutineDocument(routine, skinTypes: types)))
        case .html: try output.emit(RoutineHTMLReport().render(RoutineDocument(routine, skinTypes: types)))
        }
        if routine.hasErrors { throw ExitCode(1) }
    }
}
