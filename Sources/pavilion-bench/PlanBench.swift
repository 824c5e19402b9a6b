import ExpoModel
import ExpoStore
import ExpoTUI
import Foundation

/// Figures for the visit plan's database (`pavilion-bench --plan`): with `entries` entries in the
/// plan, the time of a mark/unmark (`PlanChange.toggle`) and of a note save through
/// `PlanStore.apply`, each one transaction committed to the file, and of loading the whole plan
/// (`entries(catalog:)`, what the Plan view reads when it opens).
enum PlanBench {
    static func run(entries count: Int, rounds: Int = 300) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pavilion-plan-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("pavilion.sqlite").path
        let store = try PlanStore(path: path)
        let catalog = "bench"
        let start = LocalDateTime(year: 2017, month: 6, day: 15, hour: 9) ?? LocalDateTime(iso: "2017-06-15T09:00")
        let filled = (0..<count).map { i in
            PlanEntry(boothID: "booth-\(i)", added: 1_500_000_000, status: PlanStatus.allCases[i % 4],
                      note: i % 3 == 0 ? "Note \(i): ask about prices\n第二行 \(i)" : nil,
                      start: i % 2 == 0 ? start?.adding(minutes: 30 * (i % 40)) : nil, priority: i % 5 == 0 ? 1 : nil)
        }
        var t = Clock.now
        try store.apply(.restore(filled), catalog: catalog, now: 1_500_000_000)
        print(String(format: "plan: filled %d entries in one transaction: %.0f ms", count, t.ms))

        var toggles: [Double] = [], notes: [Double] = [], loads: [Double] = []
        for i in 0..<rounds {
            let id = "booth-\((i * 7919) % max(1, count))"
            t = Clock.now
            try store.apply(.toggle(id), catalog: catalog, now: 1_600_000_000 + Int64(i))
            toggles.append(t.ms)
            t = Clock.now
            try store.apply(.toggle(id), catalog: catalog, now: 1_600_000_000 + Int64(i))
            toggles.append(t.ms)
            t = Clock.now
            try store.apply(.setNote(id, "Saved note \(i)\nwith a second line, 第二行"), catalog: catalog, now: 1_600_000_000 + Int64(i))
            notes.append(t.ms)
        }
        var loaded = 0
        for _ in 0..<30 {
            t = Clock.now
            loaded = try store.entries(catalog: catalog).count
            loads.append(t.ms)
        }
        // A fresh process opening the plan: open (no migration) and load.
        t = Clock.now
        let reopened = try PlanStore(path: path)
        let openMS = t.ms
        t = Clock.now
        _ = try reopened.entries(catalog: catalog)
        let firstLoadMS = t.ms
        print(String(format: "plan: mark/unmark p50 %.2f ms, p95 %.2f ms, max %.2f ms (%d)", pct(toggles, 50), pct(toggles, 95), toggles.max() ?? 0, toggles.count))
        print(String(format: "plan: note save p50 %.2f ms, p95 %.2f ms, max %.2f ms (%d)", pct(notes, 50), pct(notes, 95), notes.max() ?? 0, notes.count))
        print(String(format: "plan: load %d entries p50 %.1f ms, p95 %.1f ms; open the file %.1f ms, first load %.1f ms", loaded, pct(loads, 50), pct(loads, 95), openMS, firstLoadMS))
        try planView(entries: count, store: reopened)
    }

    /// Opening the Plan view (`3`) with `count` entries whose booths are in a demo catalogue:
    /// the plan loaded from the file, ordered with clashes found, and the first frame drawn.
    static func planView(entries count: Int, store: PlanStore) throws {
        let catalog = DemoCatalog.generate(booths: max(count, DemoCatalog.defaultBooths))
        let start = LocalDateTime(year: 2017, month: 6, day: 15, hour: 9)
        let entries = catalog.booths.prefix(count).enumerated().map { i, b in
            PlanEntry(boothID: b.id, added: 1_500_000_000, status: PlanStatus.allCases[i % 4],
                      note: i % 3 == 0 ? "Note \(i)" : nil, start: i % 2 == 0 ? start?.adding(minutes: 20 * (i % 30)) : nil)
        }
        try store.apply(.restore(entries), catalog: catalog.identity, now: 1_500_000_000)
        let size = Size(width: 200, height: 50)
        let base = BrowserState(catalog: catalog, size: size)
        var opens: [Double] = []
        for _ in 0..<20 {
            let t = Clock.now
            var s = base
            s.plan = PlanState(entries: try store.entries(catalog: catalog.identity))
            s = update(s, .key(.char("3"))).state
            _ = render(s)
            opens.append(t.ms)
        }
        print(String(format: "plan view: open with %d entries (load, order, first frame at 200×50) p50 %.1f ms, p95 %.1f ms", count, pct(opens, 50), pct(opens, 95)))
    }

    /// The `p`th percentile (nearest rank).
    static func pct(_ xs: [Double], _ p: Double) -> Double {
        let s = xs.sorted()
        guard !s.isEmpty else { return 0 }
        return s[min(s.count - 1, max(0, Int((p / 100 * Double(s.count)).rounded(.up)) - 1))]
    }
}
