import Foundation
import GRDB
import Testing
@testable import ExpoStore

/// A fresh folder for one test's database; `remove()` deletes it.
struct StoreFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("pavilion-store-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// The database path inside the folder.
    var database: String { path + "/plan/pavilion.sqlite" }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// The bytes of a file (to check it was left as it was).
func bytes(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
}

/// The mode bits of a file or folder.
func mode(_ path: String) -> UInt32 {
    var st = stat()
    return stat(path, &st) == 0 ? UInt32(st.st_mode & 0o7777) : 0
}

/// Makes a folder unwritable, also for root (which ignores permission bits): chmod 0500, and
/// for root the immutable attribute. Returns a function that undoes it.
func makeUnwritable(_ dir: String) throws -> () -> Void {
    chmod(dir, 0o500)
    guard getuid() == 0 else { return { chmod(dir, 0o700) } }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["chattr", "+i", dir]
    try p.run()
    p.waitUntilExit()
    try #require(p.terminationStatus == 0, "chattr +i \(dir) failed: root needs it to make a folder unwritable")
    return {
        let u = Process()
        u.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        u.arguments = ["chattr", "-i", dir]
        try? u.run()
        u.waitUntilExit()
        chmod(dir, 0o700)
    }
}

/// A SQLite file made by another program: `sql` run on a new database at `path`.
func makeSQLite(_ path: String, _ sql: String) throws {
    let q = try DatabaseQueue(path: path)
    try q.write { try $0.execute(sql: sql) }
    try q.close()
}
