/// The plan as a printable Markdown checklist: a header with the catalogue's title and counts,
/// then one section per day (in date order; untimed entries last, under "Unscheduled"), one
/// sub-section per hall (natural order; booths with no hall, or no longer in the catalogue,
/// last), and one line per entry in plan order:
/// `- [ ] 10:30–11:00 · B12 · Exhibitor — first line of the note`, `- [x]` when visited or
/// contacted. Names and notes are escaped so they print as written.
extension PlanExporter {
    func renderMarkdown() -> String {
        let rows = PlanOrder.rows(entries, in: catalog)
        var out = "# " + Self.markdownEscape(catalog.title) + " · visit plan\n\n" + markdownCounts(rows) + "\n"
        let zones = Set(rows.compactMap { $0.entry.start == nil ? nil : $0.entry.timeZone }).sorted()
        if !zones.isEmpty {
            let floating = rows.contains { $0.entry.start != nil && $0.entry.timeZone == nil }
            out += "Times are in " + zones.map(Self.markdownEscape).joined(separator: ", ") + (floating ? "; the others are local time.\n" : ".\n")
        }
        // Days in order, untimed last; halls in natural order within a day.
        var days: [(title: String, rows: [PlanRow])] = []
        for row in rows {
            let title = row.entry.start.map(Self.dayTitle) ?? "Unscheduled"
            if days.last?.title == title { days[days.count - 1].rows.append(row) } else { days.append((title, [row])) }
        }
        for day in days {
            out += "\n## " + day.title + "\n"
            var halls: [String?: [PlanRow]] = [:]
            for row in day.rows { halls[row.hall, default: []].append(row) }
            let order = halls.keys.sorted { a, b in
                guard let a else { return false }
                guard let b else { return true }
                return naturalLess(a, b)
            }
            for hall in order {
                out += "\n### " + (hall.map { ($0.contains(" ") || $0.lowercased().hasPrefix("hall") ? "" : "Hall ") + Self.markdownEscape($0) } ?? "Hall not known") + "\n\n"
                for row in halls[hall] ?? [] { out += markdownLine(row) + "\n" }
            }
        }
        return out
    }

    /// "5 booths · 3 scheduled · 1 visited", and the other statuses and missing booths when there are any.
    private func markdownCounts(_ rows: [PlanRow]) -> String {
        func count(_ s: PlanStatus) -> Int { rows.reduce(0) { $0 + ($1.entry.status == s ? 1 : 0) } }
        var parts = ["\(rows.count) \(rows.count == 1 ? "booth" : "booths")", "\(rows.filter { $0.entry.start != nil }.count) scheduled",
                     "\(count(.visited)) visited"]
        if count(.contacted) > 0 { parts.append("\(count(.contacted)) contacted") }
        if count(.skipped) > 0 { parts.append("\(count(.skipped)) skipped") }
        let gone = rows.filter(\.isGone).count
        if gone > 0 { parts.append("\(gone) \(PlanRow.gone)") }
        return parts.joined(separator: " · ")
    }

    /// `- [ ] 10:30–11:00 · B12 · Exhibitor · priority 1 — note's first line`.
    private func markdownLine(_ row: PlanRow) -> String {
        let e = row.entry
        var parts: [String] = []
        if let start = e.start, let end = e.end { parts.append(Self.clock(start) + "–" + Self.clock(end)) }
        parts.append(Self.markdownEscape(row.booth?.code ?? (row.event != nil ? "event" : e.boothID)))
        var who = row.exhibitor.map(Self.markdownEscape) ?? "*\(PlanRow.gone)*"
        if e.status == .contacted || e.status == .skipped { who += " (\(e.status.rawValue))" }
        parts.append(who)
        if let p = e.priority { parts.append("priority \(p)") }
        let box = e.status == .visited || e.status == .contacted ? "- [x] " : "- [ ] "
        var line = box + parts.joined(separator: " · ")
        if let note = e.noteFirstLine { line += " — " + Self.markdownEscape(note) }
        return line
    }

    /// `10:30`.
    private static func clock(_ t: LocalDateTime) -> String { UTCTimestamp.two(t.hour) + ":" + UTCTimestamp.two(t.minute) }

    /// "Friday 16 June 2017".
    static func dayTitle(_ t: LocalDateTime) -> String {
        let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                      "November", "December"]
        // Days counted from a Monday (2001-01-01), whatever day `minutesSinceEpoch` counts from.
        let monday = (LocalDateTime(year: 2001, month: 1, day: 1)?.minutesSinceEpoch ?? 0) / 1440
        let days = t.minutesSinceEpoch / 1440 - monday
        let weekday = weekdays[((days % 7) + 7) % 7]
        return "\(weekday) \(t.day) \(months[t.month - 1]) \(t.year)"
    }

    /// Text that prints as written in Markdown: the characters that could start emphasis, code,
    /// links, HTML, entities, strikethrough, tables or a closing `#` get a backslash; line
    /// breaks become spaces.
    static func markdownEscape(_ text: String) -> String {
        var out = ""
        for u in text.unicodeScalars {
            switch u {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "~", "&", "#", "|": out += "\\"; out.unicodeScalars.append(u)
            case "\n", "\r": out += " "
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
