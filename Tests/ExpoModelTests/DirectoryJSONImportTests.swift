import Foundation
import Testing
@testable import ExpoModel

/// `CSVImporter.run` on directory JSON exports: mapping, booths, names in two scripts.
@Suite struct DirectoryJSONImportTests {
    func run(_ s: String, _ options: CSVImporter.Options = .init()) -> CSVImporter.Result {
        CSVImporter(options: options).run(Array(s.utf8), fileName: "export.json")
    }

    @Test func boothsBecomeBoothsOfOneExhibitor() {
        let r = run(#"""
        {"total": 3, "exhibitors": [
          {"name": "Acme", "industry": "Robots", "contact": {"website": "https://acme.example"},
           "booths": [{"no": "H1-10", "hall": "Hall 1"}, {"no": "H2-20", "hall": "Hall 2"}]},
          {"name": "Globex", "industry": ["AI", "Chips"], "booths": []},
          {"name": "", "booths": [{"no": "H3-1", "hall": "Hall 3"}]}
        ]}
        """#)
        #expect(r.catalog.exhibitors.map(\.name) == ["Acme", "Globex"])
        #expect(r.catalog.exhibitors[0].website == "https://acme.example")
        #expect(r.catalog.exhibitors[0].sectors == ["Robots"])
        #expect(r.catalog.exhibitors[1].sectors == ["AI", "Chips"])
        let acme = r.catalog.booths.filter { $0.exhibitor == r.catalog.exhibitors[0].id }
        #expect(acme.map(\.code) == ["H1-10", "H2-20"])
        #expect(acme.map(\.hall) == ["Hall 1", "Hall 2"])
        let globex = r.catalog.booths.filter { $0.exhibitor == r.catalog.exhibitors[1].id }
        #expect(globex.count == 1 && globex[0].code == nil, "a record with no booth still lists its exhibitor")
        #expect(r.imported == 3)
        #expect(r.skipped == 1)
        #expect(r.columns.first { $0.header == "booths.no" }?.field == .code)
        #expect(r.columns.first { $0.header == "booths.hall" }?.field == .hall)
        // Rows are numbered by record, with no line:column position (the file may be one line).
        let error = r.diagnostics.first { $0.severity == .error }
        #expect(error?.path == "record 3, column 1 (name)")
        #expect(error?.position == nil)
        #expect(error?.message == "no exhibitor name; row skipped")
        #expect(r.diagnostics.first?.message == "read 3 records from \"exhibitors\"; one row per element of \"booths\"")
    }

    @Test func dottedPathsMapWithMap() {
        let json = #"[{"firm": {"title": "Acme"}, "stands": [{"ref": "A-1", "zone": "North"}]}]"#
        #expect(run(json).errors == 1, "no name key without --map")
        #expect(run(json).diagnostics.last?.message.contains("no exhibitor-name key in the records (their keys: firm.title, stands.ref, stands.zone)") == true)
        var o = CSVImporter.Options()
        o.mapping = ["firm.title": .name, "stands.ref": .code, "stands.zone": .hall]
        let r = run(json, o)
        #expect(r.errors == 0)
        #expect(r.catalog.exhibitors.map(\.name) == ["Acme"])
        #expect(r.catalog.booths.map(\.code) == ["A-1"])
        #expect(r.catalog.booths.map(\.hall) == ["North"])
        o.mapping = ["booths.no": .code]
        #expect(run(json, o).diagnostics.contains { $0.path == "--map" && $0.message.hasPrefix("no column is called \"booths.no\"") })
    }

    @Test func localNameInNameAndEnglishInNameEn() {
        let r = run(#"""
        [{"name": "上海东方算芯科技有限公司", "name_en": "Shanghai Eastern Computing", "booths": [{"no": "H2-B101"}]},
         {"name": "华为", "name_en": "Huawei"},
         {"name": "百度", "name_en": "Huawei"},
         {"name": "无英文名公司", "name_en": ""},
         {"name": "Farmio", "name_en": "Farmio"}]
        """#)
        #expect(r.columns.first { $0.header == "name" }?.field == .localName)
        #expect(r.columns.first { $0.header == "name_en" }?.field == .name)
        let x = r.catalog.exhibitors
        #expect(x.map(\.name) == ["Shanghai Eastern Computing", "Huawei", "Huawei", "无英文名公司", "Farmio"])
        #expect(x.map(\.localName) == ["上海东方算芯科技有限公司", "华为", "百度", nil, nil])
        #expect(Set(x.map(\.id)).count == 5, "two companies with one English name stay two exhibitors")
    }

    @Test func latinNamesStayAndAMappedNameIsLeftAlone() {
        let latin = run(#"[{"name": "Acme GmbH", "name_en": "Acme Ltd"}, {"name": "Globex", "name_en": "Globex"}]"#)
        #expect(latin.catalog.exhibitors.map(\.name) == ["Acme GmbH", "Globex"])
        #expect(latin.columns.first { $0.header == "name_en" }?.field == .extra)
        var o = CSVImporter.Options()
        o.mapping = ["name": .name]
        let mapped = run(#"[{"name": "华为", "name_en": "Huawei"}]"#, o)
        #expect(mapped.catalog.exhibitors.map(\.name) == ["华为"])
        let onlyEnglish = run(#"[{"nameEn": "Huawei", "nameCn": "华为"}]"#)
        #expect(onlyEnglish.catalog.exhibitors.map(\.name) == ["Huawei"])
        #expect(onlyEnglish.catalog.exhibitors.map(\.localName) == ["华为"])
    }

    @Test func recordsThatAreNotObjectsAreSkipped() {
        let r = run(#"[{"name": "Acme"}, "stray", 3, {"name": "Globex"}]"#)
        #expect(r.catalog.exhibitors.count == 2)
        #expect(r.skipped == 2)
        #expect(r.diagnostics.contains { $0.severity == .error && $0.message == "2 records are not an object (the first: record 2); skipped" })
    }

    @Test func syntaxErrorsAndNoRecordsAreOneLine() {
        let bad = run("[{\"name\": \"Acme\",\n}]")
        #expect(bad.diagnostics.count == 1)
        #expect(bad.diagnostics.first?.message.hasPrefix("JSON syntax error at line 2, column 1:") == true)
        #expect(bad.diagnostics.first?.position == TextPosition(line: 2, column: 1))
        let strings = run(#"["Acme", "Globex"]"#)
        #expect(strings.diagnostics.map(\.message) == ["the top-level JSON array holds strings, not records (objects with keys such as name and booth)"])
        #expect(strings.imported == 0)
    }
}

/// WAIC 2026, a directory's JSON export (`../shared/exhibitor-lists/waic-2026.json`), imported
/// with no --map, checked against counts read with Foundation's JSONSerialization.
@Suite struct WAICExportTests {
    @Test func importsItsNamedExhibitorsWithTheirHalls() throws {
        let bytes = try RealExhibitorListTests.bytes("waic-2026.json")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let records = try #require(root["exhibitors"] as? [[String: Any]])
        func text(_ r: [String: Any], _ k: String) -> String { ((r[k] as? String) ?? "").trimmingCharacters(in: .whitespaces) }
        let named = records.filter { !text($0, "name").isEmpty || !text($0, "name_en").isEmpty }
        let booths = named.flatMap { ($0["booths"] as? [[String: Any]]) ?? [] }
        let withoutBooth = named.filter { (($0["booths"] as? [Any]) ?? []).isEmpty }.count
        #expect(records.count == 1_020 && named.count == 1_011, "SOURCES.md: 1,020 exhibitors, 9 with empty names")

        let started = Date()
        let r = CSVImporter().run(bytes, fileName: "waic-2026.json")
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(r.catalog.exhibitors.count == named.count)
        // A cell listing two stands ("X1A-501-03、X1A-501-04") is two booths.
        let stands = booths.map { (($0["no"] as? String) ?? "").split(whereSeparator: { ",;、".contains($0) }).count }.reduce(0, +)
        #expect(stands == booths.count + 1)
        #expect(r.catalog.booths.count == stands + withoutBooth)
        #expect(r.catalog.booths.filter { $0.code != nil }.count == stands)
        #expect(r.errors == records.count - named.count, "one error per record without a name")
        let halls = Set(booths.compactMap { $0["hall"] as? String }.filter { !$0.isEmpty })
        #expect(Set(r.catalog.booths.compactMap(\.hall)) == halls)
        for b in booths.prefix(50) {
            let code = try #require(b["no"] as? String).trimmingCharacters(in: .whitespaces)
            #expect(r.catalog.booths.first { $0.code == code }?.hall == b["hall"] as? String, "\(code)")
        }
        // A Chinese name lands in localName, its English name in name.
        let sample = try #require(named.first { text($0, "name").unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF } && !text($0, "name_en").isEmpty })
        let x = try #require(r.catalog.exhibitors.first { $0.localName == text(sample, "name") })
        #expect(x.name == text(sample, "name_en"))
        #expect(r.catalog.exhibitors.contains { $0.localName == "上海东方算芯科技有限公司" })
    }
}
