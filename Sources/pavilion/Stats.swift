import ArgumentParser
import ExpoModel

/// `pavilion stats`: counts and each expo's figures.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Count expos, delegations, exhibitors, booths, halls and events, and list each expo's figures.",
        discussion: HelpText.reflow("""
        --by counts the booths by one property instead, most frequent first:
        country (the exhibitor's), sector (a booth counts once per sector), hall,
        delegation, kind (the delegation's) or expo; --expo keeps one expo's booths.

        Examples:
          pavilion stats
          pavilion stats --json | jq .booths
          pavilion stats --by country --expo cre-4
        """)
    )

    @OptionGroup var options: CatalogOptions

    @Flag(name: .long, help: "Print JSON: {title, synthetic, expos, delegations, exhibitors, booths, halls, events, sources, per_expo}.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Count the booths by country, sector, hall, delegation, kind or expo.", valueName: "facet"))
    var by: String?

    @Option(name: .long, help: ArgumentHelp("With --by: only this expo's booths.", valueName: "id"))
    var expo: String?

    func run() throws {
        if by != nil || expo != nil { try runFacet() }
        let c = try options.load()
        if json {
            func n(_ x: Int) -> JSONNode { JSONNode(.number(Double(x), isInteger: true)) }
            func m(_ k: String, _ v: JSONNode) -> JSONMember { JSONMember(key: k, node: v) }
            let perExpo: [JSONNode] = c.expos.map { e in
                var members = [m("id", JSONNode(.string(e.id))), m("name", JSONNode(.string(e.name))),
                               m("start", JSONNode(e.start.map { .string($0) } ?? .null)),
                               m("listed_booths", n(c.boothCount(ofExpo: e.id))),
                               m("delegations", n(c.delegationIndices(ofExpo: e.id).count)),
                               m("halls", n(c.halls(ofExpo: e.id).count)), m("events", n(c.eventCount(ofExpo: e.id)))]
                if case let .object(expo) = CatalogEncoder.json(e), let f = expo.first(where: { $0.key == "figures" }) {
                    members.append(m("figures", f.node))
                } else {
                    members.append(m("figures", JSONNode(.null)))
                }
                return JSONNode(.object(members))
            }
            let v: JSONValue = .object([
                m("title", JSONNode(.string(c.title))), m("synthetic", JSONNode(.bool(c.synthetic))),
                m("expos", n(c.expos.count)), m("delegations", n(c.delegations.count)),
                m("exhibitors", n(c.exhibitors.count)), m("booths", n(c.booths.count)),
                m("halls", n(c.halls.count)), m("events", n(c.events.count)),
                m("sources", n(c.sources.count)), m("per_expo", JSONNode(.array(perExpo))),
            ])
            Console.out(JSONWriter().string(v))
            return
        }
        Console.out(SafeText.visible(c.title) + (c.synthetic ? " (synthetic data)" : ""))
        var counts = Table(headers: ["RECORDS", "COUNT"], rightAligned: [1])
        counts.rows = [["expos", Format.grouped(c.expos.count)], ["delegations", Format.grouped(c.delegations.count)],
                       ["exhibitors", Format.grouped(c.exhibitors.count)], ["booths", Format.grouped(c.booths.count)],
                       ["halls", Format.grouped(c.halls.count)], ["events", Format.grouped(c.events.count)],
                       ["sources", Format.grouped(c.sources.count)]]
        counts.lines().forEach(Console.out)
        guard !c.expos.isEmpty else { return }
        Console.out("")
        var t = Table(headers: ["EXPO", "START", "BOOTHS LISTED", "OF", "AREA", "PARTICIPANTS", "COUNTRIES", "EVENTS", "ID"],
                      rightAligned: [2, 3, 4, 5, 6, 7], maxWidth: 44)
        let sorted = c.expos.sorted { ($0.start ?? "") < ($1.start ?? "") }
        for e in sorted {
            let f = e.figures
            t.rows.append([e.name, e.start ?? Format.unknown, Format.grouped(c.boothCount(ofExpo: e.id)),
                           f?.booths.map { Format.grouped($0) } ?? Format.unknown,
                           f?.areaSqm.map { Format.area($0) } ?? Format.unknown,
                           f?.participants.map { Format.grouped($0) } ?? Format.unknown,
                           f?.countries.map { Format.grouped($0) } ?? Format.unknown,
                           Format.grouped(c.eventCount(ofExpo: e.id)), e.id])
        }
        t.lines().forEach(Console.out)
    }
}
