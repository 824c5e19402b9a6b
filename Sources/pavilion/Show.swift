import ArgumentParser
import ExpoModel
import ExpoStore
import ExpoTUI

/// `pavilion show ID`: one record with every field, its relations and its sources.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show one booth, exhibitor, delegation, expo, event, hall or source by id.",
        discussion: HelpText.reflow("""
        Fields no source gives are shown as "unknown".

        Examples:
          pavilion show cre-4
          pavilion show cre-4-vi-holding-group --json
          pavilion show vi-holding-group --kind exhibitor
          pavilion show cre-4 --kind expo --json
        """)
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case booth, exhibitor, delegation, expo, source, event, hall
    }

    @OptionGroup var options: CatalogOptions

    @Argument(help: "The record's id.", completion: .custom(IDCompletion.kind(.all)))
    var id: String

    @Option(name: .long, help: "Which kind of record, when the id is used by several: booth, exhibitor, delegation, expo, source, event or hall.")
    var kind: Kind?

    @Flag(name: .long, help: "Print JSON: {\"type\", the record, and its related records}.")
    var json = false

    func run() throws {
        let c = try options.load()
        let found: [Kind] = Kind.allCases.filter { k in
            guard kind == nil || kind == k else { return false }
            switch k {
            case .booth: return c.booth(id) != nil
            case .exhibitor: return c.exhibitor(id) != nil
            case .delegation: return c.delegation(id) != nil
            case .expo: return c.expo(id) != nil
            case .source: return c.source(id) != nil
            case .event: return c.event(id) != nil
            case .hall: return c.hall(id) != nil
            }
        }
        guard let k = found.first else {
            Console.error("no \(kind?.rawValue ?? "record") with id \"\(id)\" in \(options.displayName); try `pavilion search \(id)`")
            throw ExitCode(1)
        }
        if found.count > 1 {
            let kinds = found.map { ($0.rawValue.first.map { "aeiou".contains($0) } ?? false ? "an " : "a ") + $0.rawValue }
            Console.error("\"\(id)\" is the id of \(kinds.joined(separator: " and ")); showing the \(k.rawValue) (choose with --kind)")
        }
        if json {
            Console.out(JSONWriter().string(jsonValue(k, c)))
        } else {
            textLines(k, c).forEach(Console.out)
        }
    }

    func sourcesJSON(_ ids: [String], _ c: Catalog) -> JSONNode {
        JSONNode(.array(ids.compactMap { c.source($0) }.map { JSONNode(CatalogEncoder.json($0)) }))
    }

    func jsonValue(_ k: Kind, _ c: Catalog) -> JSONValue {
        func m(_ key: String, _ v: JSONValue) -> JSONMember { JSONMember(key: key, node: JSONNode(v)) }
        var members = [m("type", .string(k.rawValue))]
        switch k {
        case .booth:
            guard let b = c.booth(id) else { return .null }
            members.append(m("booth", CatalogEncoder.json(b)))
            members.append(m("exhibitor", c.exhibitor(b.exhibitor).map { CatalogEncoder.json($0) } ?? .null))
            members.append(m("expo", c.expo(b.expo).map { CatalogEncoder.json($0) } ?? .null))
            members.append(m("delegation", b.delegation.flatMap { c.delegation($0) }.map { CatalogEncoder.json($0) } ?? .null))
            members.append(m("hall", c.hall(ofBooth: b).map { CatalogEncoder.json($0) } ?? .null))
            members.append(JSONMember(key: "sources", node: sourcesJSON(b.sources, c)))
            if let entry = ShowPlan.entry(b.id, c) { members.append(m("plan", PlanList.json(entry, c))) }
        case .exhibitor:
            guard let x = c.exhibitor(id) else { return .null }
            members.append(m("exhibitor", CatalogEncoder.json(x)))
            members.append(m("booths", .array(c.booths(ofExhibitor: x.id).map { JSONNode(CatalogEncoder.json($0)) })))
            members.append(JSONMember(key: "sources", node: sourcesJSON(x.sources, c)))
        case .delegation:
            guard let d = c.delegation(id) else { return .null }
            members.append(m("delegation", CatalogEncoder.json(d)))
            members.append(m("expo", c.expo(d.expo).map { CatalogEncoder.json($0) } ?? .null))
            members.append(m("booths", .array(c.booths(ofDelegation: d.id).map { JSONNode(CatalogEncoder.json($0)) })))
            members.append(m("events", ShowEvents.eventsJSON(c.eventIndices(organisedBy: d.id), c)))
            members.append(JSONMember(key: "sources", node: sourcesJSON(d.sources, c)))
        case .expo:
            guard let e = c.expo(id) else { return .null }
            members.append(m("expo", CatalogEncoder.json(e)))
            members.append(m("listed_booths", .number(Double(c.boothCount(ofExpo: e.id)), isInteger: true)))
            members.append(m("delegations", .array(c.delegations(ofExpo: e.id).map { JSONNode(CatalogEncoder.json($0)) })))
            members.append(m("booths", .array(c.booths(ofExpo: e.id).map { JSONNode(CatalogEncoder.json($0)) })))
            members.append(m("halls", ShowEvents.array(c.halls(ofExpo: e.id), CatalogEncoder.json)))
            members.append(m("events", ShowEvents.eventsJSON(c.eventIndices(ofExpo: e.id), c)))
            members.append(JSONMember(key: "sources", node: sourcesJSON(e.sources, c)))
        case .source:
            guard let s = c.source(id) else { return .null }
            members.append(m("source", CatalogEncoder.json(s)))
        case .event:
            guard let e = c.event(id) else { return .null }
            members += ShowEvents.eventJSON(e, in: c)
        case .hall:
            guard let h = c.hall(id) else { return .null }
            members += ShowEvents.hallJSON(h, in: c)
        }
        return .object(members)
    }

    func textLines(_ k: Kind, _ c: Catalog) -> [String] {
        let width = 100
        var items: [DetailItem]
        switch k {
        case .booth:
            guard let b = c.booth(id) else { return [] }
            items = [.text("booth \(b.id)")] + ShowEvents.booth(Details.booth(b, in: c, limit: .max), b, in: c)
            if let entry = ShowPlan.entry(b.id, c) { items += ShowPlan.items(entry) }
        case .exhibitor:
            guard let x = c.exhibitor(id) else { return [] }
            items = [.text("exhibitor \(x.id)")] + Details.exhibitor(x, in: c, limit: .max, boothIDs: true)
        case .delegation:
            guard let d = c.delegation(id) else { return [] }
            items = [.text("delegation \(d.id)")] + Details.delegation(d, in: c, limit: .max, programme: false)
            let booths = c.booths(ofDelegation: d.id)
            if !booths.isEmpty {
                items += [.blank, .heading("Booths")] + booths.map { .field($0.code ?? "—", (c.exhibitor($0.exhibitor)?.name ?? $0.exhibitor) + " · id " + $0.id) }
            }
            items += ShowEvents.ofDelegation(d, in: c)
        case .expo:
            guard let e = c.expo(id) else { return [] }
            items = [.text("expo \(e.id)")] + Details.expo(e, in: c, limit: .max, programme: false)
            let ds = c.delegations(ofExpo: e.id)
            if !ds.isEmpty { items += [.blank, .heading("Delegations")] + ds.map { .field($0.kind?.rawValue ?? "—", $0.name + " · id " + $0.id) } }
            items += ShowEvents.ofExpo(e, in: c)
            let bs = c.booths(ofExpo: e.id)
            if !bs.isEmpty { items += [.blank, .heading("Booths")] + bs.map { .field($0.code ?? "—", (c.exhibitor($0.exhibitor)?.name ?? $0.exhibitor) + " · id " + $0.id) } }
        case .source:
            guard let s = c.source(id) else { return [] }
            items = [.text("source \(s.id)"), .title(s.title), .field("Publisher", s.publisher), .field("Date", s.date), .field("URL", s.url), .field("Note", s.note)]
            var cited: [String] = []
            for e in c.expos where e.sources.contains(s.id) { cited.append("expo " + e.id) }
            for d in c.delegations where d.sources.contains(s.id) { cited.append("delegation " + d.id) }
            for x in c.exhibitors where x.sources.contains(s.id) { cited.append("exhibitor " + x.id) }
            for b in c.booths where b.sources.contains(s.id) { cited.append("booth " + b.id) }
            for h in c.halls where h.sources.contains(s.id) { cited.append("hall " + h.id) }
            for e in c.events where e.sources.contains(s.id) { cited.append("event " + e.id) }
            items += [.blank, .heading("Cited by")] + (cited.isEmpty ? [.text("no record")] : cited.map { .text($0) })
        case .event:
            guard let e = c.event(id) else { return [] }
            items = ShowEvents.event(e, in: c)
        case .hall:
            guard let h = c.hall(id) else { return [] }
            items = ShowEvents.hall(h, in: c)
        }
        return Details.lines(items, width: width).map { line in
            var l = Substring(line.text)
            while l.last == " " { l = l.dropLast() }
            return String(l)
        }
    }
}
