import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 10, items 8 and 9: --output never replaces the input, an existing file only with
/// --force, a read-only file never; an interrupted write leaves nothing behind.
@Suite("output files")
struct OutputFileSafetyTests {
    static let csv = "Company,Booth\nAcme,A-1\n"

    @Test func importNeverWritesOverItsInput() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let input = try dir.write("list.csv", Self.csv)
        let symlink = dir.url.appendingPathComponent("link.json").path
        try FileManager.default.createSymbolicLink(atPath: symlink, withDestinationPath: input)
        let hardlink = dir.url.appendingPathComponent("hard.json").path
        #expect(link(input, hardlink) == 0)
        let dotted = dir.path + "/./list.csv"
        for output in [input, symlink, hardlink, dotted] {
            for force in [false, true] {
                let r = try ProcessRunner.pavilion(["import", input, "--output", output] + (force ? ["--force"] : []))
                #expect(r.status == 73, "\(output) force=\(force): \(r)")
                #expect(r.stderrLines == ["pavilion: \(output): is the input file \(input); write the catalogue to another file"], "\(r)")
                #expect(try String(contentsOfFile: input, encoding: .utf8) == Self.csv, "the input is unchanged")
            }
        }
    }

    @Test func anExistingFileIsReplacedOnlyWithForce() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let out = try dir.write("fair.json", "mine")
        #expect(chmod(out, 0o640) == 0)
        let input = try dir.write("list.csv", Self.csv)
        for command in [["demo", "--booths", "3"], ["import", input]] {
            let r = try ProcessRunner.pavilion(command + ["--output", out])
            #expect(r.status == 73, "\(r)")
            #expect(r.stderrLines.last == "pavilion: \(out): already exists; add --force to replace it", "\(r)")
            #expect(try String(contentsOfFile: out, encoding: .utf8) == "mine")
        }
        let forced = try ProcessRunner.pavilion(["demo", "--booths", "3", "--output", out, "--force"])
        #expect(forced.status == 0, "\(forced)")
        try expectValidCatalogue(out)
        let mode = (try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int) ?? 0
        #expect(mode == 0o640, "the replaced file keeps its permissions")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["fair.json", "list.csv"])
    }

    @Test func aReadOnlyFileIsNeverReplaced() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let out = try dir.write("fair.json", "keep me")
        #expect(chmod(out, 0o444) == 0)
        for force in [false, true] {
            let r = try ProcessRunner.pavilion(["demo", "--booths", "3", "--output", out] + (force ? ["--force"] : []))
            #expect(r.status == 73, "\(r)")
            #expect(r.stderr.contains("\(out): is read-only; it is never replaced, even with --force"), "\(r)")
            #expect(try String(contentsOfFile: out, encoding: .utf8) == "keep me")
        }
    }

    @Test func aNewFileIsWrittenWholeAndValidates() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        for named in [false, true] {
            let out = dir.url.appendingPathComponent("new-\(named).json").path
            let r = try ProcessRunner.pavilion(["demo", "--booths", "2000", "--output", out],
                                               extraEnvironment: named ? ["PAVILION_OUTPUT_NAMED_TEMP": "1"] : [:], timeout: 60)
            #expect(r.status == 0, "\(r)")
            try expectValidCatalogue(out)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["new-false.json", "new-true.json"])
    }

    /// `--output /dev/stdout` with stdout on a file writes into that file; replacing the file
    /// behind the link would leave the shell's descriptor on the old one. /dev/full gives 74.
    @Test func systemPathsAreWrittenInPlace() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let out = try dir.write("shell.json", "")
        let r = try ProcessRunner.pavilion(["demo", "--booths", "3", "--output", "/dev/stdout", "--force"], stdout: .path(out))
        #expect(r.status == 0, "\(r)")
        try expectValidCatalogue(out)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["shell.json"])
        let full = try ProcessRunner.pavilion(["demo", "--booths", "3", "--output", "/dev/full"])
        #expect(full.status == 74, "\(full)")
        #expect(full.stderrLines == ["pavilion: /dev/full: cannot write: No space left on device"], "\(full)")
    }

    /// /dev/shm is a tmpfs like any other directory: a file there is an ordinary output,
    /// created new, replaced only with --force and then whole (it was once written in place
    /// from byte 0 without --force, keeping the old file's tail).
    @Test func aFileUnderDevShmIsAnOrdinaryOutput() throws {
        let out = "/dev/shm/pavilion-test-\(getpid())-\(UUID().uuidString.prefix(8)).json"
        defer { unlink(out) }
        let first = try ProcessRunner.pavilion(["demo", "--booths", "50", "--output", out])
        #expect(first.status == 0, "\(first)")
        let again = try ProcessRunner.pavilion(["demo", "--booths", "3", "--output", out])
        #expect(again.status == 73, "\(again)")
        #expect(again.stderrLines == ["pavilion: \(out): already exists; add --force to replace it"], "\(again)")
        let forced = try ProcessRunner.pavilion(["demo", "--booths", "3", "--output", out, "--force"])
        #expect(forced.status == 0, "\(forced)")
        try expectValidCatalogue(out)
    }

    /// A signal while a large --output is being written: nothing is left, neither under the
    /// name nor as a temporary file. The signal is sent once the process has its output file
    /// open (seen in /proc/PID/fd). The unnamed file (O_TMPFILE) survives even SIGKILL; the
    /// named temporary file, used where O_TMPFILE is missing, is removed on every catchable
    /// signal (SIGKILL cannot be caught, so there only the destination's name is checked).
    @Test(arguments: [SIGTERM, SIGINT, SIGHUP, SIGKILL], [false, true])
    func aSignalDuringWritingLeavesNothing(_ sig: Int32, namedTemp: Bool) throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let out = dir.url.appendingPathComponent("big.json").path
        let env = ProcessInfo.processInfo.environment.merging(namedTemp ? ["PAVILION_OUTPUT_NAMED_TEMP": "1"] : [:]) { $1 }
        let process = try ProcessRunner.start(try PavilionBinary.path(), ["demo", "--booths", "400000", "--output", out], environment: env)
        let deadline = Date().addingTimeInterval(60)
        var writing = false
        while Date() < deadline {
            if process.openFiles().contains(where: { $0.hasPrefix(dir.path + "/") }) { writing = true; break }
            usleep(2_000)
        }
        usleep(100_000)  // let some of the file be written
        kill(process.pid, sig)
        let r = try process.wait(timeout: 60)
        #expect(writing, "the output file was never seen open: \(r)")
        #expect(r.signaled && r.status == sig, "\(r)")
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        if namedTemp && sig == SIGKILL {
            #expect(!left.contains("big.json"), "no partial file under the destination's name: \(left)")
        } else {
            #expect(left == [], "nothing is left: \(left)")
        }
    }
}
