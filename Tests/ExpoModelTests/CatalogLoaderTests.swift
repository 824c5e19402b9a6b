import Foundation
import Testing
@testable import ExpoModel

/// A fresh temporary directory, removed by the caller.
private func temporaryDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pavilion-loader-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
}

/// The `CatalogError` thrown by `body`, or nil after recording an issue.
private func catalogError<T>(_ body: () throws(CatalogError) -> T, sourceLocation: SourceLocation = #_sourceLocation) -> CatalogError? {
    do {
        _ = try body()
        Issue.record("expected a CatalogError", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

@Suite struct CatalogLoaderTests {
    @Test func missingFile() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("nope.json").path
        let e = catalogError { () throws(CatalogError) in try CatalogLoader.load(path: path) }
        #expect(e?.exitCode == 66)
        #expect(e?.lines() == ["\(path): cannot open: no such file"])
        #expect(e?.description == "\(path): cannot open: no such file")
    }

    @Test func directory() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let e = catalogError { () throws(CatalogError) in try CatalogLoader.readBytes(path: dir.path) }
        #expect(e?.exitCode == 66)
        #expect(e?.description.hasSuffix("cannot open: it is a directory, not a catalogue file") == true)
    }

    @Test func device() {
        let e = catalogError { () throws(CatalogError) in try CatalogLoader.readBytes(path: "/dev/null") }
        #expect(e?.description == "/dev/null: cannot open: it is not a regular file")
    }

    @Test func pathThroughAFile() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("f.json")
        try Data("{}".utf8).write(to: file)
        let e = catalogError { () throws(CatalogError) in try CatalogLoader.readBytes(path: file.path + "/x.json") }
        #expect(e?.description.hasSuffix("cannot open: a part of the path is not a directory") == true)
    }

    @Test func readsAndDecodesAValidFile() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("fair.json")
        let text = Template.text([46: Template.field("\"name\": \"Vi Holding Group\", \"founded\": 1999,")])
        try Data(text.utf8).write(to: file)
        #expect(try CatalogLoader.readBytes(path: file.path) == Array(text.utf8))
        let (catalog, warnings) = try CatalogLoader.load(path: file.path)
        #expect(catalog.booths.map(\.id) == ["b1"])
        #expect(warnings.map(\.path) == ["exhibitors[0].founded"])
    }

    @Test func readsAnEmptyFile() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("empty.json")
        try Data().write(to: file)
        #expect(try CatalogLoader.readBytes(path: file.path) == [])
        let e = catalogError { () throws(CatalogError) in try CatalogLoader.load(path: file.path) }
        #expect(e?.exitCode == 65)
        #expect(e?.description == "\(file.path):1:1: error: the file is empty")
    }

    @Test func readsAFileLargerThanOneChunk() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("big.json")
        let bytes = (0..<(3 << 20) + 17).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(bytes).write(to: file)
        #expect(try CatalogLoader.readBytes(path: file.path) == bytes)
    }

    @Test func diagnoseAJSONCatalogueGivesTheDecodersDiagnostics() {
        let bytes = Array(Template.text([57: Template.field("\"area_sqm\": -5,")]).utf8)
        #expect(CatalogLoader.diagnose(bytes, path: "fair.json") == CatalogDecoder().decode(bytes).diagnostics)
        #expect(CatalogLoader.diagnose(bytes, path: "fair.json").map(\.path) == ["booths[0].area_sqm"])
    }

    @Test func invalidCatalogueListsErrorsOnly() {
        let text = Template.text([
            3: Template.top("\"version\": 3,"),
            15: Template.field("\"country\": \"cn\","),
            46: Template.field("\"name\": \"Vi Holding Group\", \"founded\": 1999,"),
            57: Template.field("\"area_sqm\": -5,"),
        ])
        let e = catalogError { () throws(CatalogError) in try CatalogLoader.decode(Array(text.utf8), path: "fair.json") }
        #expect(e?.exitCode == 65)
        #expect(e?.lines() == [
            "fair.json:3:14: error: version: unsupported version 3; this pavilion reads versions 1 and 2 (a newer Pavilion wrote it; update Pavilion to open it)",
            "fair.json:15:18: error: expos[0].country: \"cn\" is not an ISO 3166-1 alpha-2 country code (two capital letters, such as \"CN\" or \"RU\")",
            "fair.json:57:19: error: booths[0].area_sqm: area must not be negative (got -5)",
        ])
        #expect(e?.lines(limit: 1) == [
            "fair.json:3:14: error: version: unsupported version 3; this pavilion reads versions 1 and 2 (a newer Pavilion wrote it; update Pavilion to open it)",
            "fair.json: … and 2 more errors (run `pavilion validate fair.json` to see them all)",
        ])
        #expect(e?.description == "fair.json:3:14: error: version: unsupported version 3; this pavilion reads versions 1 and 2 (a newer Pavilion wrote it; update Pavilion to open it)")
    }
}
