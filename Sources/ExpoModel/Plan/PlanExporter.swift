/// Writes a visit plan as a calendar (ICS), CSV, a Markdown checklist or JSON.
///
/// Every format lists the entries in `PlanOrder` (by start, untimed last, then hall and booth
/// code), and keeps entries whose booth is no longer in the catalogue, saying so. Each format's
/// details are on its `render…` extension.
public struct PlanExporter: Sendable {
    /// The formats.
    public enum Format: String, Sendable, CaseIterable {
        case ics, csv, md, json
    }

    /// The catalogue the entries belong to (for exhibitor names, codes, halls, the expo).
    public let catalog: Catalog
    /// The entries.
    public let entries: [PlanEntry]
    /// The time of export in seconds since 1970 (DTSTAMP).
    public let now: Int64
    /// CSV only: start with a UTF-8 byte-order mark (for spreadsheets).
    public var byteOrderMark = true

    /// Creates an exporter.
    public init(catalog: Catalog, entries: [PlanEntry], now: Int64) {
        self.catalog = catalog
        self.entries = entries
        self.now = now
    }

    /// The plan in `format`.
    public func render(_ format: Format) -> String {
        switch format {
        case .ics: renderICS()
        case .csv: renderCSV()
        case .md: renderMarkdown()
        case .json: renderJSON()
        }
    }
}
