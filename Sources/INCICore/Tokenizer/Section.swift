/// Which part of a label a token was printed in.
public enum Section: String, Sendable, Hashable, CaseIterable, Codable {
    /// An ordinary ingredient list (cosmetics: descending order down to 1 %).
    case main
    /// The "Active Ingredients" of a US OTC Drug Facts panel (with their strengths).
    case active
    /// The "Inactive Ingredients" of a Drug Facts panel.
    case inactive
    /// "May contain", `+/-`, "Peut contenir": shade-dependent colourants, present or not.
    case mayContain = "may-contain"
}
