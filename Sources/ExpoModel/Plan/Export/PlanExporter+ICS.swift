/// The plan as an iCalendar file (RFC 5545).
///
/// - A timed entry is a VEVENT from its start to start + duration; an untimed one is a VTODO.
/// - Times carry `TZID=` of the entry's zone, with a VTIMEZONE for it, when the system knows
///   the zone; otherwise (no zone, or one the system does not know) they are floating.
/// - STATUS: to-visit, visited and contacted are CONFIRMED events; skipped is CANCELLED. For
///   to-dos: NEEDS-ACTION, COMPLETED, COMPLETED, CANCELLED. CATEGORIES holds the plan status.
/// - PRIORITY 1, 2, 3 become 1, 5, 9: RFC 5545 §3.8.1.9's high, medium and low.
extension PlanExporter {
    /// PRODID of the calendars Pavilion writes.
    static let productID = "-//Pavilion//Visit plan//EN"

    func renderICS() -> String {
        let rows = PlanOrder.rows(entries, in: catalog)
        var zones: [String: ICSTimeZone] = [:]
        var spans: [String: (from: Int64, to: Int64)] = [:]
        for row in rows {
            guard let id = row.entry.timeZone, let start = row.entry.start, let end = row.entry.end else { continue }
            guard let zone = zones[id] ?? ICSTimeZone(id) else { continue }
            zones[id] = zone
            let a = zone.instant(of: start), b = zone.instant(of: end)
            let old = spans[id] ?? (a, b)
            spans[id] = (min(old.from, a), max(old.to, b))
        }
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + Self.productID, "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                     "X-WR-CALNAME:" + ICSText.escape(catalog.title + " · visit plan")]
        for id in zones.keys.sorted() {
            if let zone = zones[id], let span = spans[id] { lines += zone.lines(from: span.from, to: span.to) }
        }
        for row in rows where row.entry.start != nil {
            lines += component(row, zone: row.entry.timeZone.flatMap { zones[$0] })
        }
        for row in rows where row.entry.start == nil {
            lines += component(row, zone: nil)
        }
        lines.append("END:VCALENDAR")
        var out = ""
        for line in lines { ICSText.fold(line, into: &out) }
        return out
    }

    /// A VEVENT (timed entry) or VTODO (untimed) for one entry.
    private func component(_ row: PlanRow, zone: ICSTimeZone?) -> [String] {
        let e = row.entry
        let kind = e.start == nil ? "VTODO" : "VEVENT"
        var out = ["BEGIN:" + kind, "UID:" + ICSText.escape(Self.uid(booth: e.boothID, catalog: catalog.identity)),
                   "DTSTAMP:" + UTCTimestamp.basic(now), "CREATED:" + UTCTimestamp.basic(e.added),
                   "LAST-MODIFIED:" + UTCTimestamp.basic(e.updated)]
        if let start = e.start, let end = e.end {
            let param = zone.map { ";TZID=" + ICSText.parameter($0.id) } ?? ""
            out.append("DTSTART" + param + ":" + UTCTimestamp.basic(start) + "00")
            out.append("DTEND" + param + ":" + UTCTimestamp.basic(end) + "00")
        }
        out.append("SUMMARY:" + ICSText.escape(summary(row)))
        if let booth = row.booth {
            let location = [row.expo, booth.hall.map { "hall " + $0 }, booth.code.map { "booth " + $0 }].compactMap { $0 }
            out.append("LOCATION:" + ICSText.escape(location.joined(separator: ", ")))
        } else if row.event != nil {
            let location = [row.expo, row.hall].compactMap { $0 }
            out.append("LOCATION:" + ICSText.escape(location.joined(separator: ", ")))
        }
        let description = self.description(row, zoneUnknown: e.start != nil && e.timeZone != nil && zone == nil)
        if !description.isEmpty { out.append("DESCRIPTION:" + ICSText.escape(description)) }
        out.append("STATUS:" + Self.icsStatus(e.status, todo: e.start == nil))
        out.append("CATEGORIES:" + ICSText.escape(e.status.rawValue))
        if let p = e.priority { out.append("PRIORITY:\(Self.icsPriority(p))") }
        out.append("END:" + kind)
        return out
    }

    /// "Exhibitor (B12)", or "Booth b9 (not in this catalogue any more)".
    private func summary(_ row: PlanRow) -> String {
        if let event = row.event { return event.title }
        guard let booth = row.booth, let exhibitor = row.exhibitor else {
            return row.entry.eventID.map { "Event \($0) (\(PlanRow.gone))" } ?? "Booth \(row.entry.boothID) (\(PlanRow.gone))"
        }
        return booth.code.map { "\(exhibitor) (\($0))" } ?? exhibitor
    }

    /// The note, the booth's products, and what is missing.
    private func description(_ row: PlanRow, zoneUnknown: Bool) -> String {
        var parts: [String] = []
        if let note = row.entry.note, !note.isEmpty { parts.append(note) }
        if let products = row.booth?.products, !products.isEmpty { parts.append("Products: " + products.joined(separator: ", ")) }
        if let e = row.event, let s = e.summary { parts.append(s) }
        if row.isGone { parts.append((row.entry.eventID.map { "Event \($0)" } ?? "Booth \(row.entry.boothID)") + " is \(PlanRow.gone).") }
        if zoneUnknown, let zone = row.entry.timeZone {
            parts.append("The time is local to the fair (\(zone), a zone this system does not know).")
        }
        return parts.joined(separator: "\n\n")
    }

    /// RFC 5545 STATUS of an event or a to-do.
    static func icsStatus(_ s: PlanStatus, todo: Bool) -> String {
        switch s {
        case .toVisit: todo ? "NEEDS-ACTION" : "CONFIRMED"
        case .visited, .contacted: todo ? "COMPLETED" : "CONFIRMED"
        case .skipped: "CANCELLED"
        }
    }

    /// 1, 2, 3 → 1, 5, 9 (RFC 5545 §3.8.1.9: HIGH, MEDIUM, LOW in a three-level scheme).
    static func icsPriority(_ p: Int) -> Int { [1, 5, 9][min(2, max(0, p - 1))] }

    /// A UID stable across exports: `<booth id>@<catalogue slug>.pavilion`. The slug is the
    /// identity lower-cased with runs of other characters than a–z and 0–9 as `-`; when that
    /// changed the identity, an 8-digit hash of it follows, so different identities differ.
    static func uid(booth: String, catalog identity: String) -> String {
        var slug = ""
        for u in identity.lowercased().unicodeScalars {
            if ("a"..."z").contains(u) || ("0"..."9").contains(u) {
                slug.unicodeScalars.append(u)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug != identity {
            var h: UInt32 = 2_166_136_261   // FNV-1a
            for b in identity.utf8 { h = (h ^ UInt32(b)) &* 16_777_619 }
            let hex = String(h, radix: 16)
            slug += (slug.isEmpty ? "" : "-") + String(repeating: "0", count: 8 - hex.count) + hex
        }
        return booth + "@" + slug + ".pavilion"
    }
}
