import ArgumentParser
import ExpoModel

extension Stats {
    /// `stats --by FACET [--expo ID]`: value and count, most frequent first; `--json` gives
    /// `[{"value", "count"}]`. Exit 64 for an unknown facet or `--expo` without `--by`, 65 for an
    /// unknown expo.
    func runFacet() throws -> Never {
        guard let by else {
            Console.error("--expo needs --by (country, sector, hall, delegation, kind or expo)")
            throw ExitCode(64)
        }
        guard let facet = Facet(rawValue: by.lowercased()) else {
            let names = Facet.allCases.map(\.rawValue)
            let near = IDSuggestion.closest(to: by.lowercased(), among: names)
            Console.error("--by \"\(by)\" is not a facet; use one of \(names.joined(separator: ", "))" + (near.isEmpty ? "" : " (did you mean \(near[0])?)"))
            throw ExitCode(64)
        }
        let c = try options.load()
        var booths: [Int] = Array(c.booths.indices)
        if let expo {
            guard c.expo(expo) != nil else {
                Console.error("no expo with id \"\(expo)\" in \(options.displayName)" + IDSuggestion.hint(for: expo, among: c.expos.map(\.id), otherwise: ""))
                throw ExitCode(65)
            }
            booths = c.boothIndices(ofExpo: expo)
        }
        let counts = facet.counts(of: booths, in: c)
        if json {
            let items = counts.map { k in
                JSONNode(.object([JSONMember(key: "value", node: JSONNode(.string(k.value))),
                                  JSONMember(key: "count", node: JSONNode(.number(Double(k.count), isInteger: true)))]))
            }
            Console.out(JSONWriter().string(.array(items)))
        } else {
            var t = Table(headers: [facet.rawValue.uppercased(), "BOOTHS"], rightAligned: [1])
            t.rows = counts.map { [$0.value, Format.grouped($0.count)] }
            t.lines().forEach(Console.out)
            let without = booths.count - counts.reduce(0) { $0 + $1.count }
            if facet != .sector, without > 0 { Console.out("(\(Format.grouped(without)) of \(Format.grouped(booths.count)) booths \(without == 1 ? "has" : "have") no \(facet.rawValue))") }
        }
        Console.finish(0)
    }
}
