import ArgumentParser
import Foundation
import INCICore
import INCIHTML

/// A label given on the command line where a list or a file may stand (`inci diff OLD NEW`, `inci
/// routine --am STEP`): a list as text, a file (a plain list, a JSON array of names or a saved page),
/// or standard input.
enum LabelArgument {
    case text(String)
    case file(String)
    case standardInput

    /// `-` is standard input; an existing file, or a word that looks like one (`looksLikeMissingFile`), is a
    /// file; anything else is a list.
    init(argument: String) {
        if argument == "-" {
            self = .standardInput
            return
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) {
            self = .file(argument)
            return
        }
        self = Self.looksLikeMissingFile(argument) ? .file(argument) : .text(argument)
    }

    /// A word that names no existing file but is one ("label.txt", "~/labels/serum.html"): it ends in a file
    /// extension and holds no list separator of any script. A slash alone is not enough: Japanese and Chinese
    /// lists print names such as "(アクリレーツ/アクリル酸アルキル(C10-30))クロスポリマー" with no comma.
    static func looksLikeMissingFile(_ argument: String) -> Bool {
        let separators: Set<Character> = [",", "\n", ";", "、", "，", "；", "：", "·", "・"]
        guard argument.utf8.count <= 1024, !argument.contains(where: separators.contains) else { return false }
        return argument.range(of: #"(^|[^ .])\.[A-Za-z][A-Za-z0-9]{1,4}$"#, options: .regularExpression) != nil
    }

    /// The file's name, for a file.
    var fileName: String? {
        if case .file(let path) = self { return URL(fileURLWithPath: path).lastPathComponent }
        return nil
    }

    /// How labels are read and scored.
    struct Reading {
        let analyzer: IngredientAnalyzer
        let scorer: Scorer
        let extractor: PageExtractor
    }

    /// Reads the label and analyzes it; errors are reported as `inci analyze` reports them (exit 2 when
    /// it cannot be read, 1 when it holds no list). `label` names a text argument in messages.
    func analyze(label: String, _ reading: Reading, productType: ProductTypeDecision, product: Int?) throws -> (
        name: String, analysis: ProductAnalysis
    ) {
        let input: LabelInput
        let extractor = reading.extractor
        do {
            switch self {
            case .text(let text):
                input = try LabelInput.read(argument: text, file: nil, extractor: extractor, argumentName: label)
            case .file(let path):
                input = try LabelInput.read(argument: nil, file: path, extractor: extractor, product: product)
            case .standardInput:
                input = try LabelInput.read(argument: nil, file: nil, extractor: extractor, product: product)
            }
        } catch {
            CLIOutput.error(error.description)
            throw ExitCode(error.exitCode)
        }
        for warning in input.warnings { CLIOutput.warning(warning) }
        do {
            let list = try reading.analyzer.analyze(input.text)
            return (input.name, reading.scorer.analyze(list, productType: productType))
        } catch {
            CLIOutput.error("\(input.name): \(error.description)")
            throw ExitCode(1)
        }
    }
}
