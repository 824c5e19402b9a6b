import Foundation
import Testing

/// Issue 10, item 11: reading a stream holds at most the size limit plus a small margin and
/// stops as soon as the limit is passed; the demo streams its output in little memory.
///
/// Memory is bounded with `ulimit -v` (the address-space limit): past it an allocation fails,
/// and before the fixes that ended in a crash. `PAVILION_MAX_INPUT_BYTES` lowers the input
/// limit (normally 4 GiB) so this runs in a fraction of a second.
@Suite("input and demo memory")
struct InputMemoryTests {
    static let limit = ["PAVILION_MAX_INPUT_BYTES": "\(32 << 20)"]

    @Test(arguments: [["stats", "--catalog", "/dev/stdin"], ["import", "/dev/stdin"]])
    func anEndlessStreamIsRefusedAtTheLimit(_ arguments: [String]) throws {
        // 32 MiB of input under a 300 MB address space: the old reader doubled its buffer and
        // copied (three times the data at once) and crashed here; 4 GiB would need 12 GB.
        let command = (["exec", "\"$0\""] + arguments).joined(separator: " ")
        let r = try ProcessRunner.pavilionInShell("ulimit -v 300000; cat /dev/zero | \(command)", extraEnvironment: Self.limit, timeout: 60)
        #expect(!r.signaled && r.status == 66, "\(r)")
        #expect(r.stderrLines == ["pavilion: /dev/stdin: cannot open: it is larger than the 32 MiB limit"], "\(r)")
    }

    @Test func aStreamUnderTheLimitIsReadWhole() throws {
        let sample = PackagePaths.root.appendingPathComponent("Assets/samples/exhibitors.csv").path
        let r = try ProcessRunner.pavilionInShell("cat '\(sample)' | exec \"$0\" import /dev/stdin --expo-name Piped", extraEnvironment: Self.limit)
        #expect(r.status == 0, "\(r)")
        #expect(r.stderrLines.last?.hasSuffix("imported 6 rows, skipped 0, 0 warnings") == true, "\(r)")
        try expectValidCatalogue(text: r.stdout)
    }

    /// 40,000 booths under a 120 MB address space: the demo used to build the whole catalogue
    /// and its text first (about 170 MB at this size), now it writes records as it makes them.
    @Test(arguments: [false, true])
    func theDemoStreamsInLittleMemory(toFile: Bool) throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let out = dir.url.appendingPathComponent("demo.json").path
        let r = try ProcessRunner.pavilionInShell(
            "ulimit -v 120000; exec \"$0\" demo --booths 40000" + (toFile ? " --output '\(out)'" : " > '\(out)'"), timeout: 120)
        #expect(!r.signaled && r.status == 0, "\(r)")
        let size = (try FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
        #expect(size > 10_000_000, "the whole catalogue was written (\(size) bytes)")
    }

    /// A catalogue that cannot be decoded within the address-space limit is refused with one
    /// line before decoding starts; it used to end in a crash report (signal 6 or 11) part-way.
    @Test func aCatalogueTooBigForTheAddressSpaceIsRefusedInOneLine() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = dir.url.appendingPathComponent("demo.json").path
        let demo = try ProcessRunner.pavilion(["demo", "--booths", "20000", "--output", file], timeout: 120)
        #expect(demo.status == 0, "\(demo)")
        let r = try ProcessRunner.pavilionInShell("ulimit -v 180000; exec \"$0\" stats --catalog '\(file)'", timeout: 60)
        #expect(!r.signaled && r.status == 66, "\(r)")
        #expect(r.stderrLines.count == 1, "\(r)")
        #expect(r.stderr.hasPrefix("pavilion: \(file): cannot open: not enough memory to load it: a 6 MB file needs about"), "\(r)")
        #expect(r.stdout.isEmpty)
    }
}
