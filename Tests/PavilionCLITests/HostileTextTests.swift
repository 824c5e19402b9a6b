import Foundation
import Testing

/// Catalogue text comes from other people: it must never reach a terminal as control codes.
@Suite("hostile text in catalogues")
struct HostileTextTests {
    static let titleSetter = "\u{1b}]0;pwned\u{07}"
    static let clearScreen = "\u{1b}[2J"
    static let exhibitorName = "Evil \(titleSetter) Corp \(clearScreen)"
    static let esc = UInt8(0x1b)

    /// A catalogue whose names, title and booth code carry terminal escapes.
    static func write(in dir: TempDirectory) throws -> String {
        let catalogue: [String: Any] = [
            "format": "pavilion-catalog", "version": 1, "synthetic": true,
            "title": "Fair \u{1b}[31mred",
            "expos": [["id": "f1", "name": "Expo \(clearScreen)"]],
            "delegations": [["id": "d1", "expo": "f1", "name": "Team \u{1b}[5m"]],
            "exhibitors": [["id": "x1", "name": exhibitorName, "summary": "Line one\nline two \u{1b}[H"]],
            "booths": [
                ["id": "b1", "expo": "f1", "exhibitor": "x1", "delegation": "d1", "code": "Z\u{1b}[1m", "hall": "H\u{9b}31m"],
            ],
        ]
        let data = try JSONSerialization.data(withJSONObject: catalogue, options: [.sortedKeys])
        #expect(!data.contains(esc), "JSONSerialization escapes ESC, so the file itself holds \\u001b")
        return try dir.write("evil.json", data)
    }

    @Test func searchTextShowsEscapesAsSymbols() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try Self.write(in: dir)
        let r = try ProcessRunner.pavilion(["search", "--catalog", file, "evil"])
        #expect(r.status == 0, "\(r)")
        #expect(!r.stdoutData.contains(Self.esc), "raw ESC in the table:\n\(r.stdout.debugDescription)")
        #expect(!r.stdoutData.contains(0x07), "raw BEL in the table")
        #expect(r.stdout.contains("Evil ␛]0;pwned␇ Corp ␛[2J"), "\(r.stdout)")
        #expect(r.stdout.contains("Z␛[1m"), "\(r.stdout)")
        #expect(r.stdout.contains("Expo ␛[2J"), "\(r.stdout)")
        #expect(!r.stdout.unicodeScalars.contains { $0.value == 0x9B }, "raw C1 CSI in the table")
    }

    @Test func searchJSONEscapesControlCharacters() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try Self.write(in: dir)
        let r = try ProcessRunner.pavilion(["search", "--catalog", file, "evil", "--json"])
        #expect(r.status == 0, "\(r)")
        #expect(!r.stdoutData.contains(Self.esc), "raw ESC in the JSON")
        #expect(!r.stdoutData.contains(0x07), "raw BEL in the JSON")
        #expect(r.stdout.contains(#"Evil \u001b]0;pwned\u0007 Corp \u001b[2J"#), "\(r.stdout)")
        // The JSON round-trips to the original text.
        let hits = try #require(try parseJSON(r.stdout) as? [[String: Any]])
        #expect((hits.first?["exhibitor"] as? [String: Any])?["name"] as? String == Self.exhibitorName)
    }

    @Test func showBoothAndStatsTextHaveNoRawEscapes() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try Self.write(in: dir)
        for args in [["show", "b1"], ["stats"], ["show", "b1", "--json"], ["show", "f1", "--json"], ["stats", "--json"]] {
            let r = try ProcessRunner.pavilion(args + ["--catalog", file])
            #expect(r.status == 0, "\(args): \(r)")
            #expect(!r.stdoutData.contains(Self.esc), "raw ESC in `pavilion \(args.joined(separator: " "))`:\n\(r.stdout.debugDescription)")
        }
        let stats = try ProcessRunner.pavilion(["stats", "--catalog", file])
        #expect(stats.stdoutLines.first == "Fair ␛[31mred (synthetic data)")
    }

    /// Booth codes are the labels of the "Booths" lists of `show` for an exhibitor, an expo or a
    /// delegation; labels are made visible like values.
    @Test func showListsOfBoothsHaveNoRawEscapes() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try Self.write(in: dir)
        for id in ["x1", "f1", "d1"] {
            let r = try ProcessRunner.pavilion(["show", id, "--catalog", file])
            #expect(r.status == 0, "\(r)")
            #expect(!r.stdoutData.contains(Self.esc), "raw ESC in `pavilion show \(id)`:\n\(r.stdout.debugDescription)")
            #expect(r.stdout.contains("Evil ␛]0;pwned␇ Corp ␛[2J"), "\(r.stdout)")
        }
    }

    @Test func stderrMessagesShowEscapesAsSymbols() throws {
        let r = try ProcessRunner.pavilion(["show", "nope\(Self.clearScreen)"])
        #expect(r.status == 1, "\(r)")
        #expect(!r.stderrData.contains(Self.esc), "raw ESC on stderr:\n\(r.stderr.debugDescription)")
        #expect(r.stderr.contains("nope␛[2J"))

        let q = try ProcessRunner.pavilion(["search", "zz\(Self.titleSetter)"])
        #expect(q.status == 1, "\(q)")
        #expect(!q.stderrData.contains(Self.esc))
        #expect(!q.stderrData.contains(0x07))
    }

    @Test func validateShowsEscapesInKeysAndValuesAsSymbols() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try dir.write("keys.json", #"{"format":"pavilion-catalog","version":1,"title":"t","\u001b[2J":1,"booths":[{"id":"b","expo":"nope\u001b]0;x\u0007","exhibitor":"x"}]}"#)
        let r = try ProcessRunner.pavilion(["validate", file])
        #expect(r.status == 65, "\(r)")
        #expect(!r.stdoutData.contains(Self.esc), "raw ESC in validate output:\n\(r.stdout.debugDescription)")
        #expect(!r.stdoutData.contains(0x07))
        #expect(r.stdout.contains("refers to expo \"nope␛]0;x␇\""), "\(r.stdout)")
        let json = try ProcessRunner.pavilion(["validate", "--json", file])
        #expect(!json.stdoutData.contains(Self.esc))
        _ = try parseJSON(json.stdout)
    }
}
