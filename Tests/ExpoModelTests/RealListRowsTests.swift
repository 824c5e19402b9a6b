import Foundation
import Testing
@testable import ExpoModel

/// The real lists in ../shared/exhibitor-lists imported row by row: booth cells split, countries
/// known, placeholders dropped, and the catalogue written loads with no warnings.
@Suite struct RealListRowsTests {
    typealias Lists = RealExhibitorListTests

    /// Runs a Python script with the list's path as its argument; its standard output.
    static func python(_ script: String, _ file: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, Lists.folder.appendingPathComponent(file).path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }

    /// Hannover 2026's booths, read by Python's csv module (Windows-1252, title line skipped)
    /// with its own reading of the Booth cells: every `Stand X` with the `Hall N` before it, a
    /// cell with no stand and no "Digital Only"/"to follow" kept whole as the code.
    static let hannoverBooths = """
    import csv, re, sys
    f = open(sys.argv[1], encoding="cp1252", newline="")
    f.readline()
    for row in csv.DictReader(f, delimiter=";"):
        cell = row["Booth"].strip()
        stands = re.findall(r"(?:^|, )(?:Hall (\\S+), )?(?:(.*?), )?Stand ([^,]+)", cell)
        if stands:
            for hall, place, code in stands:
                print((hall or place) + "\\t" + code.strip())
        elif "Digital Only" in cell or "to follow" in cell:
            print("\\t")
        else:
            print("\\t" + cell)
    """

    @Test func hannover2026BoothsAreSplit() throws {
        let expected = try Self.python(Self.hannoverBooths, "hannover-messe-2026.csv").split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast().map(String.init).sorted()
        let r = CSVImporter().run(try Lists.bytes("hannover-messe-2026.csv"), fileName: "hannover-messe-2026.csv")
        let got = r.catalog.booths.map { ($0.hall ?? "") + "\t" + ($0.code ?? "") }.sorted()
        #expect(got.count == expected.count)
        #expect(got == expected)
        #expect(got.count == 2739)
        // Hall 17, Stand F60 → hall 17, code F60; the note after a stand is kept.
        #expect(r.catalog.booths.contains { $0.hall == "17" && $0.code == "F60" })
        #expect(r.catalog.booths.contains { $0.code == "B23" && $0.extraFields[extra: "booth_note"] == "West cite, to the left of the Center Stage" })
        #expect(r.catalog.booths.filter { $0.extraFields[extra: "booth_note"] == "Digital Only" }.count == 22)
        #expect(!r.catalog.booths.contains { $0.code?.contains("\n") == true || $0.code?.hasPrefix("Hall") == true })
    }

    static let csvLists = ["hannover-messe-2026.csv", "hannover-messe-2018.csv", "vivatech-2024.tsv", "ces-2026.csv"]

    /// Every country is known, and the catalogue `import` writes loads with no warning at all.
    @Test(arguments: csvLists)
    func importedCatalogueLoadsWithoutWarnings(_ name: String) throws {
        let r = CSVImporter().run(try Lists.bytes(name), fileName: name)
        #expect(r.errors == 0)
        #expect(!r.diagnostics.contains { $0.message.hasPrefix("country") }, "\(r.diagnostics.filter { $0.message.hasPrefix("country") }.prefix(5))")
        var text = ""
        CatalogEncoder.write(r.catalog) { text += $0 }
        let reloaded = CatalogDecoder().decode(Array(text.utf8))
        #expect(reloaded.diagnostics.isEmpty, "\(reloaded.diagnostics.count) diagnostics, first: \(reloaded.diagnostics.prefix(3))")
        #expect(reloaded.catalog.booths == r.catalog.booths)
        #expect(reloaded.catalog.exhibitors == r.catalog.exhibitors)
        #expect(reloaded.catalog.id == CSVImporter.slug(CSVImporter.baseName(name)))
    }

    /// Hannover 2018 writes `NaN` for 98 missing websites and `No tel_number` for missing phones:
    /// neither is kept as a value.
    @Test func hannover2018PlaceholdersAreDropped() throws {
        let r = CSVImporter().run(try Lists.bytes("hannover-messe-2018.csv"), fileName: "hannover-messe-2018.csv")
        #expect(!r.catalog.exhibitors.contains { $0.website == "NaN" })
        #expect(!r.catalog.booths.contains { $0.extraFields.contains { $0.value == "No tel_number" || $0.value == "NaN" } })
        #expect(r.catalog.booths.contains { $0.extraFields[extra: "tel_number"] == "+39 0536 867111" })
        #expect(r.catalog.exhibitors.first { $0.name.hasPrefix("A ZETA GOMMA") }?.country == "IT")
        #expect(r.catalog.exhibitors.contains { $0.country == "KR" } && r.catalog.exhibitors.contains { $0.country == "TW" })
    }

    /// Decoded names with their letters, and their ids as ASCII slugs.
    @Test func decodedNameSamples() throws {
        let hm = CSVImporter().run(try Lists.bytes("hannover-messe-2026.csv"), fileName: "hannover-messe-2026.csv").catalog
        let celik = try #require(hm.exhibitors.first { $0.name.hasPrefix("MAK Çelik") })
        #expect(celik.id == "mak-celik-a")
        #expect(celik.country == "TR")
        let dfki = try #require(hm.exhibitors.first { $0.name == "Deutsches Forschungszentrum für Künstliche Intelligenz GmbH (DFKI)" })
        #expect(dfki.id == "deutsches-forschungszentrum-fur-kunstliche-intelligenz-gmbh")
        let vt = CSVImporter().run(try Lists.bytes("vivatech-2024.tsv"), fileName: "vivatech-2024.tsv").catalog
        #expect(vt.exhibitors.contains { $0.name == "Deutsches Forschungszentrum für Künstliche Intelligenz DFKI" })
        #expect(vt.exhibitors.filter { $0.country == "KR" }.count >= 75) // "South Korea" and "korearepublicof"
        #expect(vt.exhibitors.allSatisfy { $0.id.unicodeScalars.allSatisfy(\.isASCII) })
    }
}
