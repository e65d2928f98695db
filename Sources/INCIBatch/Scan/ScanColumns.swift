import INCICore

/// What the table and CSV of `inci scan` show beyond the fixed columns: a score per chosen skin type
/// (`--skin`, all seven by default), and the terminal's width for the table.
public struct ScanColumns: Sendable {
    public let skinTypes: [SkinType]
    /// Columns of the terminal the table is shown on; nil when it goes to a pipe or file (fixed widths).
    public let terminalWidth: Int?

    public init(skinTypes: [SkinType], terminalWidth: Int? = nil) {
        self.skinTypes = skinTypes
        self.terminalWidth = terminalWidth
    }
}
