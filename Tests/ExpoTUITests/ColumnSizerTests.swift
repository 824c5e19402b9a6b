import ExpoModel
import Testing
@testable import ExpoTUI

@Suite struct ColumnSizerTests {
    /// A booth table: code, name, country, area, hall.
    static func booths(nameMin: Int = 8, nameMax: Int? = nil) -> [ColumnSpec] {
        [
            ColumnSpec(contentWidth: TextWidth.of("G-282-2")),                               // 7, required
            ColumnSpec(contentWidth: 30, minWidth: nameMin, maxWidth: nameMax, flexible: true), // name
            ColumnSpec(contentWidth: 7, priority: 3),                                          // country
            ColumnSpec(contentWidth: 6, alignment: .right, priority: 1),                       // area
            ColumnSpec(contentWidth: 4, priority: 2),                                          // hall
        ]
    }

    /// Columns drawn plus the separators between them.
    func used(_ widths: [Int], separator: Int = 1) -> Int {
        let drawn = widths.filter { $0 > 0 }
        return drawn.reduce(0, +) + separator * max(0, drawn.count - 1)
    }

    @Test func roomForAllTheNameTakesTheRest() {
        let w = ColumnSizer.widths(for: Self.booths(), total: 80)
        #expect(w == [7, 52, 7, 6, 4])
        #expect(used(w) == 80)
        #expect(ColumnSizer.widths(for: Self.booths(), total: 1_000_000) == [7, 999_972, 7, 6, 4])
    }

    @Test func aNameWithAMaximumLeavesTheRestEmpty() {
        let w = ColumnSizer.widths(for: Self.booths(nameMax: 40), total: 80)
        #expect(w == [7, 40, 7, 6, 4])
        #expect(used(w) == 68)
    }

    @Test func theNameIsSqueezedBeforeAnythingIsDropped() {
        #expect(ColumnSizer.widths(for: Self.booths(), total: 40) == [7, 12, 7, 6, 4])
        #expect(ColumnSizer.widths(for: Self.booths(), total: 36) == [7, 8, 7, 6, 4])
    }

    @Test func aLowPriorityColumnIsDroppedAt30Columns() {
        // 7 + 8 + 7 + 6 + 4 and four separators is 36: the area (priority 1) goes, and its
        // separator with it; the name gets the column left over.
        let w = ColumnSizer.widths(for: Self.booths(), total: 30)
        #expect(w == [7, 9, 7, 0, 4])
        #expect(used(w) == 30)
    }

    @Test func columnsAreDroppedInPriorityOrderAndTheCodeIsNeverCut() {
        #expect(ColumnSizer.widths(for: Self.booths(), total: 28) == [7, 12, 7, 0, 0])
        #expect(ColumnSizer.widths(for: Self.booths(), total: 26) == [7, 10, 7, 0, 0])
        #expect(ColumnSizer.widths(for: Self.booths(), total: 24) == [7, 8, 7, 0, 0])
        #expect(ColumnSizer.widths(for: Self.booths(), total: 23) == [7, 15, 0, 0, 0])
        #expect(ColumnSizer.widths(for: Self.booths(), total: 16) == [7, 8, 0, 0, 0])
    }

    @Test func equalPrioritiesDropTheRightmostFirst() {
        let specs = [
            ColumnSpec(contentWidth: 5),
            ColumnSpec(contentWidth: 5, priority: 1),
            ColumnSpec(contentWidth: 5, priority: 1),
        ]
        #expect(ColumnSizer.widths(for: specs, total: 12) == [5, 5, 0])
        #expect(ColumnSizer.widths(for: specs, total: 10) == [5, 0, 0])
    }

    @Test func contentWiderThanMaxWidthIsCapped() {
        let specs = [
            ColumnSpec(contentWidth: 50, maxWidth: 20),
            ColumnSpec(contentWidth: 50, minWidth: 5, maxWidth: 12, flexible: true),
            ColumnSpec(contentWidth: 3),
        ]
        #expect(ColumnSizer.widths(for: specs, total: 100) == [20, 12, 3])
        #expect(ColumnSizer.widths(for: specs, total: 30) == [20, 5, 3])
    }

    @Test func minWidthWinsOverNarrowContentAndOverAMaxBelowIt() {
        let specs = [
            ColumnSpec(contentWidth: 2, minWidth: 5),
            ColumnSpec(contentWidth: 9, minWidth: 6, maxWidth: 4),
        ]
        #expect(ColumnSizer.widths(for: specs, total: 40) == [5, 6])
    }

    @Test func flexibleColumnsShareInTurn() {
        let specs = [
            ColumnSpec(contentWidth: 4),
            ColumnSpec(contentWidth: 30, minWidth: 10, flexible: true),
            ColumnSpec(contentWidth: 10, minWidth: 5, maxWidth: 12, flexible: true),
        ]
        // 30 columns to share: from 10 and 5 in turn until the second has its 10, then the first.
        #expect(ColumnSizer.widths(for: specs, total: 36) == [4, 20, 10])
        // 20 columns: 10 + 5, then 5 in turn (first, second, first, second, first).
        #expect(ColumnSizer.widths(for: specs, total: 26) == [4, 13, 7])
        // Room beyond both contents: both grow on, the second up to its maximum.
        #expect(ColumnSizer.widths(for: specs, total: 50) == [4, 32, 12])
    }

    @Test func requiredColumnsThatDoNotFitAreCutAtTheRightEdge() {
        let specs = [
            ColumnSpec(contentWidth: 7),
            ColumnSpec(contentWidth: 20, minWidth: 10, flexible: true),
            ColumnSpec(contentWidth: 6),
        ]
        #expect(ColumnSizer.widths(for: specs, total: 10) == [7, 2, 0])
        #expect(ColumnSizer.widths(for: specs, total: 5) == [5, 0, 0])
        #expect(ColumnSizer.widths(for: specs, total: 0) == [0, 0, 0])
        #expect(ColumnSizer.widths(for: specs, total: -4) == [0, 0, 0])
        #expect(ColumnSizer.widths(for: [], total: 80) == [])
    }

    @Test func widerSeparators() {
        let w = ColumnSizer.widths(for: Self.booths(), total: 40, separator: 3)
        #expect(w == [7, 13, 7, 0, 4])
        #expect(used(w, separator: 3) == 40)
    }

    @Test func neverWiderThanTheTotal() {
        var rng = SplitMix64(seed: 11)
        func r(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        for _ in 0..<2_000 {
            let specs = (0..<(1 + r(6))).map { _ in
                ColumnSpec(contentWidth: r(30), minWidth: r(8), maxWidth: r(3) == 0 ? nil : r(40),
                           flexible: r(3) == 0, priority: r(2) == 0 ? nil : r(4))
            }
            let total = r(100)
            let w = ColumnSizer.widths(for: specs, total: total)
            #expect(w.count == specs.count)
            #expect(used(w) <= total)
            // When the required columns fit, every fixed column shown is shown whole, and no
            // flexible column shown is below its minimum.
            let required = specs.filter { $0.priority == nil && ($0.flexible ? $0.ceiling : $0.wanted) > 0 }
            let requiredNeed = required.map { $0.flexible ? $0.floor : $0.wanted }.reduce(0, +) + max(0, required.count - 1)
            if requiredNeed <= total {
                for (c, width) in zip(specs, w) where width > 0 {
                    if c.flexible { #expect(width >= c.floor && width <= c.ceiling) } else { #expect(width == c.wanted) }
                }
                for (c, width) in zip(specs, w) where c.priority == nil && (c.flexible ? c.ceiling : c.wanted) > 0 {
                    #expect(width > 0 || (c.flexible && c.floor == 0))
                }
            }
        }
    }

    @Test func padKeepsToTheColumnsSide() {
        #expect(ColumnSpec(contentWidth: 6, alignment: .right).pad("12.5", to: 6) == "  12.5")
        #expect(ColumnSpec(contentWidth: 6).pad("G-1", to: 6) == "G-1   ")
        #expect(ColumnSpec(contentWidth: 6).pad("哈尔滨博览会", to: 6) == "哈尔… ")
    }
}
