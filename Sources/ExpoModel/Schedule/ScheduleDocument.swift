/// A conference schedule as the readers find it, before it becomes catalogue events: the
/// conference and its events, with their fields as the file writes them.
public struct ScheduleDocument: Sendable, Equatable {
    /// The conference block.
    public struct Conference: Sendable, Equatable {
        /// The conference's title.
        public var title: String?
        /// Its short name (`acronym`).
        public var acronym: String?
        /// First day, as written (`2017-06-16`, or a date and time).
        public var start: String?
        /// Last day, as written.
        public var end: String?
        /// The IANA time zone of local times (`time_zone_name`).
        public var timeZoneName: String?

        /// An empty conference block.
        public init() {}
    }

    /// One event (talk, session…) of the schedule.
    public struct Item: Sendable, Equatable {
        /// `guid` and `id`, as written.
        public var guid: String?, id: String?
        /// `date`: the start as a date and time, usually with an offset.
        public var date: String?
        /// `start`: the time of day (`10:00`), read with the day's date when `date` is missing.
        public var start: String?
        /// `duration`: `HH:MM` or `H:MM:SS`.
        public var duration: String?
        /// The room (the `room` field, else the room the event is listed under).
        public var room: String?
        /// Text fields.
        public var title: String?, subtitle: String?, type: String?, track: String?, abstract: String?, description: String?
        /// The people's names, in order.
        public var persons: [String] = []
        /// The date of the day the event is listed under, and that day's start (date and time).
        public var dayDate: String?, dayStart: String?
        /// Where the event is in the file (its line, or its JSON path), for messages.
        public var position: TextPosition?
        /// How to name the event in messages: `event 12` (its id), `schedule.conference.days[0]…`.
        public var label: String = "event"

        /// An empty event.
        public init() {}
    }

    /// The conference.
    public var conference = Conference()
    /// The events, in file order.
    public var items: [Item] = []

    /// An empty schedule.
    public init() {}
}
