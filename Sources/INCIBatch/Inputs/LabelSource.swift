import INCICatalog
import INCICore
import INCIHTML
import INCIJSON

/// One label for `inci analyze`, from a file's or standard input's bytes, whatever form they come in:
/// a plain list; a JSON array of names (`["Water", "Glycerin"]`, or a Python-style list); a saved page,
/// whose list is found as `inci scan` finds it; a text in Windows-1252 (Latin-1) rather than UTF-8,
/// decoded so with a warning. Files are read by `FileReader` (so a directory is "it is a directory", not a
/// system error code).
public struct LabelSource: Sendable {
    /// The input's name in messages: a path, `<stdin>`.
    public let name: String
    /// The label text to analyze.
    public let text: String
    /// What the reader noticed and the user should know (the encoding guessed, a page with several lists).
    public let warnings: [String]

    /// Why an input holds no label.
    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// The file could not be read (exit 2).
        case unreadable(InputError)
        /// The input is a page, and no ingredient list was found in it (exit 1).
        case page(name: String, PageError)
        /// The page has fewer ingredient lists than the one asked for (`--product N`; exit 1).
        case noSuchProduct(name: String, requested: Int, found: Int)

        public var description: String {
            switch self {
            case .unreadable(let error): error.description
            case .page(let name, let error): "\(name): \(error)"
            case .noSuchProduct(let name, let requested, let found):
                "\(name): the page has \(found) ingredient list\(found == 1 ? "" : "s"); there is no product \(requested)"
            }
        }
    }

    /// Reads the file at `path` (at most the page size the extractor reads). `product` picks the page's
    /// 1-based ingredient list when the file is a page with several (the first by default).
    public static func read(path: String, extractor: PageExtractor, product: Int? = nil) throws(Failure) -> LabelSource
    {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path, limit: extractor.maxBytes)
        } catch {
            throw .unreadable(error)
        }
        return try make(bytes, name: path, extractor: extractor, product: product)
    }

    /// The label in `bytes`, read from the input called `name` (`product`: as for `read`).
    public static func make(_ bytes: [UInt8], name: String, extractor: PageExtractor, product: Int? = nil)
        throws(Failure) -> LabelSource
    {
        let (text, encoding) = TextDecoding.decodeText(bytes)
        var warnings: [String] = []
        if encoding == .windows1252 { warnings.append("\(name): not UTF-8; read as Windows-1252 (Latin-1)") }
        if isMarkup(text) {
            switch extractor.extract(bytes, kind: .html) {
            case .success(let products):
                if let product, !products.indices.contains(product - 1) {
                    throw .noSuchProduct(name: name, requested: product, found: products.count)
                }
                if products.count > 1, product == nil {
                    let names = products.map { $0.variant ?? $0.card.name ?? "?" }.joined(separator: "; ")
                    warnings.append(
                        "\(name): the page has \(products.count) ingredient lists (\(names)); analyzing the first (inci scan reads them all)"
                    )
                }
                return LabelSource(name: name, text: products[(product ?? 1) - 1].ingredientText, warnings: warnings)
            case .failure(let error):
                throw .page(name: name, error)
            }
        }
        if let names = jsonNames(text) {
            return LabelSource(name: name, text: names.joined(separator: "\n"), warnings: warnings)
        }
        return LabelSource(name: name, text: IngredientColumn.text(ofCell: text), warnings: warnings)
    }

    /// A page rather than a label: it starts with a doctype, an `<html>`, `<head>` or `<body>` tag, or
    /// a comment, or it is mostly markup (tags are at least a tenth of its text). A label that mentions
    /// `<5%` is none of these.
    static func isMarkup(_ text: String) -> Bool {
        let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }.prefix(512).lowercased()
        guard start.hasPrefix("<") else { return false }
        for opening in [
            "<!doctype html", "<html", "<head", "<body", "<!--", "<?xml", "<meta", "<div", "<p>", "<p ", "<table",
            "<ul", "<section", "<article",
        ]
        where start.hasPrefix(opening) { return true }
        let tags = text.utf8.count { $0 == UInt8(ascii: "<") }
        return tags >= 3 && tags * 10 >= text.utf8.count / 10
    }

    /// The names of a JSON array of strings (`["Water", "Glycerin"]`), if the text is one.
    static func jsonNames(_ text: String) -> [String]? {
        let trimmed = text.drop { $0.isWhitespace }
        guard trimmed.hasPrefix("["), let value = try? JSONParser.parse(text), let items = value.array else {
            return nil
        }
        let names = items.compactMap(\.string)
        return names.count == items.count ? names : nil
    }
}
