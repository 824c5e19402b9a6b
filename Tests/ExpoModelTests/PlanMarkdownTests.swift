import Testing
@testable import ExpoModel

@Suite struct PlanMarkdownTests {
    @Test func checklistGroupedByDayAndHall() {
        let expected = """
        # Test fair · visit plan

        7 booths · 5 scheduled · 1 visited · 1 contacted · 1 skipped · 1 not in this catalogue any more
        Times are in Asia/Harbin, Europe/Berlin; the others are local time.

        ## Monday 24 April 2017

        ### Hall 2

        - [x] 11:00–11:30 · H1 · Амурская \\*Звезда\\* (contacted)

        ## Friday 16 June 2017

        ### Hall 2

        - [ ] 10:30–11:00 · B9 · 哈尔滨电气集团 · priority 2 — \(PlanSample.chineseNote)
        - [ ] 10:30–11:00 · B12 · Vi Holding Group · priority 1 — Ask about prices, delivery; "quotes"

        ### Hall 10

        - [x] 09:00–09:45 · A-3 · Амурская \\*Звезда\\*

        ## Saturday 17 June 2017

        ### Hall 1

        - [ ] 14:00–14:30 · C1 · 哈尔滨电气集团 · priority 3

        ## Unscheduled

        ### Hall not known

        - [ ] b4 · Vi Holding Group — =HYPERLINK("http://example.com")
        - [ ] b99 · *not in this catalogue any more* (skipped) — Moved?

        """
        let md = PlanSample.exporter.render(.md)
        #expect(md == expected)
        if md != expected {
            for (a, b) in zip(md.split(separator: "\n", omittingEmptySubsequences: false), expected.split(separator: "\n", omittingEmptySubsequences: false)) where a != b {
                Issue.record("got \(a)\nexpected \(b)")
                break
            }
        }
    }

    @Test func namesAreEscaped() {
        #expect(PlanExporter.markdownEscape("*bold* _it_ `code` [link](x) <b> a|b ~s~ #1 & \\") ==
            "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\<b\\> a\\|b \\~s\\~ \\#1 \\& \\\\")
        #expect(PlanExporter.markdownEscape("two\nlines") == "two lines")
    }

    @Test func anEmptyPlan() {
        let md = PlanExporter(catalog: PlanSample.catalog, entries: [], now: PlanSample.now).render(.md)
        #expect(md == "# Test fair · visit plan\n\n0 booths · 0 scheduled · 0 visited\n")
    }

    @Test func weekdays() throws {
        #expect(PlanExporter.dayTitle(try #require(LocalDateTime(iso: "2000-01-01T00:00"))) == "Saturday 1 January 2000")
        #expect(PlanExporter.dayTitle(try #require(LocalDateTime(iso: "2024-02-29T12:00"))) == "Thursday 29 February 2024")
    }
}
