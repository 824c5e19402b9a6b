import Testing
import ExpoModel
@testable import ExpoTUI

/// `m`, `n`, `v`, `t`, the Plan view's `d` and `u`, a read-only plan, and the stored plan coming back.
@Suite struct PlanUpdateTests {
    /// The Catalogue view with the booth list focused (Vi Holding Group, b1, selected).
    var booths: BrowserState { press(Fixtures.state(120, 30), .char("l"), .char("l")) }

    @Test func mMarksAndUnmarksTheSelectedBooth() {
        let (marked, fx) = update(booths, .key(.char("m")))
        #expect(fx == [.plan(.toggle("b1"))])
        #expect(marked.plan.entry("b1")?.status == .toVisit)
        #expect(marked.notice == "★ marked Vi Holding Group")
        let row = render(marked).text.split(separator: "\n").first { $0.contains("Vi Holding Gr") && $0.contains("▸ ★") }
        #expect(row?.contains("▸ ★ ") == true, "\(render(marked).text)")
        let (unmarked, fx2) = update(marked, .key(.char("m")))
        #expect(fx2 == [.plan(.toggle("b1"))])
        #expect(unmarked.plan.entries.isEmpty)
        #expect(unmarked.notice == "unmarked Vi Holding Group")
    }

    @Test func markWorksInTheSearchAndTheExhibitorsBooths() {
        var s = type(press(Fixtures.state(120, 30), .char("s")), "哈尔滨")
        let (searched, fx) = update(s, .key(.tab))
        #expect(fx == [.plan(.toggle("b2"))])
        #expect(searched.mode == .search)
        #expect(searched.input.text == "哈尔滨")
        s = press(Fixtures.state(120, 30), .char("2"), .char("l"))
        #expect(update(s, .key(.char("m"))).effects == [.plan(.toggle("b1"))])
    }

    @Test func mDoesNothingWithoutABooth() {
        let expos = Fixtures.state(120, 30)
        #expect(update(expos, .key(.char("m"))).effects.isEmpty)
        #expect(update(expos, .key(.char("n"))).state.mode == .normal)
    }

    @Test func vCyclesTheStatusAndEachHasItsOwnSign() {
        var s = booths
        var signs: [String] = []
        for _ in 0..<5 {
            s = press(s, .char("v"))
            signs.append(s.plan.mark("b1"))
        }
        #expect(signs == ["★", "✓", "✉", "✗", "★"])
        #expect(update(s, .key(.char("v"))).effects == [.plan(.cycleStatus("b1"))])
    }

    @Test func nTypesAMultiLineNoteAndEscKeepsTheOldOne() {
        var s = press(booths, .char("n"))
        #expect(s.mode == .note)
        s = type(s, "ask about prices")
        s = press(s, .ctrl("j"))
        s = type(s, "bring card")
        #expect(s.input.text == "ask about prices↵bring card")
        let (saved, fx) = update(s, .key(.enter))
        #expect(fx == [.plan(.setNote("b1", "ask about prices\nbring card"))])
        #expect(saved.plan.entry("b1")?.note == "ask about prices\nbring card")
        #expect(saved.mode == .normal)
        // Reopened, the note is there to edit; Esc leaves it as it was.
        var again = press(saved, .char("n"))
        #expect(again.input.text == "ask about prices↵bring card")
        again = type(again, " more")
        let (cancelled, none) = update(again, .key(.escape))
        #expect(none.isEmpty)
        #expect(cancelled.plan.entry("b1")?.note == "ask about prices\nbring card")
    }

    @Test func altEnterIsANewLineInANote() {
        let s = type(press(booths, .char("n")), "a")
        let after = update(s, [.key(.escape), .key(.enter)]).state
        #expect(after.mode == .note)
        #expect(after.input.text == "a↵")
    }

    @Test func tPlansATimeOnTheExposFirstDayAndMovesIt() throws {
        var s = type(press(booths, .char("t")), "10:30")
        s = press(s, .enter)
        #expect(s.plan.entry("b1")?.start == LocalDateTime(year: 2017, month: 6, day: 15, hour: 10, minute: 30))
        s = type(press(s, .char("t"), .ctrl("u")), "16 9:05")
        s = press(s, .enter)
        #expect(s.plan.entry("b1")?.start?.description == "2017-06-16T09:05")
        s = type(press(s, .char("t"), .ctrl("u")), "+1h30m")
        s = press(s, .enter)
        #expect(s.plan.entry("b1")?.start?.description == "2017-06-16T10:35")
        #expect(s.notice == "planned 2017-06-16 10:35: Vi Holding Group")
    }

    @Test func aBadTimeKeepsTheFieldOpenWithAMessage() {
        let s = press(type(press(booths, .char("t")), "25:00"), .enter)
        #expect(s.mode == .time)
        #expect(s.message?.contains("is not a time") == true)
        #expect(s.plan.entries.isEmpty)
        let cleared = press(type(press(s, .ctrl("u")), ""), .enter)
        #expect(cleared.mode == .normal)
    }

    @Test func aReadOnlyPlanSaysWhyAndAsksForNothing() {
        var s = booths
        s.plan = PlanState(entries: [], readOnly: "written by a newer Pavilion")
        let (after, fx) = update(s, .key(.char("m")))
        #expect(fx.isEmpty)
        #expect(after.message == "the plan is read-only: written by a newer Pavilion")
        #expect(update(s, .key(.char("n"))).state.mode == .normal)
    }

    @Test func planViewListsByTimeRemovesAndUndoes() {
        var s = booths
        s = press(type(press(s, .char("t")), "2017-06-16 11:00"), .enter)   // b1 Vi Holding, later
        s = press(s, .char("j"))
        s = press(type(press(s, .char("t")), "2017-06-16 10:00"), .enter)   // b3 Амурский, earlier
        s = press(s, .char("j"), .char("m"))                                 // b2 哈尔滨啤酒, no time
        s = press(s, .char("3"))
        #expect(s.view == .plan)
        #expect(s.rows(.plan).map(\.name) == ["Амурский металлист", "Vi Holding Group", "哈尔滨啤酒"])
        // d removes the selected entry; u puts it back, selected.
        s = press(s, .char("j"))
        let (removed, fx) = update(s, .key(.char("d")))
        #expect(fx == [.plan(.remove(["b1"]))])
        #expect(removed.rows(.plan).map(\.name) == ["Амурский металлист", "哈尔滨啤酒"])
        let (restored, fx2) = update(removed, .key(.char("u")))
        #expect(fx2.count == 1)
        #expect(restored.plan.entry("b1")?.start?.description == "2017-06-16T11:00")
        #expect(restored.selectedRow(.plan)?.name == "Vi Holding Group")
        #expect(update(restored, .key(.char("u"))).effects.isEmpty)
    }

    @Test func theStoredPlanReplacesTheShownOneAndKeepsTheSelection() {
        var s = press(booths, .char("m"), .char("j"), .char("m"), .char("3"), .char("j"))
        let selected = s.selectedRow(.plan)?.name
        let stored = [PlanEntry(boothID: "b1", added: 1), PlanEntry(boothID: "b3", added: 1, status: .visited),
                      PlanEntry(boothID: "gone", added: 1, note: "was at the old fair")]
        s = update(s, .plan(stored, readOnly: nil)).state
        #expect(s.plan.entry("b3")?.status == .visited)
        #expect(s.selectedRow(.plan)?.name == selected)
        #expect(s.rows(.plan).map(\.name).contains("not in this catalogue any more"))
        #expect(render(s).text.contains("gone"))
    }

    @Test func clashesAreFlaggedAndCounted() {
        var s = booths
        s = press(type(press(s, .char("t")), "2017-06-16 10:00"), .enter)
        s = press(s, .char("j"))
        s = press(type(press(s, .char("t")), "2017-06-16 10:15"), .enter)
        s = press(s, .char("3"))
        let text = render(s).text
        #expect(text.contains("2 planned · 1 clash"))
        #expect(text.components(separatedBy: "clash ").count - 1 >= 2)
    }
}

/// The run loop with a plan backend: failures put the stored plan back, ticks bring others' edits.
@Suite struct PlanRunLoopTests {
    final class FakeBackend: PlanBackend {
        var stored: [String: PlanEntry] = [:]
        var failNext: String?
        var external: [PlanEntry]?
        var changesAsked = 0

        func store(_ change: PlanChange) -> PlanBackendFailure? {
            if let why = failNext {
                failNext = nil
                return PlanBackendFailure(message: why, entries: Array(stored.values), readOnly: nil)
            }
            change.apply(to: &stored, now: 5)
            return nil
        }

        func changes() -> (entries: [PlanEntry], readOnly: String?)? {
            changesAsked += 1
            defer { external = nil }
            return external.map { ($0, nil) }
        }
    }

    @Test func storedChangesAndAFailureThatPutsThePlanBack() {
        let backend = FakeBackend()
        let size = Size(width: 120, height: 30)
        let t = RecordingTerminal(size: size, batches: [[.key(.char("l")), .key(.char("l")), .key(.char("m"))]])
        var final = runBrowser(BrowserState(catalog: Fixtures.catalog, size: size), on: t, plan: backend)
        #expect(backend.stored["b1"] != nil)
        #expect(final.plan.entry("b1") != nil)
        #expect(t.idleTickMS == 1000)

        backend.failNext = "the plan's database is busy; try again"
        let t2 = RecordingTerminal(size: size, batches: [[.key(.char("l")), .key(.char("l")), .key(.char("j")), .key(.char("m"))]])
        final = runBrowser(BrowserState(catalog: Fixtures.catalog, size: size, plan: PlanState(entries: Array(backend.stored.values))), on: t2, plan: backend)
        #expect(final.plan.entry("b3") == nil)
        #expect(final.notice == "the plan's database is busy; try again")
    }

    @Test func aTickShowsAnotherProcesssChangeAndDrawsOnlyThen() {
        let backend = FakeBackend()
        let size = Size(width: 120, height: 30)
        let t = RecordingTerminal(size: size, batches: [[.key(.char("3"))], [.tick], [.tick]])
        backend.external = [PlanEntry(boothID: "b2", added: 1, note: "from the CLI")]
        let final = runBrowser(BrowserState(catalog: Fixtures.catalog, size: size), on: t, plan: backend)
        #expect(final.plan.entry("b2")?.note == "from the CLI")
        #expect(backend.changesAsked == 2)
        // First screen, after "3", after the tick with a change; the empty tick draws nothing.
        #expect(t.screens.count == 3)
        #expect(t.screens.last?.text.contains("哈尔滨啤酒") == true)
    }
}
