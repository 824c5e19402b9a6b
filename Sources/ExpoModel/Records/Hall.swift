/// A hall or pavilion of one expo (format version 2).
///
/// A booth whose `hall` text equals a hall's `id` at the same expo refers to that hall.
public struct Hall: Sendable, Equatable, Identifiable {
    /// Unique id among halls.
    public var id: String
    /// The expo it belongs to.
    public var expo: String
    /// Display name, e.g. "Hall A" or "Russian pavilion".
    public var name: String
    /// Area in square metres.
    public var areaSqm: Double?
    /// A summary in the catalogue author's words.
    public var summary: String?
    /// Source ids.
    public var sources: [String] = []
    /// Keys the format does not know, kept as they were.
    public var extra: [JSONMember] = []

    /// Creates a hall.
    public init(id: String, expo: String, name: String) {
        self.id = id
        self.expo = expo
        self.name = name
    }
}
