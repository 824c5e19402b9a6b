/// Reads a frab / Pentabarf schedule XML (the c3voc schedule XSD) into a `ScheduleDocument`.
///
/// `<schedule>` holds `<conference>` (title, acronym, start, end, time_zone_name) and `<day
/// date start end>` elements, each with `<room name>` elements holding `<event guid id>`
/// elements (date, start, duration, room, title, subtitle, track, type, abstract, description,
/// persons/person). Other elements (links, attachments, recording…) are skipped.
///
/// It uses the project's streaming `XMLScanner` (the one that reads .xlsx parts): it reads a
/// large schedule without building a tree, refuses a DOCTYPE (so no entity can expand), and gives
/// the line of a syntax error; Foundation's `XMLParser` refuses more than 10 MB at once on Linux.
public struct FrabScheduleReader {
    /// The event fields read from the event's direct children.
    static let eventFields: Set<String> = ["date", "start", "duration", "room", "title", "subtitle", "track", "type", "abstract", "description"]
    static let conferenceFields: Set<String> = ["title", "acronym", "start", "end", "time_zone_name"]

    /// Creates a reader.
    public init() {}

    /// Reads `bytes`; throws when they are not a well-formed schedule XML.
    public func read(_ bytes: [UInt8]) throws(ScheduleError) -> ScheduleDocument {
        var s = XMLScanner(bytes, part: "XML")
        s.noun = "file"
        var state = _FrabState(lines: LineMap(bytes))
        do throws(ListReadError) {
            loop: while true {
                switch try s.next() {
                case .start: try state.open(&s)
                case .end: state.close(s.nameText)
                case .text: try state.text(s)
                case .endOfDocument: break loop
                }
            }
        } catch {
            throw ScheduleError(error.description)
        }
        guard state.sawConference else {
            throw ScheduleError("the <schedule> has no <conference> element, which a frab schedule starts with (title, start, end, time_zone_name)")
        }
        return state.document
    }
}
