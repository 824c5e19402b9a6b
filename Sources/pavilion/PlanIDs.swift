import ArgumentParser
import ExpoModel

/// Turns the ids given to `plan add`/`set`/`remove` into booth ids.
enum PlanIDs {
    /// Booth ids for `ids`: a booth id stands for itself, an exhibitor id for its booths (at
    /// `expo`, or at its only expo). Ids in `planned` are accepted as they are (an entry whose booth
    /// left the catalogue can still be changed or removed).
    /// - Throws: exit 65 naming unknown ids with the closest known ones; 64 when an exhibitor has
    ///   booths at several expos and no `--expo` says which.
    static func resolve(_ ids: [String], expo: String?, in c: Catalog, planned: Set<String> = []) throws -> [String] {
        if let expo, c.expo(expo) == nil {
            Console.error("no expo with id \"\(expo)\" in the catalogue; expos: \(c.expos.map(\.id).joined(separator: ", "))")
            throw ExitCode(65)
        }
        var out: [String] = [], seen = Set<String>(), unknown: [String] = []
        func take(_ id: String) { if seen.insert(id).inserted { out.append(id) } }
        for id in ids {
            if c.booth(id) != nil || planned.contains(id) { take(id); continue }
            // An event: `event:ID`, or its id alone.
            if let e = PlanEntry(boothID: id, added: 0).eventID ?? (c.event(id) != nil && c.exhibitor(id) == nil ? id : nil), c.event(e) != nil {
                take(PlanEntry.key(event: e))
                continue
            }
            guard c.exhibitor(id) != nil else { unknown.append(id); continue }
            let booths = c.booths(ofExhibitor: id)
            let expos = Array(Set(booths.map(\.expo))).sorted()
            if let expo {
                let at = booths.filter { $0.expo == expo }
                guard !at.isEmpty else {
                    Console.error("exhibitor \"\(id)\" has no booth at expo \(expo)" + (expos.isEmpty ? "" : "; it has booths at \(expos.joined(separator: ", "))"))
                    throw ExitCode(65)
                }
                at.forEach { take($0.id) }
            } else if expos.count > 1 {
                Console.error("exhibitor \"\(id)\" has booths at several expos (\(expos.joined(separator: ", "))); choose one with --expo")
                throw ExitCode(64)
            } else if booths.isEmpty {
                Console.error("exhibitor \"\(id)\" has no booth in the catalogue")
                throw ExitCode(65)
            } else {
                booths.forEach { take($0.id) }
            }
        }
        if !unknown.isEmpty {
            for id in unknown {
                let near = closest(to: id, in: c)
                Console.error("no booth, exhibitor or event with id \"\(id)\" in the catalogue" + (near.isEmpty ? "; try `pavilion search \(id)`" : "; did you mean \(near.joined(separator: ", "))?"))
            }
            throw ExitCode(65)
        }
        return out
    }

    /// Up to three booth, exhibitor or event ids within a few edits of `id`, closest first.
    static func closest(to id: String, in c: Catalog) -> [String] {
        IDSuggestion.closest(to: id, among: c.booths.lazy.map(\.id) + c.exhibitors.lazy.map(\.id) + c.events.lazy.map(\.id))
    }
}
