import Foundation
import Testing
@testable import ExpoStore

/// Several connections creating the same new plan file at once: the one that loses the race to
/// create the schema must find the schema made, not fail with "table plan_entry already exists".
@Suite("PlanStore: racing to create the file")
struct PlanStoreRaceTests {
    @Test func fourOpenersOfANewFileAllSucceed() throws {
        let dir = try StoreFolder()
        defer { dir.remove() }
        // 40 rounds of 4 openers each on a new file; CI once lost this race between two processes.
        for round in 0..<40 {
            let path = dir.path + "/r\(round)/pavilion.sqlite"
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: 4) { i in
                do {
                    let store = try PlanStore(path: path, busyTimeout: 5)
                    _ = try store.apply(.add(["b\(i)"]), catalog: "c", now: 1)
                } catch {
                    failures.append("round \(round), opener \(i): \(error)")
                }
            }
            #expect(failures.all.isEmpty, "\(failures.all)")
            #expect(try PlanStore(path: path).entries(catalog: "c").count == 4)
        }
    }
}

/// Errors gathered from several threads.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func append(_ s: String) { lock.withLock { list.append(s) } }
    var all: [String] { lock.withLock { list } }
}
