import ExpoModel
import Foundation
import GRDB
import Testing
@testable import ExpoStore

@Suite("PlanStore")
struct PlanStoreTests {
    @Test func migratesAnEmptyFileAndMarksItAsOurs() throws {
        let dir = try StoreFolder()
        defer { dir.remove() }
        try FileManager.default.createDirectory(atPath: dir.path + "/plan", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: dir.database, contents: Data()))
        let store = try PlanStore(path: dir.database)
        #expect(store.access == .readWrite)
        #expect(try store.entries(catalog: "c").isEmpty)
        let facts = try store.queue.read { db in
            (try Int32.fetchOne(db, sql: "PRAGMA application_id"), try Int.fetchOne(db, sql: "PRAGMA user_version"),
             try String.fetchOne(db, sql: "PRAGMA journal_mode"), try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
        }
        #expect(facts.0 == PlanSchema.applicationID)
        #expect(facts.1 == PlanSchema.version)
        #expect(facts.2 == "wal")
        #expect(facts.3 == PlanSchema.migrationIDs)
    }

    @Test func createsAPrivateFolderAndFile() throws {
        let dir = try StoreFolder()
        defer { dir.remove() }
        let path = dir.path + "/a/b/pavilion.sqlite"
        _ = try PlanStore(path: path)
        #expect(mode(dir.path + "/a") == 0o700)
        #expect(mode(dir.path + "/a/b") == 0o700)
        #expect(mode(path) == 0o600)
    }

    @Test func defaultPathFollowsXDG() {
        #expect(PlanStore.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/share/pavilion/pavilion.sqlite")
        #expect(PlanStore.defaultPath(environment: ["HOME": "/h", "XDG_DATA_HOME": "/d"]) == "/d/pavilion/pavilion.sqlite")
        #expect(PlanStore.path(environment: ["HOME": "/h", "PAVILION_DB": "/x.sqlite"]) == "/x.sqlite")
        #expect(PlanStore.path(environment: ["HOME": "/h", "PAVILION_DB": ""]) == "/h/.local/share/pavilion/pavilion.sqlite")
    }

    @Test func everyFieldRoundTripsThroughTheFile() throws {
        let dir = try StoreFolder()
        defer { dir.remove() }
        let start = try #require(LocalDateTime(year: 2017, month: 6, day: 16, hour: 10, minute: 30))
        let full = PlanEntry(boothID: "b-1", added: 1_497_000_000, updated: 1_497_000_500, status: .contacted,
                             note: "First line\n第二行：铝合金\n\nlast — end", start: start, timeZone: "Asia/Harbin",
                             durationMinutes: 45, priority: 2)
        let bare = PlanEntry(boothID: "b-2", added: 5)
        do {
            let store = try PlanStore(path: dir.database)
            try store.apply(.restore([full, bare]), catalog: "fair", now: 9)
        }
        let reopened = try PlanStore(path: dir.database)
        #expect(try reopened.entries(catalog: "fair") == [full, bare])
        #expect(try reopened.entry(catalog: "fair", boothID: "b-1") == full)
        #expect(try reopened.entries(catalog: "other").isEmpty)
        for status in PlanStatus.allCases {
            try reopened.apply(.setStatus("b-2", status), catalog: "fair", now: 10)
            #expect(try reopened.entry(catalog: "fair", boothID: "b-2")?.status == status)
        }
    }

    @Test func changesApplyAndRemovalsAreReturned() throws {
        let dir = try StoreFolder()
        defer { dir.remove() }
        let store = try PlanStore(path: dir.database)
        try store.apply(.add(["a", "b"]), catalog: "c", now: 1)
        try store.apply([.setNote("a", "hello"), .setPriority("a", 1), .setDuration("a", 50)], catalog: "c", now: 2)
        let a = try #require(try store.entry(catalog: "c", boothID: "a"))
        #expect(a.note == "hello" && a.priority == 1 && a.durationMinutes == 50 && a.added == 1 && a.updated == 2)
        let removed = try store.apply(.toggle("a"), catalog: "c", now: 3)
        #expect(removed == [a])
        #expect(try store.entries(catalog: "c").map(\.boothID) == ["b"])
        try store.apply(.restore(removed), catalog: "c", now: 4)
        #expect(try store.entries(catalog: "c").map(\.boothID) == ["a", "b"])
        #expect(try store.clear(catalog: "c").count == 2)
        #expect(try store.entries(catalog: "c").isEmpty)
    }

    @Test func concurrentEditsOfDifferentFieldsKeepBoth() throws {
        let dir = try StoreFolder()
        defer { dir.remove() }
        let one = try PlanStore(path: dir.database)
        let two = try PlanStore(path: dir.database)
        try one.apply(.add(["x"]), catalog: "c", now: 1)
        // Each process read the entry before the other wrote: the store re-reads in the transaction.
        _ = try two.entries(catalog: "c")
        try one.apply(.setNote("x", "from one"), catalog: "c", now: 2)
        try two.apply(.setStatus("x", .visited), catalog: "c", now: 3)
        try two.apply(.setPriority("x", 3), catalog: "c", now: 4)
        try one.apply(.setDuration("x", 90), catalog: "c", now: 5)
        let e = try #require(try one.entry(catalog: "c", boothID: "x"))
        #expect(e.note == "from one" && e.status == .visited && e.priority == 3 && e.durationMinutes == 90)
    }

    @Test func dataVersionChangesWhenAnotherConnectionCommits() throws {
        let dir = try StoreFolder()
        defer { dir.remove() }
        let browser = try PlanStore(path: dir.database)
        let cli = try PlanStore(path: dir.database)
        let v0 = try browser.dataVersion()
        #expect(try browser.dataVersion() == v0)
        try cli.apply(.add(["x"]), catalog: "c", now: 1)
        let v1 = try browser.dataVersion()
        #expect(v1 != v0)
        try browser.apply(.add(["y"]), catalog: "c", now: 1)
        #expect(try browser.dataVersion() == v1)
    }

    @Test func mergeAddsNewEntriesAndReportsConflicts() throws {
        let dir = try StoreFolder()
        defer { dir.remove() }
        let store = try PlanStore(path: dir.database)
        try store.apply([.add(["a", "b"]), .setNote("b", "mine")], catalog: "c", now: 1)
        let file = [PlanEntry(boothID: "a", added: 7), PlanEntry(boothID: "b", added: 7, note: "theirs"), PlanEntry(boothID: "n", added: 7)]
        let kept = try store.merge(file, catalog: "c", replace: false)
        #expect(kept.added.map(\.boothID) == ["n"])
        #expect(kept.unchanged == ["a"])
        #expect(kept.conflicts.map(\.plan.note) == ["mine"])
        #expect(try store.entry(catalog: "c", boothID: "b")?.note == "mine")
        let replaced = try store.merge(file, catalog: "c", replace: true)
        #expect(replaced.added.isEmpty && replaced.conflicts.count == 1)
        #expect(try store.entry(catalog: "c", boothID: "b")?.note == "theirs")
    }

    @Test func existingOpensNothingWhenThereIsNoPlan() throws {
        let dir = try StoreFolder()
        defer { dir.remove() }
        #expect(try PlanStore.existing(path: dir.database) == nil)
        #expect(!FileManager.default.fileExists(atPath: dir.database))
        try PlanStore(path: dir.database).apply(.add(["a"]), catalog: "c", now: 1)
        let reader = try #require(try PlanStore.existing(path: dir.database))
        #expect(try reader.entries(catalog: "c").map(\.boothID) == ["a"])
        #expect(throws: PlanStoreError.self) { try reader.apply(.add(["b"]), catalog: "c", now: 1) }
    }
}
