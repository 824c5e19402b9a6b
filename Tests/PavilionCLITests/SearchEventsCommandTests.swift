import Foundation
import Testing

/// `pavilion search kind:event …`: events found with the booths' query language.
@Suite("pavilion search kind:event")
struct SearchEventsCommandTests {
    func search(_ arguments: [String]) throws -> ProcessResult {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try EventsTestCatalogue.write(in: dir)
        return try ProcessRunner.pavilion(["search", "--catalog", file] + arguments)
    }

    @Test func topicsSpeakersAndDatesFindEvents() throws {
        let logistics = try search(["kind:event", "logistics"])
        #expect(logistics.status == 0, "\(logistics)")
        #expect(logistics.stdoutLines.first?.hasPrefix("DATE") == true, "\(logistics.stdout)")
        #expect(logistics.stdoutLines.count == 2 && logistics.stdout.contains("中俄博览会论坛"), "\(logistics.stdout)")
        let later = try search(["kind:event", "date>=2017-06-16"])
        #expect(later.stdoutLines.dropFirst().map { $0.contains("Signing ceremony") || $0.contains("Opening") } == [true, true], "\(later.stdout)")
        let hall = try search(["kind:event", "hall:hall a", "--json"])
        let ids = try #require(try JSONSerialization.jsonObject(with: Data(hall.stdout.utf8)) as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(Set(ids) == ["sign", "bday"], "\(hall.stdout)")
    }

    @Test func noEventExits1AndBoothsStaySearchedWithoutTheTerm() throws {
        let none = try search(["kind:event", "zzzz"])
        #expect(none.status == 1)
        #expect(none.stderr == "pavilion: no event matches \"kind:event zzzz\"\n", "\(none)")
        let booths = try search(["acme"])
        #expect(booths.status == 0 && booths.stdoutLines.first?.hasPrefix("BOOTH") == true, "\(booths)")
    }
}
