/// A dated event of one expo: a forum, a round table, a signing, a business day (format version 2).
///
/// Named `ExpoEvent` so it does not clash with the browser's input `Event`.
public struct ExpoEvent: Sendable, Equatable, Identifiable {
    /// What sort of event it is.
    public enum Kind: String, Sendable, CaseIterable {
        /// A forum or conference.
        case forum
        /// A session within a forum.
        case session
        /// A round table.
        case roundTable = "round-table"
        /// An opening or closing ceremony.
        case ceremony
        /// The signing of agreements.
        case signing
        /// A business day, matchmaking or B2B meetings.
        case businessDay = "business-day"
        /// An exhibition within the expo.
        case exhibition
        /// Anything else.
        case other
    }

    /// Unique id among events.
    public var id: String
    /// The expo it belongs to.
    public var expo: String
    /// Title.
    public var title: String
    /// Kind, if known.
    public var kind: Kind?
    /// Start, ISO 8601 (a date, or a date and time with or without an offset).
    public var start: String?
    /// End, in the same forms; never before the start.
    public var end: String?
    /// Where it takes place (room, building).
    public var venue: String?
    /// Hall id or name.
    public var hall: String?
    /// Ids of the delegations that organised it.
    public var organisers: [String] = []
    /// Speakers, as text.
    public var speakers: [String] = []
    /// Topics.
    public var topics: [String] = []
    /// A summary in the catalogue author's words.
    public var summary: String?
    /// Source ids.
    public var sources: [String] = []
    /// Keys the format does not know, kept as they were.
    public var extra: [JSONMember] = []

    /// Creates an event.
    public init(id: String, expo: String, title: String) {
        self.id = id
        self.expo = expo
        self.title = title
    }

    /// The parsed start, when `start` is well formed.
    public var startTime: EventTime? { start.flatMap(EventTime.init) }
    /// The parsed end, when `end` is well formed.
    public var endTime: EventTime? { end.flatMap(EventTime.init) }
}
