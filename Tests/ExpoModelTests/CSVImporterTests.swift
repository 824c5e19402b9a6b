import Foundation
import Testing
@testable import ExpoModel

/// Importing exhibitor lists: headers, mapping, per-row errors and the round trip.
@Suite struct CSVImporterTests {
    func run(_ s: String, _ options: CSVImporter.Options = .init(), file: String = "list.csv") -> CSVImporter.Result {
        CSVImporter(options: options).run(Array(s.utf8), fileName: file)
    }

    static var samples: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Assets/samples")
    }

    @Test(arguments: [
        ("Company", CSVField.name), ("Exhibitor", .name), ("Name", .name), ("CompanyName", .name), ("company name", .name),
        ("Booth", .code), ("Stand", .code), ("Booth Label", .code), ("Booth No.", .code), ("BOOTH_NO", .code),
        ("Hall", .hall), ("Pavilion", .hall), ("Area", .area), ("Size", .area), ("m2", .area), ("m²", .area), ("sqm", .area),
        ("Country", .country), ("Category", .sectors), ("Sector", .sectors), ("Products", .products),
        ("Description", .summary), ("Website", .website), ("Delegation", .delegation), ("Region", .delegation),
        ("Expo", .expo), ("Event", .expo), ("Fair", .expo),
    ])
    func headerSynonyms(header: String, field: CSVField) {
        #expect(CSVField.recognise(header) == field)
    }

    @Test func unknownHeaderIsKeptAsExtraField() {
        let r = run("Company,Booth,Floor Manager\nAcme,A-1,Ivanov\n")
        #expect(CSVField.recognise("Floor Manager") == nil)
        let b = r.catalog.booths.first
        #expect(b?.extraFields == [ExtraField("Floor Manager", "Ivanov")])
        #expect(b?.extra.isEmpty == true)
    }

    @Test func mapOverridesHeaders() {
        var o = CSVImporter.Options()
        o.mapping = ["Firma": .name, "Stand Nr": .code, "Booth": .ignore]
        let r = run("Firma,Stand Nr,Booth\nAcme,12,ignored\n", o)
        #expect(r.errors == 0)
        #expect(r.catalog.exhibitors.first?.name == "Acme")
        #expect(r.catalog.booths.first?.code == "12")
        #expect(r.catalog.booths.first?.extraFields.isEmpty == true)
        // A mapping naming no column is an error that lists the columns.
        var bad = CSVImporter.Options()
        bad.mapping = ["Nope": .name]
        let r2 = run("Company\nAcme\n", bad)
        #expect(r2.diagnostics.contains { $0.message.contains("no column is called \"Nope\"") })
    }

    @Test func fieldsAreFilled() throws {
        let r = run("Company,Booth,Hall,Area,Country,Category,Products,Description,Website,Delegation\n" +
                    "Acme,A-1,Hall 2,84 m²,Russia,Metals;Energy,wire|sheet,Rolling mill,https://acme.example,Amur Region\n")
        let b = try #require(r.catalog.booths.first)
        let x = try #require(r.catalog.exhibitors.first)
        #expect(b.code == "A-1")
        #expect(b.hall == "Hall 2")
        #expect(b.areaSqm == 84)
        #expect(b.products == ["wire", "sheet"])
        #expect(b.summary == "Rolling mill")
        #expect(x.country == "RU")
        #expect(x.sectors == ["Metals", "Energy"])
        #expect(x.website == "https://acme.example")
        #expect(r.catalog.delegation(b.delegation ?? "")?.name == "Amur Region")
        #expect(r.catalog.expos.map(\.name) == ["list"], "without an Expo column the expo is named after the file")
        #expect(r.catalog.source("import") != nil)
        #expect(b.sources == ["import"])
    }

    @Test func expoOptionsAndExpoColumn() {
        var o = CSVImporter.Options()
        o.expoName = "Harbin Fair 2025"
        o.expoID = "hf-2025"
        o.title = "My list"
        let one = run("Company\nAcme\n", o)
        #expect(one.catalog.expos.map(\.id) == ["hf-2025"])
        #expect(one.catalog.expos.map(\.name) == ["Harbin Fair 2025"])
        #expect(one.catalog.title == "My list")
        let many = run("Company,Expo\nAcme,Fair 2024\nBeta,Fair 2025\nGamma,fair 2024\n")
        #expect(many.catalog.expos.count == 2)
        #expect(many.catalog.booths(ofExpo: many.catalog.expos[0].id).count == 2, "expo names match case-insensitively")
    }

    @Test func oneCompanyOnSeveralRowsIsOneExhibitor() {
        let r = run("Company,Booth,Category\nAcme,A-1,Metals\nACME,A-2,Energy\nBeta,B-1,\n")
        #expect(r.catalog.exhibitors.count == 2)
        let acme = r.catalog.exhibitors[0]
        #expect(r.catalog.booths(ofExhibitor: acme.id).map(\.code) == ["A-1", "A-2"])
        #expect(acme.sectors == ["Metals", "Energy"])
    }

    @Test func countriesAreMappedWhereUnambiguous() {
        let r = run("Company,Country\nA,China\nB,россия\nC,中国\nD,kz\nE,Korea\nF,Atlantis\n")
        #expect(r.catalog.exhibitors.map(\.country) == ["CN", "RU", "CN", "KZ", nil, nil])
        #expect(r.warnings == 2)
        #expect(r.catalog.exhibitors[4].extraFields[extra: "country_text"] == "Korea")
    }

    @Test func badRowsAreReportedAndSkippedWithCounts() {
        let csv = """
        Company,Booth,Area
        Good One,A-1,10
        ,A-2,10
        Bad Area,A-3,ten
        Negative,A-4,-5
        Too Many,A-5,10,extra
        "Broken,A-6,1
        Good Two,A-7,"12,5"

        """
        let r = run(csv)
        #expect(r.imported == 2)
        #expect(r.skipped == 5)
        let lines = r.diagnostics.filter { $0.severity == .error }.compactMap { $0.position?.line }.sorted()
        #expect(lines == [3, 4, 5, 6, 7])
        #expect(r.diagnostics.contains { $0.position == TextPosition(line: 4, column: 3) && $0.message.contains("not a number") })
        #expect(r.diagnostics.contains { $0.position == TextPosition(line: 3, column: 1) && $0.message.contains("no exhibitor name") })
        #expect(r.diagnostics.contains { $0.position?.line == 6 && $0.message.contains("4 fields") })
        #expect(r.catalog.booths.last?.areaSqm == 12.5, "a decimal comma is read")
        // No row is lost: every data row is imported or reported.
        #expect(r.imported + r.skipped == 7)
    }

    @Test func missingNameColumnIsAClearError() {
        let r = run("Booth,Hall\nA-1,B\n")
        #expect(r.imported == 0)
        #expect(r.diagnostics.first?.message.contains("--map COLUMN=name") == true)
    }

    @Test func emptyFileHasNoHeader() {
        let r = run("")
        #expect(r.imported == 0)
        #expect(r.errors == 1)
    }

    @Test func roundTripImportValidateSearch() throws {
        let r = run("Company,Local Name,Booth,Area,Country\nVi Holding,Ви Холдинг,A-1,84,RU\n哈尔滨啤酒,,C-3,9,CN\n")
        let json = JSONWriter().string(CatalogEncoder.json(r.catalog))
        let decoded = CatalogDecoder().decode(Array(json.utf8))
        #expect(decoded.isValid)
        #expect(decoded.diagnostics.isEmpty)
        let c = decoded.catalog
        #expect(BoothSearch.search(try SearchQuery.parse("холдинг"), in: c).count == 1)
        #expect(BoothSearch.search(try SearchQuery.parse("啤酒"), in: c).count == 1)
        #expect(BoothSearch.search(try SearchQuery.parse("area>=50"), in: c).map { c.booths[$0.boothIndex].code } == ["A-1"])
    }

    @Test func samplesImportAlikeInBothDialects() throws {
        let comma = try Data(contentsOf: Self.samples.appendingPathComponent("exhibitors.csv"))
        let semi = try Data(contentsOf: Self.samples.appendingPathComponent("exhibitors-semicolon.csv"))
        #expect(comma.contains(0x0D), "the comma sample uses CRLF")
        #expect(Array(semi.prefix(3)) == [0xEF, 0xBB, 0xBF], "the semicolon sample starts with a BOM")
        let a = CSVImporter(options: .init(expoID: "x")).run(Array(comma), fileName: "a.csv")
        let b = CSVImporter(options: .init(expoID: "x")).run(Array(semi), fileName: "a.csv")
        #expect(a.delimiter == UInt8(ascii: ","))
        #expect(b.delimiter == UInt8(ascii: ";"))
        #expect(a.diagnostics.isEmpty)
        #expect(a.imported == 6)
        #expect(a.catalog.booths == b.catalog.booths)
        #expect(a.catalog.exhibitors == b.catalog.exhibitors)
        #expect(a.catalog.exhibitors.count == 5, "one company has two booths")
        #expect(a.catalog.booths.contains { $0.summary?.contains("\n") == true }, "a quoted field with a newline")
        #expect(a.catalog.exhibitors.contains { $0.localName == "松花江乳业" })
        #expect(a.catalog.exhibitors.contains { $0.name.hasPrefix("Байкальские") })
    }

    @Test func loaderOpensCSVDirectly() throws {
        let path = Self.samples.appendingPathComponent("exhibitors.csv").path
        let (catalog, warnings) = try CatalogLoader.load(path: path)
        #expect(catalog.booths.count == 6)
        #expect(warnings.isEmpty)
        #expect(CatalogLoader.isCSV(path: "X.CSV"))
        #expect(!CatalogLoader.isCSV(path: "x.json"))
    }
}
