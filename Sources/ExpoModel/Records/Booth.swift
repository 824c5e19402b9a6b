/// An exhibitor's stand at one expo.
public struct Booth: Sendable, Equatable, Identifiable {
    /// Unique id among booths.
    public var id: String
    /// The expo it stands at.
    public var expo: String
    /// Who takes it.
    public var exhibitor: String
    /// The delegation it belongs to, if any.
    public var delegation: String?
    /// Booth code or label, e.g. "A-101".
    public var code: String?
    /// Hall or pavilion.
    public var hall: String?
    /// Area in square metres.
    public var areaSqm: Double?
    /// Products shown.
    public var products: [String] = []
    /// A summary in the catalogue author's words.
    public var summary: String?
    /// Source ids.
    public var sources: [String] = []
    /// The record's `extra` object: imported columns the format has no key for (header →
    /// text), in the order of the columns.
    public var extraFields: [ExtraField] = []
    /// Keys the format does not know, kept as they were.
    public var extra: [JSONMember] = []

    /// Creates a booth.
    public init(id: String, expo: String, exhibitor: String) {
        self.id = id
        self.expo = expo
        self.exhibitor = exhibitor
    }
}
