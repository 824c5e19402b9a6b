import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 10, item 7: a failed write or close of the output exits 74 with one line on stderr;
/// a closed pipe ends the process quietly.
@Suite("write errors")
struct OutputErrorTests {
    static let sample = PackagePaths.root.appendingPathComponent("Assets/samples/exhibitors.csv").path

    /// The commands of the issue, each writing to standard output.
    static let commands: [[String]] = [
        ["demo", "--booths", "50"],
        ["import", sample],
        ["search", "--json", "vi"],
        ["stats"],
        ["show", "cre-4"],
        ["validate", PackagePaths.bundledCatalog.path],
        ["--help"],
    ]

    @Test(arguments: commands)
    func aFullDiskExits74WithOneLine(_ arguments: [String]) throws {
        let r = try ProcessRunner.pavilion(arguments, stdout: .path("/dev/full"))
        #expect(!r.signaled && r.status == 74, "\(r)")
        let errors = r.stderrLines.filter { $0.contains("cannot write to standard output") }
        #expect(errors == ["pavilion: cannot write to standard output: No space left on device"], "\(r)")
        // import's summary would claim success; it must not follow a failed write.
        #expect(!r.stderr.contains("imported"), "\(r)")
    }

    @Test(arguments: [["stats"], ["demo", "--booths", "5"], ["search", "vi"]])
    func aClosedStdoutExits74(_ arguments: [String]) throws {
        let r = try ProcessRunner.pavilion(arguments, stdout: .closed)
        #expect(!r.signaled && r.status == 74, "\(r)")
        #expect(r.stderrLines == ["pavilion: cannot write to standard output: standard output is closed"], "\(r)")
    }

    @Test func nothingWrittenToAClosedStdoutIsNotAnError() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let out = dir.url.appendingPathComponent("d.json").path
        let r = try ProcessRunner.pavilion(["demo", "--booths", "5", "--output", out], stdout: .closed)
        #expect(r.status == 0, "\(r)")
        try expectValidCatalogue(out)
    }

    /// `| head`: the reader goes away. With SIGPIPE at its default the process dies of it; with
    /// SIGPIPE ignored (as some shells and CI runners leave it) the write fails with EPIPE and
    /// the process exits 141 as if it had. Either way, nothing on stderr.
    @Test(arguments: [false, true])
    func aClosedPipeIsQuiet(ignoringSIGPIPE: Bool) throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        close(fds[0])  // the reader is gone before the first write (and no child can inherit it)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        defer { close(fds[1]) }
        let binary = try PavilionBinary.path()
        let args = ["demo", "--booths", "20000"]
        let process = ignoringSIGPIPE
            ? try ProcessRunner.start("/bin/sh", ["-c", "trap '' PIPE; exec \"$0\" \"$@\"", binary] + args, stdout: .descriptor(fds[1]))
            : try ProcessRunner.start(binary, args, stdout: .descriptor(fds[1]))
        let r = try process.wait(timeout: 60)
        let quietEnd = (r.signaled && r.status == SIGPIPE) || (!r.signaled && r.status == 141)
        #expect(quietEnd, "\(r)")
        #expect(r.stderr.isEmpty, "\(r)")
    }

    /// A full disk under --output, made with a file size limit (RLIMIT_FSIZE): the write fails
    /// with EFBIG, the command exits 74 with one line, and no file is left, under the name or
    /// beside it, through the unnamed file and through the named temporary file alike.
    @Test(arguments: [false, true])
    func aFullDiskUnderOutputLeavesNothing(namedTemp: Bool) throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let out = dir.url.appendingPathComponent("demo.json").path
        let env = namedTemp ? ["PAVILION_OUTPUT_NAMED_TEMP": "1"] : [:]
        // ulimit -f counts 512-byte blocks: 64 KiB, far less than 5,000 booths.
        let r = try ProcessRunner.pavilionInShell("ulimit -f 128; exec \"$0\" demo --booths 5000 --output '\(out)'", extraEnvironment: env, timeout: 60)
        #expect(!r.signaled && r.status == 74, "\(r)")
        #expect(r.stderrLines == ["pavilion: \(out): cannot write: File too large; no file was created"], "\(r)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == [], "nothing is left in the directory")
    }

    @Test func aFullDiskWhileReplacingKeepsTheOldFile() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let out = try dir.write("demo.json", "old contents")
        let r = try ProcessRunner.pavilionInShell("ulimit -f 128; exec \"$0\" demo --booths 5000 --force --output '\(out)'", timeout: 60)
        #expect(r.status == 74, "\(r)")
        #expect(r.stderr.contains("the existing file is unchanged"), "\(r)")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "old contents")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["demo.json"])
    }
}
