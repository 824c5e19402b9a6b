import Foundation
import Testing
@testable import ExpoModel

/// The per-record `extra` object and the root keys `id` and `time_zone`: decoded without
/// warnings, kept, written back, and described by the schema.
@Suite struct ExtraFieldTests {
    static func document(root: String = "", booth: String = "", exhibitor: String = "") -> String {
        """
        {"format": "pavilion-catalog", "version": 1, "title": "T"\(root),
         "sources": [{"id": "s", "title": "S"}],
         "expos": [{"id": "e", "name": "E"}],
         "exhibitors": [{"id": "x", "name": "X"\(exhibitor)}],
         "booths": [{"id": "b", "expo": "e", "exhibitor": "x"\(booth)}]}
        """
    }

    static func decode(_ text: String) -> CatalogDecoder.Result { CatalogDecoder().decode(Array(text.utf8)) }

    @Test func extraIsKeptWithoutWarnings() throws {
        let r = Self.decode(Self.document(booth: #", "extra": {"Zip Code": "30521", "booth_note": "(26)"}"#,
                                          exhibitor: #", "extra": {"country_text": "Atlantis"}"#))
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        let b = try #require(r.catalog.booths.first)
        #expect(b.extraFields == [ExtraField("Zip Code", "30521"), ExtraField("booth_note", "(26)")])
        #expect(b.extra.isEmpty)
        #expect(r.catalog.exhibitors.first?.extraFields[extra: "country_text"] == "Atlantis")
    }

    @Test func extraRoundTrips() throws {
        var b = Booth(id: "b", expo: "e", exhibitor: "x")
        b.extraFields = [ExtraField("Zip Code", "30521"), ExtraField("Ünïcode \"key\"", "line\nbreak")]
        var x = Exhibitor(id: "x", name: "X")
        x.extraFields = [ExtraField("City", "Hannover")]
        var c = Catalog(title: "T", sources: [Source(id: "s", title: "S")], expos: [Expo(id: "e", name: "E")], exhibitors: [x], booths: [b])
        c.id = "t-1"
        c.timeZone = "Europe/Berlin"
        let text = JSONWriter().string(CatalogEncoder.json(c))
        let r = Self.decode(text)
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(r.catalog.booths.first == b)
        #expect(r.catalog.exhibitors.first == x)
        #expect(r.catalog.id == "t-1")
        #expect(r.catalog.timeZone == "Europe/Berlin")
        // The streaming writer writes the same text.
        var streamed = ""
        CatalogEncoder.write(c) { streamed += $0 }
        let again = Self.decode(streamed)
        #expect(again.diagnostics.isEmpty)
        #expect(again.catalog.booths.first == b && again.catalog.id == "t-1" && again.catalog.timeZone == "Europe/Berlin")
    }

    @Test func nonStringValuesAreErrors() {
        let r = Self.decode(Self.document(booth: #", "extra": {"n": 5, "ok": "yes", "none": null}"#))
        let errors = r.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.path == "booths[0].extra.n")
        #expect(errors.first?.message.contains("are text") == true)
        let notObject = Self.decode(Self.document(exhibitor: #", "extra": ["a"]"#))
        #expect(notObject.diagnostics.contains { $0.severity == .error && $0.path == "exhibitors[0].extra" && $0.message.contains("object") })
    }

    /// Old files with unknown top-level keys on records warn exactly as before.
    @Test func unknownKeysStillWarn() {
        let r = Self.decode(Self.document(booth: #", "Zip Code": "30521""#))
        #expect(r.diagnostics.count == 1)
        #expect(r.diagnostics.first?.severity == .warning)
        #expect(r.diagnostics.first?.message == "unknown key \"Zip Code\" (kept, but not part of format version 2)")
        #expect(r.catalog.booths.first?.extra.first?.key == "Zip Code")
        #expect(r.catalog.booths.first?.extraFields.isEmpty == true)
    }

    @Test(arguments: ["Asia/Harbin", "Europe/Berlin", "America/Argentina/Buenos_Aires", "UTC", "Etc/GMT+8"])
    func timeZoneAccepted(_ tz: String) {
        let r = Self.decode(Self.document(root: ", \"time_zone\": \"\(tz)\""))
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(r.catalog.timeZone == tz)
    }

    @Test(arguments: ["Harbin", "Asia/", "/Harbin", "Asia Harbin", "+08:00", "Asia/Har bin"])
    func timeZoneRejected(_ tz: String) {
        let r = Self.decode(Self.document(root: ", \"time_zone\": \"\(tz)\""))
        #expect(r.diagnostics.contains { $0.severity == .error && $0.path == "time_zone" && $0.message.contains("IANA") })
    }

    @Test func rootIDMustBeAString() {
        #expect(Self.decode(Self.document(root: ", \"id\": \"fair-2026\"")).catalog.id == "fair-2026")
        #expect(Self.decode(Self.document(root: ", \"id\": 7")).diagnostics.contains { $0.severity == .error && $0.path == "id" })
        #expect(Self.decode(Self.document(root: ", \"id\": \" \"")).diagnostics.contains { $0.severity == .error && $0.path == "id" })
    }

    @Test func bundledCatalogueHasItsIDAndTimeZone() throws {
        let (c, d) = try CatalogLoader.load(path: SchemaCheck.catalogPath)
        #expect(d.isEmpty)
        #expect(c.id == "china-russia-expo")
        #expect(c.timeZone == "Asia/Harbin")
    }

    @Test func demoHasAnIDAndTimeZone() {
        let c = DemoCatalog.generate(booths: 10, seed: 3)
        #expect(c.id == "pavilion-demo-10-seed-3")
        #expect(c.timeZone == "Asia/Harbin")
    }

    /// The schema accepts `extra` of text, `id` and `time_zone`, and rejects a number in `extra`
    /// and a malformed time zone, as the decoder does.
    @Test func schemaDescribesTheNewKeys() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pavilion-extra-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let docs = [
            Self.document(root: #", "id": "x", "time_zone": "Asia/Harbin""#, booth: #", "extra": {"a": "1"}"#, exhibitor: #", "extra": {"b": "2"}"#),
            Self.document(booth: #", "extra": {"a": 1}"#),
            Self.document(root: #", "time_zone": "Harbin""#),
        ]
        var paths: [String] = []
        for (i, d) in docs.enumerated() {
            let p = dir.appendingPathComponent("\(i).json").path
            try Data(d.utf8).write(to: URL(fileURLWithPath: p))
            paths.append(p)
            let decoderErrors = Self.decode(d).diagnostics.filter { $0.severity == .error }.count
            #expect((decoderErrors == 0) == (i == 0))
        }
        let results = try #require(SchemaCheck.errors(ofFiles: paths))
        #expect(results.map { $0.count == 0 } == [true, false, false], "\(results)")
    }
}
