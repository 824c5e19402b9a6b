/// Reads what `plan export --format json` wrote, for `plan import`. PLACEHOLDER API, implemented
/// by the export work: keep the signatures.
public enum PlanJSONReader {
    /// A read plan.
    public struct Document: Sendable, Equatable {
        /// The catalogue identity the plan was exported from.
        public var catalog: String?
        /// The entries.
        public var entries: [PlanEntry]

        /// Creates a document.
        public init(catalog: String?, entries: [PlanEntry]) {
            self.catalog = catalog
            self.entries = entries
        }
    }

    /// Parses an exported plan; errors name the line, column and entry.
    public static func read(_ bytes: [UInt8]) throws(ListReadError) -> Document {
        throw .unreadable("plan import is not written yet", position: nil)
    }
}
