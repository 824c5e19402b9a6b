import ExpoModel

/// How plan entries read in the command line's tables and in `show`.
enum PlanText {
    /// What stands for a booth that left the catalogue.
    static let gone = "not in this catalogue any more"

    /// "1 entry", "2 entries".
    static func entries(_ n: Int) -> String { n == 1 ? "1 entry" : "\(Format.grouped(n)) entries" }

    /// `2017-06-16 10:30`, or "—" for no time.
    static func time(_ e: PlanEntry) -> String {
        guard let start = e.start else { return Format.unknown }
        return start.description.replacingOccurrences(of: "T", with: " ")
    }

    /// `2017-06-16 10:30–11:00 (Asia/Harbin), 30 min`, or "—".
    static func span(_ e: PlanEntry) -> String {
        guard let start = e.start, let end = e.end else { return Format.unknown }
        let endText = end.description.hasPrefix(String(start.description.prefix(10))) ? String(end.description.suffix(5)) : time(PlanEntry(boothID: "", added: 0, start: end))
        return time(e) + "–" + endText + " (" + (e.timeZone ?? "floating") + "), \(e.durationMinutes) min"
    }

    /// Entries sorted as the Plan view sorts them: by time (untimed last), then hall, then booth code.
    static func sorted(_ entries: [PlanEntry], in c: Catalog) -> [PlanEntry] {
        func key(_ e: PlanEntry) -> (Int, String, String) {
            let b = c.booth(e.boothID)
            return (e.start?.minutesSinceEpoch ?? Int.max, b?.hall ?? "\u{10FFFF}", b?.code ?? e.boothID)
        }
        return entries.sorted { a, b in
            let (ka, kb) = (key(a), key(b))
            if ka.0 != kb.0 { return ka.0 < kb.0 }
            if ka.1 != kb.1 { return naturalLess(ka.1, kb.1) }
            if ka.2 != kb.2 { return naturalLess(ka.2, kb.2) }
            return a.boothID < b.boothID
        }
    }
}
