/// How a label name was composed into an INCI name: the pieces it was cut into, what each reads as, and
/// the other registered names the same pieces could also have meant.
public struct Composition: Sendable, Hashable {
    public struct Part: Sendable, Hashable {
        /// The piece as printed (compact: no spaces or punctuation); empty for a part the plant's name
        /// implies and the label does not print.
        public let printed: String
        /// The INCI part it reads as (empty for a marker that prints no INCI word).
        public let reads: String
        /// The table line that gave the reading (`languages/ko.txt:12`), nil for digits and Latin letters
        /// read as themselves.
        public let rule: String?
        /// `anion`: printed first, read last (ヒアルロン酸Na → Sodium Hyaluronate).
        public let movedLast: Bool

        /// What an unprinted part reads as when several registered parts fit and none is chosen.
        public static let unknownPart = "(part unknown)"
    }

    public let language: Language
    /// The composed INCI name, as registered (dictionary or CosIng spelling).
    public let name: String
    public let parts: [Part]
    /// Other registered names the pieces could read as (another species of the same common name),
    /// most likely first. Empty when the reading is unambiguous.
    public let alternatives: [String]
    /// The chosen reading's share of the weight of all readings (1 when unambiguous): how often, on real
    /// labels, this species is the one meant.
    public let share: Double

    public var isAmbiguous: Bool { !alternatives.isEmpty }

    /// The plant is read, its part is not: `name` is no registered name, and `alternatives` are the
    /// registered names it could be (딜추출물 → Anethum Graveolens (part unknown) Extract).
    public var isPartUnknown: Bool { parts.contains { $0.reads == Part.unknownPart } }

    /// `감초 → Glycyrrhiza Glabra · 추출물 → Extract`, for `inci explain`.
    public var summary: String {
        parts.map {
            "\($0.printed.isEmpty ? "(implied)" : $0.printed) → \($0.reads.isEmpty ? "(marker)" : $0.reads)"
                + ($0.movedLast ? " (read last)" : "")
        }
        .joined(separator: " · ")
    }
}
