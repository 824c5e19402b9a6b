import Foundation
import Testing
@testable import ExpoModel

/// `CatalogLoader` reads a file as its content says, not as its name says.
@Suite struct CatalogLoaderKindTests {
    static let catalogue = #"{"format": "pavilion-catalog", "version": 1, "title": "T"}"#
    static let export = #"{"total": 1, "exhibitors": [{"name": "Acme", "booths": [{"no": "A-1", "hall": "H1"}]}]}"#

    @Test(arguments: [
        (catalogue, "fair.json", CatalogLoader.Reading.catalogue),
        (catalogue, "fair.csv", .catalogue),
        (#"{"format": "expo-catalog", "exhibitors": []}"#, "x.json", .catalogue),
        (#"{"version": 1, "title": "no format"}"#, "x.json", .catalogue),
        (#"{"expos": [], "booths": []}"#, "x.json", .catalogue),
        ("{}", "x.json", .catalogue),
        (#"[{"format": "pavilion-catalog", "version": 1}]"#, "x.json", .catalogue),
        (#"{"format": "pavilion-catalog", "version": 1,,}"#, "x.json", .catalogue),
        (#"{"title": "x", "exhibitors": [1,,]}"#, "x.json", .catalogue),
        (export, "x.json", .otherJSON),
        (export, "x.csv", .otherJSON),
        (#"[{"name": "Acme"}]"#, "x", .otherJSON),
        (#"["Acme", "Globex"]"#, "x.json", .otherJSON),
        ("Company,Booth\nAcme,A-1\n", "list.csv", .list),
        ("Company,Booth\nAcme,A-1\n", "list.txt", .list),
        ("Company,Booth\nAcme,A-1\n", "list.json", .catalogue),
        ("null", "x.json", .catalogue),
        ("", "x.json", .catalogue),
        ("", "x.csv", .list),
    ])
    func reading(text: String, path: String, expected: CatalogLoader.Reading) {
        #expect(CatalogLoader.reading(Array(text.utf8), path: path) == expected)
    }

    @Test func workbooksAreLists() {
        #expect(CatalogLoader.reading([0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0], path: "fair.json") == .list)
        #expect(CatalogLoader.reading([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], path: "fair.xls") == .list)
    }

    func write(_ name: String, _ bytes: [UInt8]) throws -> (path: String, remove: () -> Void) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pavilion-kind-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return (url.path, { try? FileManager.default.removeItem(at: dir) })
    }

    @Test func otherJSONIsRefusedInOneLine() throws {
        let file = try write("waic export.json", Array(("\n  " + Self.export).utf8))
        defer { file.remove() }
        do {
            _ = try CatalogLoader.load(path: file.path)
            Issue.record("loaded")
        } catch {
            #expect(error.exitCode == 65)
            let quoted = "'" + file.path + "'"
            #expect(error.lines() == [file.path + ":2:3: error: the file is JSON but not a Pavilion catalogue (it does not declare \"format\": \"pavilion-catalog\"); "
                        + "to read it as an exhibitor list, run `pavilion import \(quoted)`"])
        }
        let ds = CatalogLoader.diagnose(Array(Self.export.utf8), path: "waic.json")
        #expect(ds.count == 1)
        #expect(ds.first?.message.hasSuffix("run `pavilion import waic.json`") == true)
    }

    @Test func aListIsImportedWhateverItsName() throws {
        let file = try write("list.dat", Array("Company;Booth\nAcme;A-1\nGlobex;B-2\n".utf8))
        defer { file.remove() }
        let loaded = try CatalogLoader.loadFile(path: file.path)
        #expect(loaded.reading == .list)
        #expect(loaded.catalog.exhibitors.map(\.name) == ["Acme", "Globex"])
        let catalogue = try write("fair.csv", Array(Self.catalogue.utf8))
        defer { catalogue.remove() }
        #expect(try CatalogLoader.loadFile(path: catalogue.path).reading == .catalogue)
    }

    @Test func anOldExcelFileIsOneLine() throws {
        let file = try write("list.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
        defer { file.remove() }
        do {
            _ = try CatalogLoader.load(path: file.path)
            Issue.record("loaded")
        } catch {
            #expect(error.exitCode == 65)
            #expect(error.lines() == [file.path + ": error: " + ListReadError.oldExcel.description])
        }
    }

    @Test func shellQuoting() {
        #expect(CatalogLoader.shellQuoted("../lists/waic-2026.json") == "../lists/waic-2026.json")
        #expect(CatalogLoader.shellQuoted("my list.json") == "'my list.json'")
        #expect(CatalogLoader.shellQuoted("it's.json") == #"'it'\''s.json'"#)
    }
}
