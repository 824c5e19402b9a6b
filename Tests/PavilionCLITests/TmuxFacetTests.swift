import Foundation
import Testing

/// The facet panel in the real binary, on the demo catalogue at 80×24.
@Suite(.serialized) struct TmuxFacetTests {
    static func status(_ screen: String) -> String {
        ProcessResult.lines(screen).last(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) ?? ""
    }

    /// `2,550`, as the browser writes counts.
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        return String(digits.enumerated().flatMap { i, c in i > 0 && (digits.count - i) % 3 == 0 ? [",", c] : [c] })
    }

    /// The count beside RU in the panel's country group (`RU   430  17 %`), if shown.
    static func russianCount(_ screen: String) -> Int? {
        for line in ProcessResult.lines(screen) {
            let cells = line.split(separator: "│").map { $0.trimmingCharacters(in: .whitespaces) }
            for cell in cells where cell.hasPrefix("RU ") || cell.hasPrefix("▸ RU ") {
                let words = cell.split(separator: " ")
                if let at = words.firstIndex(of: "RU"), words.indices.contains(at + 1) {
                    return Int(words[at + 1].replacingOccurrences(of: ",", with: ""))
                }
            }
        }
        return nil
    }

    /// `F` on the demo's booths shows RU with its count; Enter on it filters the list to
    /// that many booths; Esc closes the panel and the filter stays.
    @Test func facetPanelFiltersTheDemosBoothsToRussia() throws {
        let t = try TmuxSession.browser(label: "facets", width: 80, height: 24, arguments: ["--demo"])
        defer { t.kill() }
        try t.waitFor(text: "┌ Expos")
        try t.press("Enter")
        try t.waitUntil("the delegations focused") { Self.status($0).hasPrefix(" Delegations") }
        try t.press("Enter")
        var screen = try t.waitUntil("the booths focused") { Self.status($0).hasPrefix(" Booths") }
        let all = try #require(Self.status(screen).split(separator: " ").dropFirst().first.map(String.init), "\(screen)")
        try t.press("F")
        screen = try t.waitUntil("the panel with RU and its count") { $0.contains("┌ Facets · Booths") && Self.russianCount($0) != nil }
        let count = try #require(Self.russianCount(screen))
        #expect(count > 0)
        // Down to RU when another country has more booths.
        var moves = 0
        while !Self.status(screen).contains("Enter adds country:ru") {
            try #require(moves < 10, "RU never selected:\n\(screen)")
            let before = Self.status(screen)
            try t.press("j")
            moves += 1
            screen = try t.waitUntil("the selection to move") { Self.status($0) != before }
        }
        try t.press("Enter")
        let narrowed = "Booths \(Self.grouped(count))/"
        screen = try t.waitUntil("the list filtered to RU's \(count) booths") { Self.status($0).hasPrefix(" " + narrowed) }
        #expect(Self.status(screen).contains("filter /country:ru"), "\(screen)")
        #expect(screen.contains("┌ Facets · Booths"), "the panel stays open:\n\(screen)")
        #expect(Self.russianCount(screen) == count, "counted again, RU keeps its count:\n\(screen)")
        try t.press("Escape")
        screen = try t.waitForAbsence(of: "┌ Facets")
        #expect(Self.status(screen).hasPrefix(" " + narrowed) && Self.status(screen).contains("filter /country:ru"),
                "the filter stays after Esc:\n\(screen)")
        #expect(!all.hasPrefix(narrowed), "RU is not every booth of the expo (\(all))")
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }
}
