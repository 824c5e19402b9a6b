import Foundation
import Testing

/// `plan export` and `plan import` as commands: where they write, what they refuse, their exit
/// codes. (What the formats hold is tested with the exporter.)
@Suite("pavilion plan export and import")
struct PlanExportImportCommandTests {
    @Test func exportWritesTheFileSafely() throws {
        let f = try PlanFixture()
        defer { f.remove() }
        #expect(try f.plan(["add", "b1", "b2", "--note", "多行\nnote"]).status == 0)
        let stdout = try f.plan(["export", "--format", "json"])
        #expect(stdout.status == 0, "\(stdout)")
        let out = f.dir.path + "/plan.json"
        let written = try f.plan(["export", "--format", "json", "--output", out])
        #expect(written.status == 0 && written.stdout.isEmpty, "\(written)")
        // The same export, apart from the time it was made (two runs may straddle a second).
        func timeless(_ d: Data) -> String {
            String(decoding: d, as: UTF8.self).replacing(#/"exported": "[^"]*"/#, with: "\"exported\": \"…\"")
        }
        #expect(timeless(try Data(contentsOf: URL(fileURLWithPath: out))) == timeless(stdout.stdoutData))
        #expect(timeless(stdout.stdoutData).contains("\"exported\": \"…\""))
        let refused = try f.plan(["export", "--format", "csv", "--output", out])
        #expect(refused.status == 73, "\(refused)")
        #expect(refused.stderrLines == ["pavilion: \(out): already exists; add --force to replace it"], "\(refused)")
        #expect(timeless(try Data(contentsOf: URL(fileURLWithPath: out))) == timeless(stdout.stdoutData))
        #expect(try f.plan(["export", "--format", "csv", "--no-bom", "--output", out, "--force"]).status == 0)
        let intoDatabase = try f.plan(["export", "--format", "md", "--output", f.database, "--force"])
        #expect(intoDatabase.status == 73, "\(intoDatabase)")
        #expect(try f.plan(["check"]).stdoutLines == ["ok"])
    }

    @Test func importRefusesWhatItCannotRead() throws {
        let f = try PlanFixture()
        defer { f.remove() }
        let missing = try f.plan(["import", f.dir.path + "/nothing.json"])
        #expect(missing.status == 66, "\(missing)")
        #expect(missing.stderr.contains("nothing.json"), "\(missing)")
        let junk = try f.dir.write("junk.json", "this is not a plan")
        let bad = try f.plan(["import", junk])
        #expect(bad.status == 65, "\(bad)")
        #expect(bad.stderr.hasPrefix("pavilion: \(junk): "), "\(bad)")
        #expect(!FileManager.default.fileExists(atPath: f.database), "a refused import created the database")
    }
}
