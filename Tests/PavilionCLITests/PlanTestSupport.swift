import Foundation
import Testing

/// A folder with a test catalogue ("Plan fair": booths b1…bN at expo f1, which starts on
/// 2017-06-15; exhibitor x2 also has a booth at f2, which has no date) and its own plan
/// database, named by PAVILION_DB.
struct PlanFixture {
    let dir: TempDirectory
    let catalog: String
    var database: String { dir.path + "/data/pavilion/pavilion.sqlite" }
    var environment: [String: String] { ["PAVILION_DB": database] }

    init(booths: Int = 5, title: String = "Plan fair") throws {
        dir = try TempDirectory()
        let booths = (1...booths).map { i in
            #"{"id": "b\#(i)", "expo": "f1", "exhibitor": "x\#(i % 3)", "code": "A-\#(i)", "hall": "\#(i % 2 == 0 ? "H2" : "H1")"}"#
        }
        catalog = try dir.write("fair.json", catalogJSON(title: title, body: """
              "expos": [{"id": "f1", "name": "Fair", "start": "2017-06-15"}, {"id": "f2", "name": "Other fair"}],
              "exhibitors": [{"id": "x0", "name": "Zero Ltd"}, {"id": "x1", "name": "Acme"}, {"id": "x2", "name": "Борей"}],
              "booths": [\(booths.joined(separator: ",\n")), {"id": "c1", "expo": "f2", "exhibitor": "x2", "code": "C-1"}]
            """))
    }

    /// Runs `pavilion plan ARGS --catalog fair.json` with this fixture's database.
    func plan(_ args: [String], timeout: Double = 30) throws -> ProcessResult {
        try ProcessRunner.pavilion(["plan"] + args + ["--catalog", catalog], extraEnvironment: environment, timeout: timeout)
    }

    /// The plan as `plan list --json` gives it, by booth id.
    func entries() throws -> [String: [String: Any]] {
        let r = try plan(["list", "--json"])
        #expect(r.status == 0, "\(r)")
        let list = try #require(try parseJSON(r.stdout) as? [[String: Any]])
        return Dictionary(list.map { ($0["booth_id"] as? String ?? "?", $0) }, uniquingKeysWith: { a, _ in a })
    }

    func remove() { dir.remove() }
}
