import Foundation
import Testing

@Suite("--catalog")
struct CatalogOptionTests {
    static let trailingComma = """
        {
          "format": "pavilion-catalog",
          "version": 1,
          "title": "x",
          "expos": [1, ]
        }

        """

    @Test(arguments: [["search", "vi"], ["show", "cre-4"], ["stats"]])
    func brokenFileExits65AndNamesFileLineColumn(_ command: [String]) throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("broken.json", Self.trailingComma)
        let r = try ProcessRunner.pavilion(command + ["--catalog", "broken.json"], currentDirectory: dir.path)
        #expect(r.status == 65, "\(r)")
        #expect(r.stdout.isEmpty, "\(r)")
        #expect(r.stderrLines == ["pavilion: broken.json:5:16: error: trailing comma before ']'"], "\(r)")
    }

    @Test func invalidRecordsExit65AndListEveryError() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("errors.json", ValidateCommandTests.manyErrors)
        let r = try ProcessRunner.pavilion(["search", "--catalog", "errors.json", "acme"], currentDirectory: dir.path)
        #expect(r.status == 65, "\(r)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderrLines.count == 7, "the seven errors, not the warning: \(r)")
        #expect(r.stderrLines.allSatisfy { $0.hasPrefix("pavilion: errors.json:") && $0.contains(": error: ") }, "\(r)")
    }

    @Test(arguments: [["search", "vi"], ["show", "cre-4"], ["stats"]])
    func missingFileExits66(_ command: [String]) throws {
        let r = try ProcessRunner.pavilion(command + ["--catalog", "/nonexistent/fair.json"])
        #expect(r.status == 66, "\(r)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderrLines == ["pavilion: /nonexistent/fair.json: cannot open: no such file"], "\(r)")
    }

    @Test func warningsAreSummarisedOnStderrAndTheCommandStillRuns() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("warn.json", catalogJSON(body: """
              "mascot": "panda",
              "expos": [{"id": "f1", "name": "Fair"}],
              "exhibitors": [{"id": "x1", "name": "Acme"}],
              "booths": [{"id": "b1", "expo": "f1", "exhibitor": "x1", "code": "A-1"}]
            """))
        let r = try ProcessRunner.pavilion(["search", "--catalog", "warn.json", "acme"], currentDirectory: dir.path)
        #expect(r.status == 0, "\(r)")
        #expect(r.stdoutLines.count == 2, "\(r)")
        #expect(r.stderrLines == ["pavilion: warn.json: 1 warning (run `pavilion validate warn.json` to see them)"], "\(r)")
    }
}
