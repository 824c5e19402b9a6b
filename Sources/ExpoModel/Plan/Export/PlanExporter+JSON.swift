/// The plan as JSON, what `plan import` reads back (`PlanJSONReader`):
///
///     {"format": "pavilion-plan", "version": 1, "catalog": "china-russia-expo",
///      "exported": "2017-06-16T08:00:00Z",
///      "entries": [{"booth": "b1", "status": "to-visit", "note": null, "start": "2017-06-16T10:30",
///                   "time_zone": "Asia/Harbin", "duration_minutes": 30, "priority": null,
///                   "added": "2017-06-10T09:00:00Z", "updated": "2017-06-10T09:00:00Z"}]}
///
/// Every key is written, in this order, null when unset; entries in plan order.
extension PlanExporter {
    /// The `format` value of a plan export.
    public static let jsonFormatName = "pavilion-plan"
    /// The `version` of the plan export format this Pavilion writes and reads.
    public static let jsonVersion = 1
    /// The keys of an entry, in the order they are written.
    static let jsonEntryKeys = ["booth", "status", "note", "start", "time_zone", "duration_minutes", "priority", "added", "updated"]

    func renderJSON() -> String {
        let entries = PlanOrder.rows(self.entries, in: catalog).map { JSONNode(Self.json($0.entry)) }
        let root: JSONValue = .object([
            member("format", .string(Self.jsonFormatName)),
            member("version", .number(Double(Self.jsonVersion), isInteger: true)),
            member("catalog", .string(catalog.identity)),
            member("exported", .string(UTCTimestamp.iso(now))),
            member("entries", .array(entries)),
        ])
        return JSONWriter().string(root) + "\n"
    }

    /// One entry as a JSON object.
    static func json(_ e: PlanEntry) -> JSONValue {
        func str(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
        func int(_ n: Int?) -> JSONValue { n.map { .number(Double($0), isInteger: true) } ?? .null }
        let values: [JSONValue] = [
            .string(e.boothID), .string(e.status.rawValue), str(e.note), str(e.start?.description),
            str(e.start == nil ? nil : e.timeZone), int(e.durationMinutes), int(e.priority),
            .string(UTCTimestamp.iso(e.added)), .string(UTCTimestamp.iso(e.updated)),
        ]
        return .object(zip(jsonEntryKeys, values).map { JSONMember(key: $0, node: JSONNode($1)) })
    }

    private func member(_ key: String, _ value: JSONValue) -> JSONMember { JSONMember(key: key, node: JSONNode(value)) }
}
