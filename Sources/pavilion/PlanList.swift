import ArgumentParser
import ExpoModel

/// `pavilion plan list`: the plan as a table or JSON.
struct PlanList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the plan: time, status, booth code, exhibitor, hall, booth id and the note's first line.",
        discussion: HelpText.reflow("""
        Sorted by time (untimed entries last), then hall and booth code. A booth that left the
        catalogue is listed as "not in this catalogue any more".
        """)
    )

    @OptionGroup var options: CatalogOptions

    @Option(name: .long, help: ArgumentHelp("Only entries with this status: to-visit, visited, contacted or skipped.", valueName: "status"))
    var status: String?

    @Flag(name: .long, help: "Print a JSON array of entries with their booth's code, exhibitor and hall.")
    var json = false

    func validate() throws {
        if let status, PlanStatus(rawValue: status) == nil {
            throw ValidationError("--status must be one of \(PlanStatus.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(status)\"")
        }
    }

    func run() throws {
        let ctx = try PlanContext.open(options, writing: false)
        let c = ctx.catalog
        let entries = PlanText.sorted(try ctx.entries().filter { status == nil || $0.status.rawValue == status }, in: c)
        if json {
            Console.out(JSONWriter().string(.array(entries.map { JSONNode(Self.json($0, c)) })))
            return
        }
        guard !entries.isEmpty else {
            Console.error("the plan of \(ctx.identity) has no \(status.map { $0 + " " } ?? "")entries")
            return
        }
        var t = Table(headers: ["TIME", "STATUS", "BOOTH", "EXHIBITOR", "HALL", "ID", "NOTE"])
        for e in entries {
            let b = c.booth(e.boothID)
            t.rows.append([
                PlanText.time(e), e.status.rawValue, b?.code ?? Format.unknown,
                b.map { c.exhibitor($0.exhibitor)?.name ?? $0.exhibitor } ?? PlanText.gone,
                b?.hall ?? Format.unknown, e.boothID, e.noteFirstLine ?? "",
            ])
        }
        t.lines().forEach(Console.out)
    }

    /// One entry as JSON, with what the catalogue says of its booth.
    static func json(_ e: PlanEntry, _ c: Catalog) -> JSONValue {
        func m(_ key: String, _ v: JSONValue) -> JSONMember { JSONMember(key: key, node: JSONNode(v)) }
        func s(_ v: String?) -> JSONValue { v.map { .string($0) } ?? .null }
        func n(_ v: Int?) -> JSONValue { v.map { .number(Double($0), isInteger: true) } ?? .null }
        let b = c.booth(e.boothID)
        return .object([
            m("booth_id", .string(e.boothID)), m("in_catalogue", .bool(b != nil)),
            m("status", .string(e.status.rawValue)), m("note", s(e.note)),
            m("start", s(e.start?.description)), m("time_zone", s(e.timeZone)),
            m("duration_minutes", n(e.durationMinutes)), m("priority", n(e.priority)),
            m("added", n(Int(e.added))), m("updated", n(Int(e.updated))),
            m("code", s(b?.code)), m("exhibitor", s(b.map { c.exhibitor($0.exhibitor)?.name ?? $0.exhibitor })),
            m("hall", s(b?.hall)), m("expo", s(b?.expo)),
        ])
    }
}
