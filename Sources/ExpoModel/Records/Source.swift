/// A citation: where a record's facts come from.
public struct Source: Sendable, Equatable, Identifiable {
    /// Unique id among sources.
    public var id: String
    /// Title of the article, page or document.
    public var title: String
    /// Who published it.
    public var publisher: String?
    /// Publication date (ISO 8601, possibly partial).
    public var date: String?
    /// Public address.
    public var url: String?
    /// Free note, e.g. which figure this source gives.
    public var note: String?
    /// Keys the format does not know, kept as they were.
    public var extra: [JSONMember] = []

    /// Creates a source.
    public init(id: String, title: String, publisher: String? = nil, date: String? = nil, url: String? = nil, note: String? = nil) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.date = date
        self.url = url
        self.note = note
    }
}
