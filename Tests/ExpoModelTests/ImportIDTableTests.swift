import Testing
@testable import ExpoModel

/// The import's id table gives the ids `uniqueID` gives, and the catalogue adopts its positions.
@Suite struct ImportIDTableTests {
    @Test func claimGivesWhatUniqueIDGives() {
        // Wanted ids that repeat many times, that look like suffixed ones, and an empty one.
        let pool = ["a", "a", "a", "a-2", "a-3", "b", "", "", "x", "x-2", "a-2-2", "b-10", "b"]
        var rng = SplitMix64(seed: 7)
        var table = CSVImporter._IDTable()
        var used = Set<String>()
        for position in 0..<3_000 {
            let wanted = pool[Int(rng.next() % UInt64(pool.count))] + (rng.next() % 3 == 0 ? "" : "-\(rng.next() % 4)")
            let id = table.claim(wanted, at: position)
            #expect(id == CSVImporter._Rows.uniqueID(wanted, &used), "\(position): \(wanted)")
            #expect(table.positions[id] == position)
        }
        #expect(table.positions.count == 3_000)
    }

    /// A list naming few booth codes on thousands of rows (read in batches on both cores):
    /// the n-th row with a code gets `expo-code-n`, and every id finds its own record.
    @Test func repeatedBoothCodesGetNumberedIDsTheCatalogueFinds() {
        let codes = ["A1", "B2", "C3"]
        var text = "Company,Booth\n"
        for i in 0..<5_000 { text += "Firma \(i % 1_700),\(codes[i % 3])\n" }
        let catalog = CSVImporter(options: .init(expoID: "fair")).run(Array(text.utf8), fileName: "list.csv").catalog
        #expect(catalog.booths.count == 5_000)
        var seen: [String: Int] = [:]
        for (i, booth) in catalog.booths.enumerated() {
            let code = codes[i % 3]
            seen[code, default: 0] += 1
            let n = seen[code] ?? 0
            #expect(booth.id == "fair-\(code.lowercased())" + (n == 1 ? "" : "-\(n)"))
            #expect(catalog.boothPosition(booth.id) == i)
            #expect(catalog.exhibitor(booth.exhibitor)?.name == "Firma \(i % 1_700)")
        }
        #expect(catalog.exhibitors.count == 1_700)
        #expect(catalog.boothIndices(ofExhibitor: catalog.exhibitors[5].id) == [5, 1_705, 3_405])
    }

    /// The row work's blank test is the trimming one, for spaces and tabs with and without marks.
    @Test func blankCellTestMatchesTrimming() {
        let pool = ImportFastPathTests.pieces + [" ", "\t", " \u{301}", "\u{301}", "\u{3000}", "\u{A0}", "  ", ""]
        for s in ImportFastPathTests.texts(3_000, seed: 51, from: pool) + pool {
            #expect(CSVImporter._RowWorker.isBlank(s) == s.trimmingCharacters(in: " \t").isEmpty, "\(s.debugDescription)")
        }
    }
}
