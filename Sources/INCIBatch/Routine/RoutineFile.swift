import Foundation
import INCICheck
import INCICore
import Yams

/// A routine file (`inci routine FILE`): YAML with an `am:` and a `pm:` list of steps. A step is a list
/// or a file path as one string, or a mapping:
///
/// ```yaml
/// am:
///   - name: Gentle Cleanser
///     list: "Water, Glycerin, Sodium Cocoyl Glycinate, …"
///   - file: serum.txt            # a plain list, a JSON array of names or a saved page
///     every: 2-3 days            # daily (default), weekly, twice a week, every other day, …
///   - page: sunscreen.html
///     product: 2                 # the page's Nth list
/// pm:
///   - list: "Water, Glycolic Acid 7%, …"
///     type: toner                # rinse-off or leave-on, or a category (default: from the name)
/// ```
///
/// Relative paths are read from the routine file's folder. Errors name the file and the line.
public struct RoutineFile: Sendable {
    /// One step as the file gives it, before it is read and analyzed.
    public struct Step: Sendable {
        public enum Source: Sendable, Hashable {
            case list(String)
            case file(String)
        }

        public let session: RoutineSession
        /// 1-based, in its session.
        public let order: Int
        /// `name`, else the file's name, else `am step 2`.
        public let name: String
        public let source: Source
        public let frequency: StepFrequency
        /// `type` as written (rinse-off, leave-on or a category), for the product type decision.
        public let type: String?
        /// The page's Nth list (`product`).
        public let product: Int?
        /// Where the step is in the file.
        public let line: Int
    }

    public struct ParseError: Error, Sendable, CustomStringConvertible {
        public let file: String
        public let line: Int?
        public let message: String

        public var description: String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }
    }

    public let steps: [Step]

    /// Parses the routine in `text`, read from `file` (relative paths are taken from its folder).
    public init(text: String, file: String) throws(ParseError) {
        func fail(_ node: Node?, _ message: String) -> ParseError {
            ParseError(file: file, line: node?.mark.map { $0.line }, message: message)
        }
        if let line = YAMLAliasCheck.firstAliasOfAnchorLine(in: text) {
            throw ParseError(file: file, line: line, message: "anchors and aliases (&name, *name) are not supported")
        }
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch {
            throw ParseError(file: file, line: nil, message: "invalid YAML: \(error)")
        }
        guard let mapping = root?.mapping else { throw fail(root, "a routine maps am: and pm: to lists of steps") }
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        var steps: [Step] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.string, let session = RoutineSession(rawValue: key.lowercased()) else {
                throw fail(keyNode, "unknown key '\(keyNode.string ?? "?")' (expected am, pm)")
            }
            guard let items = value.sequence else { throw fail(value, "'\(key)' is a list of steps") }
            for (index, item) in items.enumerated() {
                steps.append(try Self.step(item, session: session, order: index + 1, folder: folder, fail: fail))
            }
        }
        self.steps = steps.sorted { ($0.session == .am ? 0 : 1, $0.order) < ($1.session == .am ? 0 : 1, $1.order) }
    }

    private static func step(
        _ node: Node, session: RoutineSession, order: Int, folder: URL, fail: (Node?, String) -> ParseError
    ) throws(ParseError) -> Step {
        let line = node.mark?.line ?? 0
        let fallback = "\(session.rawValue) step \(order)"
        if let text = node.string {
            let source = Self.source(text, folder: folder)
            return Step(
                session: session, order: order, name: Self.name(of: source) ?? fallback, source: source,
                frequency: .daily, type: nil, product: nil, line: line)
        }
        guard let fields = node.mapping else {
            throw fail(node, "a step is a list, a file, or a mapping of name, list, file, page, every, type, product")
        }
        var name: String?
        var source: Step.Source?
        var frequency = StepFrequency.daily
        var type: String?
        var product: Int?
        for (keyNode, value) in fields {
            let key = keyNode.string ?? ""
            guard let text = value.string, !text.isEmpty || key == "list" else {
                throw fail(value, "'\(key)' takes a text")
            }
            switch key {
            case "name": name = text
            case "list": source = .list(text)
            case "file", "page": source = .file(Self.resolve(text, folder: folder))
            case "every", "frequency":
                guard let parsed = StepFrequency(text) else {
                    throw fail(value, "'\(text)' is not a frequency (daily, weekly, 2-3 days, twice a week, …)")
                }
                frequency = parsed
            case "type": type = text
            case "product":
                guard let number = Int(text), number >= 1 else { throw fail(value, "'product' counts from 1") }
                product = number
            default:
                throw fail(keyNode, "unknown step key '\(key)' (expected name, list, file, page, every, type, product)")
            }
        }
        guard let source else { throw fail(node, "the step has no list, file or page") }
        return Step(
            session: session, order: order, name: name ?? Self.name(of: source) ?? fallback, source: source,
            frequency: frequency, type: type, product: product, line: line)
    }

    /// A string step: an existing file (relative to the routine's folder), else a list.
    static func source(_ text: String, folder: URL) -> Step.Source {
        let path = resolve(text, folder: folder)
        var isDirectory: ObjCBool = false
        if !text.contains(","), !text.contains("\n"),
            FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        {
            return .file(path)
        }
        return .list(text)
    }

    static func resolve(_ path: String, folder: URL) -> String {
        path.hasPrefix("/") ? path : folder.appending(path: path).path
    }

    static func name(of source: Step.Source) -> String? {
        if case .file(let path) = source { return URL(fileURLWithPath: path).lastPathComponent }
        return nil
    }
}
