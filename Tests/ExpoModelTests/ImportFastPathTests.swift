import Testing
@testable import ExpoModel

/// The import's fast paths give what the general code gives: slugs, booth cells, JSON strings
/// and whole catalogues written record by record.
@Suite struct ImportFastPathTests {
    /// Pieces of text with the cases the fast paths must get right: accents, letters without a
    /// base letter, numbers and symbols below U+0300, combining marks, CR LF, separators, labels.
    static let pieces = ["Müller", "Straße", "Łódź", "Çelik", "İzya", "Ærø", "ŒUVRE", "ª", "º", "µ", "²", "½", "×", "÷", "ƒ", "Ɓ",
                         "ǅ", "ʰ", "˚", "\u{AD}", "\u{A0}", "e\u{301}", "A\u{30A}", "Ω", "Компания", "中国", "😀", "🇩🇪", "&", "-", " ",
                         "\t", "\r\n", "\n", "\r", "\u{1B}", "\u{85}", "\u{202E}", "\u{2028}", "\"", "\\", "/", " / ", ",", ";", "|",
                         "、", "，", "(26)", "Hall", "HALL", "Halle", "Stand", "stand #", "Booth No.", "Nr.", "#", ":", ".", "7", "A12",
                         "x", "GmbH", "Co., Ltd.", "N/A", "TBA", "Online", "3号馆", "Зал", "\u{0}"]

    /// Random texts of 1–6 pieces, the same on every run.
    static func texts(_ count: Int, seed: UInt64, from pool: [String] = pieces) -> [String] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            (0..<(1 + Int(rng.next() % 6))).map { _ in pool[Int(rng.next() % UInt64(pool.count))] }.joined()
        }
    }

    @Test func slugOfEveryScalarBelow0x300MatchesTheGeneralPath() {
        for v in 0..<0x300 {
            guard let u = Unicode.Scalar(v) else { continue }
            for s in [String(u), "a" + String(u) + "b", String(u) + String(u), "Ab " + String(u) + "Z"] {
                #expect(_Slug.make(s) == _Slug.general(s), "U+\(String(v, radix: 16))")
            }
        }
    }

    @Test func slugOfMixedTextMatchesTheGeneralPath() {
        for s in Self.texts(3_000, seed: 11) + Self.texts(200, seed: 12).map({ String(repeating: $0, count: 12) }) {
            #expect(_Slug.make(s) == _Slug.general(s), "\(s.debugDescription)")
        }
    }

    @Test func boothCellPartsOfASCIITextMatchCharacterParts() {
        let ascii = Self.pieces.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        for s in Self.texts(3_000, seed: 21, from: ascii) {
            let fast = s.utf8.withContiguousStorageIfAvailable(BoothCell.asciiParts) ?? nil
            #expect(fast == BoothCell.characterParts(s), "\(s.debugDescription)")
        }
    }

    @Test func labelEndOfASCIITextMatchesTheCharacterPath() {
        let ascii = Self.pieces.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        for s in Self.texts(3_000, seed: 31, from: ascii) + ["hall", "Hall 7", "hall.7", "Hallmark 3", "stand nr. 4", "pav.4", "Booth #12"] {
            for labels in [_BoothCellReader.hallLabels, _BoothCellReader.standLabels] {
                #expect(_BoothCellReader.labelEnd(s, labels) == _BoothCellReader.characterLabelEnd(s, labels), "\(s.debugDescription)")
            }
        }
    }

    @Test func lowercasedAndSplitMatchTheStandardLibrary() {
        for v in 0..<0x300 {
            guard let u = Unicode.Scalar(v) else { continue }
            let s = "Ab" + String(u) + "Ü"
            #expect(CSVImporter.lowercased(s) == s.lowercased(), "U+\(String(v, radix: 16))")
        }
        let pool = Self.pieces + ["; ", " | ", ";;", "\t;", " "]
        for s in Self.texts(3_000, seed: 51, from: pool) {
            #expect(CSVImporter.lowercased(s) == s.lowercased(), "\(s.debugDescription)")
            let general = s.split(whereSeparator: { $0 == ";" || $0 == "|" }).map { String($0).trimmingCharacters(in: " \t") }.filter { !$0.isEmpty }
            #expect(CSVImporter.split(s) == general, "\(s.debugDescription)")
        }
    }

    /// A large text read in two halves gives the records, lines and problems of one pass:
    /// quoted line breaks, CR LF, blank lines, quotes inside unquoted fields, and broken quotes
    /// before or after the middle.
    @Test(arguments: [0, 1, 2, 3, 4])
    func csvReadInHalvesIsReadInOnePass(_ variant: Int) {
        var rng = SplitMix64(seed: UInt64(61 + variant))
        // Variant 4: no quote inside an unquoted field, so the cut is sure to be between records.
        let cells = ["plain", "\"quoted, with comma\"", "\"two\nlines\"", "\"say \"\"hi\"\"\"", variant == 4 ? "12 screen" : "12\" screen", "",
                     "Müller", "\"a\r\nb\""]
        var text = "Company;Booth;Notes\r\n"
        var row = 0
        while text.utf8.count < 2_400_000 {
            row += 1
            text += (0..<3).map { _ in cells[Int(rng.next() % UInt64(cells.count))] }.joined(separator: ";")
            text += row % 97 == 0 ? "\n\n" : "\r\n"
            // Variant 1: a quote that never closes just after the middle; 2: just before it.
            if variant == 1 && row == 45_000 || variant == 2 && row == 30_000 { text += "\"broken;x\r\n" }
            // Variant 3: one long quoted field across the middle.
            if variant == 3 && row == 37_000 { text += "\"" + String(repeating: "long line\n", count: 5_000) + "\";x\r\n" }
        }
        let bytes = Array(text.utf8)
        let read = CSVReader.read(bytes, delimiter: UInt8(ascii: ";"))
        let whole = CSVReader.readRange(bytes, UInt8(ascii: ";"), from: 0, to: bytes.count, firstLine: 1)
        #expect(read.records == whole.records)
        #expect(read.problems == whole.problems)
        #expect(read.records.count > 20_000)
        let halves = CSVReader.readInHalves(bytes, UInt8(ascii: ";"), from: 0, firstLine: 1)
        if variant == 4 { #expect(halves != nil && read.problems.isEmpty) }
        if variant == 2 { #expect(halves == nil) }
    }

    /// Tables indexed by field (cells made ahead, columns) rely on `ordinal` being the place in `allCases`.
    @Test func fieldOrdinalIsThePlaceInAllCases() {
        for (i, field) in CSVField.allCases.enumerated() { #expect(field.ordinal == i, "\(field)") }
    }

    @Test func quoteMatchesEscapingScalarByScalar() {
        for s in Self.texts(3_000, seed: 41) {
            var fast = "", slow = ""
            JSONWriter.quote(s, into: &fast)
            slow += "\""
            JSONWriter.escapeScalars(s, into: &slow)
            slow += "\""
            #expect(fast == slow, "\(s.debugDescription)")
        }
    }

    /// Catalogues written record by record are the text `string(CatalogEncoder.json(_:))` gives.
    @Test(arguments: ["  ", nil, "\t"] as [String?])
    func catalogueWrittenInPiecesIsTheWholeText(_ indent: String?) throws {
        let writer = JSONWriter(indent: indent)
        var small = SmallCatalog.make()
        small.id = "small"
        small.timeZone = "Asia/Harbin"
        let withExtra = Catalog(title: "T\u{1B}", synthetic: true, sources: [Source(id: "s", title: "S")],
                                extra: [JSONMember(key: "zz", node: JSONNode(.array([JSONNode(.string("kept"))])))])
        let imported = CSVImporter().run(Array("Company,Booth,Country,Notes\nMüller,\"Hall 7, A1; A2\",DE,x\nÖz,B2,XX,\"\"\"q\"\"\"\n".utf8),
                                         fileName: "list.csv").catalog
        let demo = DemoCatalog.generate(booths: 6_000, seed: 5)
        // Format version 2's halls and events are written too.
        var programme = small
        programme.halls = [Hall(id: "h", expo: small.expos[0].id, name: "Hall A")]
        var event = ExpoEvent(id: "ev", expo: small.expos[0].id, title: "Forum")
        event.start = "2017-06-16T10:00"
        programme.events = [event]
        var many = demo
        many.events = [event]
        for c in [small, withExtra, imported, demo, Catalog.empty(), programme, many] {
            var pieces: [String] = []
            writer.write(c) { pieces.append($0) }
            #expect(pieces.joined() == writer.string(CatalogEncoder.json(c)), "\(c.title)")
            if !c.events.isEmpty { #expect(pieces.joined().contains("\"events\"")) }
        }
        // A big catalogue comes in several pieces of about a megabyte.
        var sizes: [Int] = []
        writer.write(demo) { sizes.append($0.utf8.count) }
        #expect(sizes.count > 1)
        #expect(sizes.allSatisfy { $0 < 2 << 20 })
    }
}
