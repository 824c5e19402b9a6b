/// The catalogue kind of a schedule event's `type`.
///
/// Matched by words, in this order: round table or podium → round-table; ceremony, opening,
/// closing → ceremony; signing → signing; meetup, B2B, business, matchmaking → business-day;
/// keynote, forum → forum; lecture, talk, workshop, panel, session → session; any other type →
/// other. No type gives no kind.
public enum ScheduleEventKind {
    static let rules: [(words: [String], kind: ExpoEvent.Kind)] = [
        (["round table", "round-table", "roundtable", "podium"], .roundTable),
        (["ceremony", "opening", "closing"], .ceremony),
        (["signing"], .signing),
        (["meetup", "meet-up", "b2b", "business", "matchmaking"], .businessDay),
        (["keynote", "forum"], .forum),
        (["lecture", "talk", "workshop", "panel", "session", "lightning"], .session),
    ]

    /// The kind for a type such as `Lecture`, `lightning_talk`, `Round Table`; nil for no type.
    public static func kind(forType type: String?) -> ExpoEvent.Kind? {
        guard let type else { return nil }
        let t = String(type.lowercased().map { $0 == "_" ? " " : $0 }).trimmingCharacters(in: " \t\r\n")
        guard !t.isEmpty else { return nil }
        for rule in rules where rule.words.contains(where: { t.contains($0) }) { return rule.kind }
        return .other
    }
}
