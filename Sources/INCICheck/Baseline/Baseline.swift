import Foundation
import INCIJSON

/// Known findings a catalog has accepted, so CI fails only on new ones (as Periphery and SwiftLint do).
///
/// Stored as JSON, version 2: `{"version": 2, "findings": [{"rule", "file", "product", "ingredient"}, …]}`.
/// A finding is known by what it is about, never by how it is worded or where the row sits:
/// - `file` is relative to the baseline file's folder, so `cat.csv`, `./cat.csv` and an absolute path
///   (or a run from another directory) agree;
/// - `product` and `ingredient` rather than the line, so inserting rows above does not make it new;
/// - no message text, which carries scores and changes whenever a weight is tuned.
///
/// Version 1 files (fingerprints holding the path as typed and the message) are still read: their
/// path is taken relative to the current directory, their message dropped. `--write-baseline`
/// rewrites them as version 2.
public struct Baseline: Sendable {
    public static let currentVersion = 2

    /// What identifies a finding across runs.
    public struct Entry: Sendable, Hashable, Comparable {
        public let rule: String
        public let file: String
        /// The product's brand and name, or `line N` when the catalog names no product.
        public let product: String
        public let ingredient: String

        public static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.file, lhs.product, lhs.rule, lhs.ingredient) < (rhs.file, rhs.product, rhs.rule, rhs.ingredient)
        }
    }

    public private(set) var entries: Set<Entry>
    /// The folder paths are relative to: the baseline file's.
    public let folder: String
    /// The version the file was written in (1 for a migrated baseline).
    public let fileVersion: Int

    /// A baseline of `findings`, to be written into `folder`.
    public init(findings: [Finding], folder: String) {
        self.folder = CatalogPath.absolute(folder)
        self.fileVersion = Self.currentVersion
        entries = []
        entries = Set(findings.map(entry(for:)))
    }

    public init(contentsOf url: URL) throws(PolicyError) {
        let bad = PolicyError(
            file: url.path, line: nil,
            message:
                "not an inci baseline (expected {\"version\": 2, \"findings\": [...]}); write one with --write-baseline"
        )
        guard let data = FileManager.default.contents(atPath: url.path),
            let value = try? JSONParser.parse(String(decoding: data, as: UTF8.self)),
            let list = value["findings"]?.array
        else { throw bad }
        folder = CatalogPath.absolute(url.deletingLastPathComponent().path)
        let version = value["version"]?.number.map(Int.init) ?? 1
        fileVersion = version
        switch version {
        case 1:
            let folder = folder
            entries = Set(
                try list.map { item throws(PolicyError) in
                    guard let fingerprint = item.string else { throw bad }
                    return Self.migrate(fingerprint, folder: folder)
                })
        case 2:
            entries = Set(
                try list.map { item throws(PolicyError) in
                    guard let rule = item["rule"]?.string, let file = item["file"]?.string else { throw bad }
                    return Entry(
                        rule: rule, file: file, product: item["product"]?.string ?? "",
                        ingredient: item["ingredient"]?.string ?? "")
                })
        default:
            throw PolicyError(
                file: url.path, line: nil,
                message:
                    "baseline version \(version) is newer than this inci reads (\(Self.currentVersion)); update inci or rewrite it with --write-baseline"
            )
        }
    }

    public func contains(_ finding: Finding) -> Bool { entries.contains(entry(for: finding)) }

    /// The entry `finding` is recorded as, with its file relative to this baseline's folder.
    public func entry(for finding: Finding) -> Entry {
        Entry(
            rule: finding.rule.rawValue, file: CatalogPath.relative(finding.location.file, to: folder),
            product: finding.location.product ?? "line \(finding.location.line ?? 0)",
            ingredient: finding.ingredient ?? "")
    }

    public func data() -> Data {
        let findings: [JSONValue] = entries.sorted().map { entry in
            var object: [String: JSONValue] = [
                "rule": .string(entry.rule), "file": .string(entry.file), "product": .string(entry.product),
            ]
            if !entry.ingredient.isEmpty { object["ingredient"] = .string(entry.ingredient) }
            return .object(object)
        }
        let document: JSONValue = ["version": JSONValue(Self.currentVersion), "findings": .array(findings)]
        return Data(((try? JSONOutput.render(document)) ?? "{}\n").utf8)
    }

    /// A version 1 fingerprint is rule, path as typed, product, ingredient and message, separated by
    /// U+001F; the path was typed relative to the directory inci ran in, taken to be the current one.
    static func migrate(_ fingerprint: String, folder: String) -> Entry {
        let parts = fingerprint.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
        func part(_ index: Int) -> String { index < parts.count ? parts[index] : "" }
        return Entry(
            rule: part(0), file: CatalogPath.relative(part(1), to: folder), product: part(2), ingredient: part(3))
    }
}
