/// An entry of the bibliography (`Dictionaries/sources.txt`) that ratings and claims cite by key.
public struct Source: Sendable, Hashable, Identifiable {
    public enum Kind: String, Sendable, Hashable, CaseIterable { case primary, review, regulation, secondary }

    public let id: String
    public let citation: String
    public let kind: Kind?
    /// The assay behind the figures, when known (e.g. "rabbit ear").
    public let assay: String?

    public init(id: String, citation: String, kind: Kind?, assay: String?) {
        self.id = id
        self.citation = citation
        self.kind = kind
        self.assay = assay
    }
}
