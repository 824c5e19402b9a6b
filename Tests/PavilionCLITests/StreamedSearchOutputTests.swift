import Foundation
import Testing

/// `pavilion search --json --limit 0 | head -c 100` ends at once: records are written as they
/// are produced, best first, never built whole, so memory stays near that of loading.
///
/// Measured with /usr/bin/time on the binary under test: the release build when an up-to-date
/// one is at `.build-release/release/pavilion` (with the issue's 100,000 booths), else the debug build
/// (with 10,000, which is as slow in a debug build). CPU time and peak memory are compared with
/// `stats` on the same file and with the full run, so a busy machine slows all runs alike.
@Suite("streamed search output", .serialized)
struct StreamedSearchOutputTests {
    struct Measure {
        var seconds: Double
        var cpu: Double
        var kilobytes: Int
    }

    /// The release binary beside the package, if built after the last change to the sources (a
    /// stale one would test old code).
    static let release: String? = {
        let fm = FileManager.default
        let path = PackagePaths.root.appendingPathComponent(".build-release/release/pavilion").path
        guard fm.isExecutableFile(atPath: path),
              let built = (try? fm.attributesOfItem(atPath: path))?[.modificationDate] as? Date else { return nil }
        let sources = PackagePaths.root.appendingPathComponent("Sources")
        let enumerator = fm.enumerator(at: sources, includingPropertiesForKeys: [.contentModificationDateKey])
        while let url = enumerator?.nextObject() as? URL {
            if let changed = try? url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate, changed > built { return nil }
        }
        return path
    }()

    /// Runs `command` (a shell pipeline whose first word is the binary, "$0") under
    /// /usr/bin/time, returning the time and memory of that first command.
    static func measure(_ command: String, binary: String, in dir: TempDirectory) throws -> Measure {
        let out = dir.url.appendingPathComponent("time-\(UUID().uuidString)").path
        let r = try ProcessRunner.run("/bin/sh", ["-c", "/usr/bin/time -f '%e %U %S %M' -o '\(out)' " + command, binary], timeout: 600)
        #expect(r.status == 0 && r.stderr.isEmpty, "\(command): \(r)")
        let fields = try String(contentsOfFile: out, encoding: .utf8).split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
        let f = try #require(fields.count >= 4 ? Array(fields.suffix(4)) : nil, "\(command): /usr/bin/time gave \(fields)")
        return Measure(seconds: f[0], cpu: f[1] + f[2], kilobytes: Int(f[3]))
    }

    @Test func headEndsAtOnceAndMemoryStaysNearLoading() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let binary = try Self.release ?? PavilionBinary.path()
        let booths = Self.release == nil ? 10_000 : 100_000
        let file = dir.url.appendingPathComponent("demo.json").path
        let made = try ProcessRunner.run(binary, ["demo", "--booths", "\(booths)", "--output", file], timeout: 600)
        #expect(made.status == 0, "\(made)")

        let stats = try Self.measure("\"$0\" stats --catalog '\(file)' > /dev/null", binary: binary, in: dir)
        let full = try Self.measure("\"$0\" search --catalog '\(file)' --json --limit 0 a > '\(dir.path)/all.json'", binary: binary, in: dir)
        let head = try Self.measure("\"$0\" search --catalog '\(file)' --json --limit 0 a | head -c 100 > '\(dir.path)/head.json'", binary: binary, in: dir)
        print("streamed search, \(booths) booths (\(Self.release == nil ? "debug" : "release")): stats \(stats), full \(full), | head -c 100 \(head)")

        // The head is the start of the full output: the best records first.
        let all = try Data(contentsOf: URL(fileURLWithPath: "\(dir.path)/all.json"))
        let first = try Data(contentsOf: URL(fileURLWithPath: "\(dir.path)/head.json"))
        #expect(first.count == 100 && all.prefix(100) == first)
        let records = try #require(try JSONSerialization.jsonObject(with: all) as? [[String: Any]])
        #expect(records.count > booths / 2, "\"a\" matches most demo booths: \(records.count)")

        // Writing the records is real work: the run cut short by head does little of it.
        let writing = full.cpu - stats.cpu
        #expect(writing > 0, "the full run costs more than loading: \(full.cpu) vs \(stats.cpu)")
        #expect(head.cpu < stats.cpu + writing * 0.6, "head -c 100 should end long before the records are all written")
        #expect(head.seconds < full.seconds, "\(head.seconds) s vs \(full.seconds) s")
        // Nothing is built whole: peak memory within 1.3 times that of loading.
        #expect(Double(full.kilobytes) <= 1.3 * Double(stats.kilobytes), "\(full.kilobytes) KB vs stats \(stats.kilobytes) KB")
    }
}
