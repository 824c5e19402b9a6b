import Testing
@testable import ExpoModel

/// `DemoCatalog.write` streams exactly the text `CatalogEncoder.write` gives for
/// `DemoCatalog.generate`, and stops at the first error of its output.
@Suite struct DemoStreamingTests {
    @Test(arguments: [(0, 1), (1, 1), (7, 3), (2_000, 42), (5_000, 9)])
    func streamedTextIsTheEncodedCatalogue(_ booths: Int, _ seed: UInt64) {
        var whole = ""
        CatalogEncoder.write(DemoCatalog.generate(booths: booths, seed: seed)) { whole += $0 }
        var streamed = ""
        var pieces = 0
        DemoCatalog.write(booths: booths, seed: seed) { streamed += $0; pieces += 1 }
        #expect(streamed == whole)
        #expect(pieces >= 6, "written in pieces, not as one string")
    }

    struct Full: Error {}

    @Test func anOutputErrorStopsTheWriting() {
        var calls = 0
        #expect(throws: Full.self) {
            try DemoCatalog.write(booths: 500_000, seed: 1) { (_: String) throws(Full) in
                calls += 1
                if calls == 3 { throw Full() }
            }
        }
        #expect(calls == 3, "nothing more is generated after the error")
    }
}
