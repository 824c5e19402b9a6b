/// One booth (later: one event) in a visitor's plan.
///
/// An entry refers to its booth by the catalogue's booth id and is kept even when the booth is no
/// longer in the catalogue ("not in this catalogue any more"); it is never dropped silently.
public struct PlanEntry: Sendable, Equatable, Hashable {
    /// The booth's id in the catalogue.
    public var boothID: String
    /// When the entry was added, in seconds since 1970 (UTC).
    public var added: Int64
    /// When the entry was last changed, in seconds since 1970 (UTC).
    public var updated: Int64
    /// Where the visitor stands with the booth.
    public var status: PlanStatus
    /// A note, possibly several lines.
    public var note: String?
    /// The planned start, in the expo city's zone (`timeZone`) or floating.
    public var start: LocalDateTime?
    /// The IANA zone of `start` (e.g. `Asia/Harbin`); nil for a floating time.
    public var timeZone: String?
    /// How long the visit is planned to take, in minutes (default 30).
    public var durationMinutes: Int
    /// 1 (highest) to 3, or none.
    public var priority: Int?

    /// The default duration of a visit, in minutes.
    public static let defaultDuration = 30

    /// Creates an entry.
    public init(boothID: String, added: Int64, updated: Int64? = nil, status: PlanStatus = .toVisit, note: String? = nil,
                start: LocalDateTime? = nil, timeZone: String? = nil, durationMinutes: Int = PlanEntry.defaultDuration, priority: Int? = nil) {
        self.boothID = boothID
        self.added = added
        self.updated = updated ?? added
        self.status = status
        self.note = note
        self.start = start
        self.timeZone = timeZone
        self.durationMinutes = durationMinutes
        self.priority = priority
    }

    /// The planned end: start plus duration.
    public var end: LocalDateTime? { start?.adding(minutes: durationMinutes) }

    /// The note's first line, for one-line displays.
    public var noteFirstLine: String? {
        guard let note else { return nil }
        let line = note.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? note
        return line.isEmpty ? nil : line
    }
}
