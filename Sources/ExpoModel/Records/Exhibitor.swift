/// A company or body that takes booths.
public struct Exhibitor: Sendable, Equatable, Identifiable {
    /// Unique id among exhibitors.
    public var id: String
    /// Name, usually in Latin script.
    public var name: String
    /// Name in its own script (Chinese, Russian…).
    public var localName: String?
    /// ISO 3166-1 alpha-2 country code.
    public var country: String?
    /// Industry sectors.
    public var sectors: [String] = []
    /// Web address.
    public var website: String?
    /// A summary in the catalogue author's words.
    public var summary: String?
    /// Source ids.
    public var sources: [String] = []
    /// The record's `extra` object: imported columns the format has no key for (header →
    /// text), in the order of the columns.
    public var extraFields: [ExtraField] = []
    /// Keys the format does not know, kept as they were.
    public var extra: [JSONMember] = []

    /// Creates an exhibitor.
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
