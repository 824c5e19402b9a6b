import Foundation
import Testing
@testable import ExpoModel

/// Encodings (detection and decoding) and the header search of CSV imports.
@Suite struct CSVEncodingTests {
    func decoded(_ bytes: [UInt8]) throws -> (String, TextEncoding) {
        let (utf8, d) = try TextEncodingDetector.decodeToUTF8(bytes)
        return (String(decoding: utf8, as: UTF8.self), d.encoding)
    }

    @Test func utf8WithAndWithoutBOM() throws {
        #expect(try decoded(Array("für".utf8)) == ("für", .utf8))
        #expect(try decoded([0xEF, 0xBB, 0xBF] + Array("für".utf8)) == ("für", .utf8))
        #expect(TextEncodingDetector.detect([0xEF, 0xBB, 0xBF, 0x41]).byteOrderMark)
        #expect(try decoded([]) == ("", .utf8))
    }

    @Test func utf16WithBOM() throws {
        let s = "Москва für 哈尔滨 😀"
        let le: [UInt8] = [0xFF, 0xFE] + s.utf16.flatMap { (u: UInt16) -> [UInt8] in [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + s.utf16.flatMap { (u: UInt16) -> [UInt8] in [UInt8(u >> 8), UInt8(u & 0xFF)] }
        #expect(try decoded(le) == (s, .utf16LE))
        #expect(try decoded(be) == (s, .utf16BE))
    }

    @Test func windows1252() throws {
        #expect(try decoded([0x66, 0xFC, 0x72]) == ("für", .windows1252))
        // "Société Générale – Café" with an en dash (0x96).
        let bytes: [UInt8] = Array("Soci".utf8) + [0xE9] + Array("t".utf8) + [0xE9] + Array(" G".utf8) + [0xE9] + Array("n".utf8) + [0xE9]
            + Array("rale ".utf8) + [0x96] + Array(" Caf".utf8) + [0xE9]
        #expect(try decoded(bytes) == ("Société Générale – Café", .windows1252))
    }

    @Test func macRoman() throws {
        #expect(try decoded([0x66, 0x9F, 0x72]) == ("für", .macRoman))
        // "Künstliche Intelligenz, Genève"
        let bytes: [UInt8] = [0x4B, 0x9F] + Array("nstliche Intelligenz, Gen".utf8) + [0x8F] + Array("ve".utf8)
        #expect(try decoded(bytes) == ("Künstliche Intelligenz, Genève", .macRoman))
    }

    @Test func cyrillic() throws {
        #expect(try decoded([0xCC, 0xEE, 0xF1, 0xEA, 0xE2, 0xE0]) == ("Москва", .windows1251))
        #expect(try decoded([0xED, 0xCF, 0xD3, 0xCB, 0xD7, 0xC1]) == ("Москва", .koi8R))
    }

    @Test func gb18030() throws {
        #expect(try decoded([0xB9, 0xFE, 0xB6, 0xFB, 0xB1, 0xF5]) == ("哈尔滨", .gb18030))
        // A 4-byte GB18030 sequence (U+015E Ş is 81 30 94 35) decodes when forced.
        let forced = try TextEncodingDetector.decode([0x81, 0x30, 0x94, 0x35], as: .gb18030)
        #expect(String(decoding: forced, as: UTF8.self) == "Ş")
    }

    /// Longer samples in each code page, built from Unicode text by the same tables the
    /// decoder uses (GB18030 through a hand-written byte string).
    @Test(arguments: [
        (TextEncoding.windows1252, "Name;Stand\nForschungszentrum für Künstliche Intelligenz;H12\nSociété Générale;B4\nÇelik Makina A.S.;C1\nBjørn Ålund AB;D2\n"),
        (.macRoman, "Exposant\tPays\nForschungszentrum für Künstliche Intelligenz\tAllemagne\nSociété Générale\tFrance\nTechnische Universität München\tAllemagne\n"),
        (.windows1251, "Компания;Стенд\nООО «Ростех»;A1\nНовосибирский завод химконцентратов;B2\nМосковский государственный университет;C3\n"),
        (.koi8R, "Компания;Стенд\nООО Ростех;A1\nНовосибирский завод химконцентратов;B2\nМосковский государственный университет;C3\n"),
    ])
    func longSamplesAreDetected(encoding: TextEncoding, text: String) throws {
        let table = TextEncodingDetector.SingleByte.table(encoding)
        var bytes: [UInt8] = []
        for ch in text.unicodeScalars {
            if ch.value < 0x80 { bytes.append(UInt8(ch.value)); continue }
            let index = try #require(table.utf8.firstIndex(of: Array(String(ch).utf8)), "\(ch) is not in \(encoding)")
            bytes.append(UInt8(0x80 + index))
        }
        #expect(try decoded(bytes) == (text, encoding))
    }

    @Test func longChineseSample() throws {
        // "公司名称,展位号\n哈尔滨电气集团,A1\n" in GB18030.
        let bytes: [UInt8] = [0xB9, 0xAB, 0xCB, 0xBE, 0xC3, 0xFB, 0xB3, 0xC6, 0x2C, 0xD5, 0xB9, 0xCE, 0xBB, 0xBA, 0xC5, 0x0A,
                              0xB9, 0xFE, 0xB6, 0xFB, 0xB1, 0xF5, 0xB5, 0xE7, 0xC6, 0xF8, 0xBC, 0xAF, 0xCD, 0xC5, 0x2C, 0x41, 0x31, 0x0A]
        #expect(try decoded(bytes) == ("公司名称,展位号\n哈尔滨电气集团,A1\n", .gb18030))
    }

    @Test func namesAreAccepted() {
        #expect(TextEncoding(name: "UTF-8") == .utf8)
        #expect(TextEncoding(name: "cp1252") == .windows1252)
        #expect(TextEncoding(name: "Mac Roman") == .macRoman)
        #expect(TextEncoding(name: "windows_1251") == .windows1251)
        #expect(TextEncoding(name: "KOI8-R") == .koi8R)
        #expect(TextEncoding(name: "GBK") == .gb18030)
        #expect(TextEncoding(name: "ebcdic") == nil)
        #expect(TextEncodingError.unknownName("ebcdic").description.hasPrefix("unknown encoding \"ebcdic\"; use one of utf-8"))
    }

    @Test func importerSaysOnceWhichEncoding() {
        var bytes = Array("Company;Booth\n".utf8)
        for i in 0..<50 { bytes += Array("M".utf8) + [0xFC] + Array("ller \(i);A\(i)\n".utf8) }
        let r = CSVImporter().run(bytes, fileName: "list.csv")
        #expect(r.imported == 50)
        #expect(r.encoding == .windows1252)
        #expect(r.warnings == 1)
        #expect(r.diagnostics.first?.message.hasPrefix("read as Windows-1252") == true)
        #expect(r.catalog.exhibitors.first?.name == "Müller 0")
        // Forced: the same bytes as Mac Roman give "M¸ller".
        var o = CSVImporter.Options()
        o.encoding = .macRoman
        let forced = CSVImporter(options: o).run(bytes, fileName: "list.csv")
        #expect(forced.catalog.exhibitors.first?.name == "M¸ller 0")
        #expect(forced.diagnostics.first?.message.contains("as --encoding says") == true)
    }

    @Test func utf8FilesGetNoEncodingWarning() {
        let r = CSVImporter().run(Array("Company,Booth\nMüller,A1\n".utf8), fileName: "list.csv")
        #expect(r.warnings == 0)
        #expect(r.encoding == .utf8)
    }
}

@Suite struct CSVHeaderTests {
    func run(_ s: String, _ options: CSVImporter.Options = .init()) -> CSVImporter.Result {
        CSVImporter(options: options).run(Array(s.utf8), fileName: "list.csv")
    }

    @Test func titleLineIsSkippedAndReportedOnce() {
        let r = run("HANNOVERMESSE 2026 - Exhibitors\nExhibitor;Country;Booth\nAcme;Germany;\"Hall 17, Stand F60\"\nBeta;France;\"Hall 2,\nStand A1\"\n")
        #expect(r.imported == 2, "\(r.diagnostics)")
        #expect(r.skipped == 0)
        #expect(r.headerLine == 2)
        #expect(r.delimiter == UInt8(ascii: ";"))
        #expect(r.warnings == 1)
        #expect(r.diagnostics.first?.message.hasPrefix("the header is on line 2; line 1 above it skipped (\"HANNOVERMESSE 2026 - Exhibitors\")") == true)
        // Each quoted Booth field (one with a line break) is one field, read as a hall and a stand.
        #expect(r.catalog.booths.map(\.code) == ["F60", "A1"])
        #expect(r.catalog.booths.map(\.hall) == ["17", "2"])
        #expect(r.diagnostics.first?.position?.line == 1)
    }

    @Test func blankLinesAndNotesAboveTheHeader() {
        let r = run("\n\nExported 2026-01-05, do not edit\nsee notes\n\nCompany,Hall,Stand\nAcme,1,A1\n")
        #expect(r.imported == 1)
        #expect(r.headerLine == 6)
        #expect(r.warnings == 1)
        #expect(r.diagnostics.first?.message.contains("lines 3–4 above it skipped (\"Exported 2026-01-05, do not edit\" and 1 more)") == true)
        #expect(r.catalog.booths.first?.hall == "1")
    }

    @Test func delimiterIsGuessedFromTheHeaderNotLineOne() throws {
        // Line 1 has commas; the header and rows use tabs.
        let s = "Fair list, version 2, final\nCompany\tBooth\tCountry\nAcme, Inc.\tA1\tDE\nBeta\tB2\tFR\n"
        let loc = try CSVHeaderLocator.locate(Array(s.utf8))
        #expect(loc.line == 2)
        #expect(loc.delimiter == UInt8(ascii: "\t"))
        #expect(loc.recognised == 3)
        #expect(loc.skipped.map(\.line) == [1])
        let r = run(s)
        #expect(r.catalog.exhibitors.map(\.name) == ["Acme, Inc.", "Beta"])
    }

    @Test func theLineWithMostKnownNamesWins() throws {
        // "Name" alone on a note line loses to the real header.
        let s = "Name of fair: Expo\nCompany;Booth;Hall;Country\nAcme;1;2;DE\n"
        let loc = try CSVHeaderLocator.locate(Array(s.utf8))
        #expect(loc.line == 2)
        #expect(loc.delimiter == UInt8(ascii: ";"))
    }

    @Test func headerLineOverrides() throws {
        var o = CSVImporter.Options()
        o.headerLine = 3
        let r = run("Company,Booth\nignored,1\nRemarks,Company\nx,Acme\n", o)
        #expect(r.headerLine == 3)
        #expect(r.catalog.exhibitors.map(\.name) == ["Acme"])
        #expect(r.diagnostics.first?.message.hasPrefix("the header is on line 3; lines 1–2 above it skipped") == true)
        o.headerLine = 40
        let bad = run("Company\nAcme\n", o)
        #expect(bad.errors == 1)
        #expect(bad.diagnostics.first?.message == "--header-line 40: the file has 2 lines and line 40 is not a non-blank line of it")
    }

    @Test func mappedColumnsCountAsKnown() throws {
        let s = "Liste 2026\nFirma;Stand Nr\nAcme;12\n"
        let loc = try CSVHeaderLocator.locate(Array(s.utf8), mapped: ["firma"])
        #expect(loc.line == 2)
        #expect(loc.delimiter == UInt8(ascii: ";"))
    }

    @Test func noKnownColumnKeepsTheFirstLine() throws {
        let loc = try CSVHeaderLocator.locate(Array("a;b\nc;d\n".utf8))
        #expect(loc.line == 1)
        #expect(loc.delimiter == UInt8(ascii: ";"))
        #expect(loc.skipped.isEmpty)
    }
}

/// The real lists in ../shared/exhibitor-lists (not copied into the repository), counted here by
/// a small independent reader: records are lines outside quotes that are not blank.
@Suite struct RealExhibitorListTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/exhibitor-lists")

    static func bytes(_ name: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
    }

    /// Non-blank records: a quote opens a quoted field only at the start of a field; inside one,
    /// a doubled quote is a quote and a single one closes it.
    static func countRecords(_ bytes: [UInt8], delimiter: UInt8) -> Int {
        var count = 0, inQuotes = false, nonBlank = false, atFieldStart = true
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\"") { i += 1 } else { inQuotes = false }
                }
            } else if b == 0x0A || b == 0x0D {
                if nonBlank { count += 1 }
                nonBlank = false
                atFieldStart = true
                if b == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
            } else if b == delimiter {
                nonBlank = true
                atFieldStart = true
            } else {
                if b == UInt8(ascii: "\""), atFieldStart { inQuotes = true }
                if b != 0x20, b != 0x09 { nonBlank = true }
                atFieldStart = b == 0x20
            }
            i += 1
        }
        return count + (nonBlank ? 1 : 0)
    }

    @Test func hannoverMesse2026() throws {
        let bytes = try Self.bytes("hannover-messe-2026.csv")
        let expected = Self.countRecords(bytes, delimiter: UInt8(ascii: ";")) - 2 // the title line and the header
        #expect(expected == 2739)
        let r = CSVImporter().run(bytes, fileName: "hannover-messe-2026.csv")
        #expect(r.encoding == .windows1252)
        #expect(r.headerLine == 2)
        #expect(r.delimiter == UInt8(ascii: ";"))
        #expect(r.imported == expected)
        #expect(r.skipped == 0)
        #expect(r.errors == 0)
        let names = Set(r.catalog.exhibitors.map(\.name))
        #expect(names.contains("AMA Verband für Sensorik und Messtechnik e.V."))
        #expect(!r.catalog.exhibitors.contains { $0.name.contains("\u{FFFD}") })
        // The quoted Booth field that holds a newline is one field (its text after the stand is the booth's note).
        #expect(r.catalog.booths.contains { $0.code == "B23" && $0.extraFields[extra: "booth_note"]?.hasPrefix("West cite") == true })
        #expect(r.diagnostics.filter { $0.message.hasPrefix("read as") }.count == 1)
        #expect(r.diagnostics.filter { $0.message.hasPrefix("the header is on line") }.count == 1)
    }

    @Test func vivaTech2024() throws {
        let bytes = try Self.bytes("vivatech-2024.tsv")
        let expected = Self.countRecords(bytes, delimiter: 0x09) - 1
        #expect(expected == 2688)
        // French headers (Exposant, Secteur, Pays) are recognised: no --map.
        let r = CSVImporter().run(bytes, fileName: "vivatech-2024.tsv")
        #expect(r.columns.map(\.field) == [.name, .sectors, .country, .extra])
        #expect(r.encoding == .macRoman)
        #expect(r.delimiter == UInt8(ascii: "\t"))
        #expect(r.imported == expected)
        #expect(r.skipped == 0)
        let names = Set(r.catalog.exhibitors.map(\.name))
        #expect(names.contains("Deutsches Forschungszentrum für Künstliche Intelligenz DFKI"))
        #expect(names.contains("Technische Universität München German-French Academy for the Industry of the Future"))
        #expect(!r.catalog.exhibitors.contains { $0.name.contains("\u{FFFD}") })
    }

    /// CES names its booth column "booths": every booth gets its code and hall (a hotel suite's
    /// name is kept as the code).
    @Test func cesBoothsHaveCodes() throws {
        let r = CSVImporter().run(try Self.bytes("ces-2026.csv"), fileName: "ces-2026.csv")
        #expect(r.imported == 150)
        #expect(r.catalog.booths.allSatisfy { $0.code != nil && $0.hall != nil })
    }

    @Test(arguments: ["ces-2026.csv", "hannover-messe-2018.csv"])
    func utf8ListsStillImport(name: String) throws {
        let bytes = try Self.bytes(name)
        let r = CSVImporter().run(bytes, fileName: name)
        #expect(r.encoding == .utf8)
        #expect(r.headerLine == 1)
        #expect(r.imported == Self.countRecords(bytes, delimiter: UInt8(ascii: ",")) - 1)
        #expect(r.skipped == 0)
    }
}
