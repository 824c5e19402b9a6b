import Foundation
import Testing

/// Cross-references of the bundled catalogue, read as plain JSON (see `BundledCatalogJSON`).
@Suite struct BundledCatalogReferenceTruthTests {
    @Test func idsAreUniquePerKind() throws {
        let c = try BundledCatalogJSON()
        for kind in BundledCatalogJSON.kinds + ["sources"] {
            let ids = c.ids(kind)
            #expect(ids.count == c.records(kind).count, "\(kind): a record without a string id")
            let repeated = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
            #expect(repeated.isEmpty, "\(kind): repeated ids \(repeated)")
        }
    }

    @Test func everyExpoReferenceResolves() throws {
        let c = try BundledCatalogJSON()
        let expos = Set(c.ids("expos"))
        for kind in ["delegations", "booths", "halls", "events"] {
            let dangling = c.records(kind).filter { !expos.contains($0["expo"] as? String ?? "") }
                .map { $0["id"] as? String ?? "?" }
            #expect(dangling.isEmpty, "\(kind) naming no known expo: \(dangling)")
        }
        let exhibitors = Set(c.ids("exhibitors"))
        let orphan = c.records("booths").filter { !exhibitors.contains($0["exhibitor"] as? String ?? "") }
        #expect(orphan.isEmpty, "booths naming no known exhibitor: \(orphan.map { $0["id"] as? String ?? "?" })")
    }

    /// Delegation id → its expo.
    private func delegationExpos(_ c: BundledCatalogJSON) -> [String: String] {
        var map: [String: String] = [:]
        for d in c.records("delegations") {
            if let id = d["id"] as? String, let expo = d["expo"] as? String { map[id] = expo }
        }
        return map
    }

    @Test func organisersAndBoothDelegationsBelongToTheSameExpo() throws {
        let c = try BundledCatalogJSON()
        let expoOf = delegationExpos(c)
        var wrong: [String] = []
        for e in c.records("events") {
            for o in e["organisers"] as? [String] ?? [] where expoOf[o] == nil || expoOf[o] != e["expo"] as? String {
                wrong.append("event \(e["id"] as? String ?? "?") → \(o)")
            }
        }
        for b in c.records("booths") {
            if let d = b["delegation"] as? String, expoOf[d] != b["expo"] as? String {
                wrong.append("booth \(b["id"] as? String ?? "?") → \(d)")
            }
        }
        #expect(wrong.isEmpty, "organisers or delegations of another expo: \(wrong)")
    }

    /// A booth's or event's `hall` may be free text; when it is a hall id it must be a hall of the
    /// record's own expo. The free-text halls are counted and reported.
    @Test func hallsNamedByIdBelongToTheSameExpo() throws {
        let c = try BundledCatalogJSON()
        var hallExpo: [String: String] = [:]
        for h in c.records("halls") {
            if let id = h["id"] as? String, let expo = h["expo"] as? String { hallExpo[id] = expo }
        }
        var freeText = 0, withHall = 0
        var wrong: [String] = []
        for kind in ["booths", "events"] {
            for r in c.records(kind) {
                guard let hall = r["hall"] as? String else { continue }
                if kind == "booths" { withHall += 1 }
                guard let expo = hallExpo[hall] else {
                    if kind == "booths" { freeText += 1 }
                    continue
                }
                if expo != r["expo"] as? String { wrong.append("\(kind) \(r["id"] as? String ?? "?") → \(hall)") }
            }
        }
        #expect(wrong.isEmpty, "hall ids of another expo: \(wrong)")
        #expect(freeText <= withHall)
        print("bundled catalogue: \(withHall) booths name a hall, \(freeText) of them as free text")
    }

    @Test func noEventEndsBeforeItStarts() throws {
        let c = try BundledCatalogJSON()
        var wrong: [String] = []
        for e in c.records("events") {
            guard let start = e["start"] as? String, let end = e["end"] as? String else { continue }
            if end.prefix(10) < start.prefix(10) { wrong.append(e["id"] as? String ?? "?") }
        }
        #expect(wrong.isEmpty, "events ending before they start: \(wrong)")
        for x in c.records("expos") {
            guard let start = x["start"] as? String, let end = x["end"] as? String else { continue }
            #expect(end.prefix(start.count) >= start.prefix(end.count), "expo \(x["id"] as? String ?? "?")")
        }
    }
}
