import Foundation
import Testing
@testable import ExpoModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One row of `Tests/Corpus/expected.tsv`: a malformed or hostile input and what `pavilion
/// validate` says about it.
struct CorpusCase: Sendable, CustomTestStringConvertible {
    /// A file in `Tests/Corpus`, or a case built at test time: `(directory)`, `(missing)`,
    /// `(no-permission)`, `(fifo)`.
    var file: String
    /// The exit class: 0 valid (warnings allowed), 65 any error, 66 cannot be opened.
    var exitCode: Int32
    /// The first error line as `validate` prints it, minus `FILE:`; nil when valid.
    var firstError: String?
    /// The first warning line the same way; nil when there is none.
    var firstWarning: String?

    var testDescription: String { file }

    /// The first error with `{FILE}` standing for `path` as messages quote it for a shell.
    func firstError(path: String) -> String? {
        firstError?.replacingOccurrences(of: "{FILE}", with: CatalogLoader.shellQuoted(path))
    }
    var isBuilt: Bool { file.hasPrefix("(") }
    var isCSV: Bool { file.hasSuffix(".csv") }
    /// An Excel file (.xlsx, .xls): an exhibitor list, read as `import` reads it.
    var isWorkbook: Bool { file.hasSuffix(".xlsx") || file.hasSuffix(".xls") }
    /// A conference schedule (frab XML, c3voc JSON), read as `import` reads it.
    var isSchedule: Bool { file.hasPrefix("schedule-") }
}

enum Corpus {
    /// `Tests/Corpus`, found from this file's path.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus")
    static let manifestName = "expected.tsv"
    static let header = ["file", "exit", "first_error", "first_warning"]

    /// The manifest's rows; problems reading it are in `manifestProblems` (and fail a test).
    static var cases: [CorpusCase] { manifest.cases }
    static var manifestProblems: [String] { manifest.problems }

    private static let manifest: (cases: [CorpusCase], problems: [String]) = {
        guard let text = try? String(contentsOf: directory.appendingPathComponent(manifestName), encoding: .utf8) else {
            return ([], ["cannot read \(manifestName) in \(directory.path)"])
        }
        var rows: [CorpusCase] = []
        var problems: [String] = []
        var sawHeader = false
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count == 4 else { problems.append("line \(n + 1): \(cols.count) columns, expected 4"); continue }
            if !sawHeader {
                sawHeader = true
                if cols != header { problems.append("line \(n + 1): header \(cols), expected \(header)") }
                continue
            }
            guard let code = Int32(cols[1]), [0, 65, 66].contains(code) else {
                problems.append("line \(n + 1): exit code \(cols[1]) is not 0, 65 or 66"); continue
            }
            rows.append(CorpusCase(file: cols[0], exitCode: code, firstError: cols[2] == "-" ? nil : cols[2],
                                   firstWarning: cols[3] == "-" ? nil : cols[3]))
        }
        return (rows, problems)
    }()

    static var jsonCases: [CorpusCase] { cases.filter { !$0.isCSV && !$0.isWorkbook && !$0.isSchedule } }

    /// A minimal valid catalogue, the content of the built cases that can be read.
    static let minimal = Array(#"{"format": "pavilion-catalog", "version": 1, "title": "Minimal"}"#.utf8)
}

/// A path for a corpus case, with whatever it needs on disk; `cleanup` removes it.
private struct Materialised {
    var path: String
    /// For `(no-permission)`: whether this process can read the file anyway (root, or
    /// CAP_DAC_OVERRIDE, ignores a mode of 000).
    var readableDespiteMode = false
    var cleanup: () -> Void = {}
}

private func materialise(_ c: CorpusCase) throws -> Materialised {
    guard c.isBuilt else { return Materialised(path: Corpus.directory.appendingPathComponent(c.file).path) }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pavilion-corpus-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let remove: () -> Void = { _ = try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("catalog.json").path
    switch c.file {
    case "(directory)":
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        return Materialised(path: path, cleanup: remove)
    case "(missing)":
        return Materialised(path: path, cleanup: remove)
    case "(no-permission)":
        try Data(Corpus.minimal).write(to: URL(fileURLWithPath: path))
        #expect(chmod(path, 0) == 0)
        // Tests often run as root, where a mode of 000 does not stop reading: ask the kernel.
        let readable = access(path, R_OK) == 0
        return Materialised(path: path, readableDespiteMode: readable, cleanup: remove)
    case "(fifo)":
        #expect(mkfifo(path, 0o600) == 0)
        let bytes = Corpus.minimal
        // The writer blocks in open until the reader opens the other end.
        Thread.detachNewThread {
            let fd = open(path, O_WRONLY)
            guard fd >= 0 else { return }
            _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
        return Materialised(path: path, cleanup: remove)
    default:
        Issue.record("unknown built case \(c.file)")
        return Materialised(path: path, cleanup: remove)
    }
}

/// What `pavilion validate` would decide for a path: the exit class, the diagnostics and the
/// cannot-open line.
private struct Outcome {
    var exitCode: Int32
    var diagnostics: [Diagnostic] = []
    var openError: CatalogError?
    var bytes: [UInt8] = []

    var firstError: Diagnostic? { diagnostics.first { $0.severity == .error } }
    var firstWarning: Diagnostic? { diagnostics.first { $0.severity == .warning } }
}

private func validate(path: String) -> Outcome {
    do {
        let bytes = try CatalogLoader.readBytes(path: path)
        let ds = CatalogLoader.diagnose(bytes, path: path)
        return Outcome(exitCode: ds.contains { $0.severity == .error } ? 65 : 0, diagnostics: ds, bytes: bytes)
    } catch {
        return Outcome(exitCode: error.exitCode, openError: error)
    }
}

/// A diagnostic as `validate` prints it, minus the `FILE:` prefix.
private func printed(_ d: Diagnostic) -> String { SafeText.visible(d.description) }

/// The number of columns (scalars) on each line, as `LineMap` counts them.
private func lineWidths(_ bytes: [UInt8]) -> [Int] {
    var widths = [0]
    for b in bytes {
        if b == 0x0A { widths.append(0) } else if b & 0xC0 != 0x80 { widths[widths.count - 1] += 1 }
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { widths[0] -= 1 }
    return widths
}

/// The number of lines as the CSV reader counts them: CR LF, LF and CR each end one.
private func csvLineCount(_ bytes: [UInt8]) -> Int {
    var lines = 1
    var i = 0
    while i < bytes.count {
        if bytes[i] == 0x0D {
            lines += 1
            if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
        } else if bytes[i] == 0x0A {
            lines += 1
        }
        i += 1
    }
    return lines
}

/// What `pavilion import` says about the corpus's directory JSON exports (`validate` refuses
/// them all in one line, as the manifest says): its first error, or nil when it imports.
let directoryJSONImports: [(file: String, firstError: String?, exhibitors: Int)] = [
    ("directory-json-array-of-strings.json", "error: the top-level JSON array holds strings, not records (objects with keys such as name and booth)", 0),
    ("directory-json-empty-records.json", "error: \"exhibitors\" is an empty array: there are no records to import", 0),
    ("directory-json-no-record-array.json", "error: no array of records found: the JSON object holds no array of objects (looked under exhibitors, exhibitor, data, items, results… and for the largest array of objects)", 0),
    ("directory-json-export.json", "error: record 3, column 3 (name_en): no exhibitor name; row skipped", 2),
]

@Suite struct CorpusTests {
    @Test(arguments: directoryJSONImports.map(\.file))
    func importReadsDirectoryJSON(_ file: String) throws {
        let expected = try #require(directoryJSONImports.first { $0.file == file })
        let bytes = try [UInt8](Data(contentsOf: Corpus.directory.appendingPathComponent(file)))
        let r = CSVImporter().run(bytes, fileName: file)
        #expect(r.diagnostics.first { $0.severity == .error }.map(printed) == expected.firstError)
        #expect(r.catalog.exhibitors.count == expected.exhibitors)
        #expect(r.diagnostics.count <= 3, "one line each, not one per byte")
    }

    @Test func manifestMatchesTheFolder() throws {
        #expect(Corpus.manifestProblems.isEmpty, "\(Corpus.manifestProblems)")
        let onDisk = Set(try FileManager.default.contentsOfDirectory(atPath: Corpus.directory.path)).subtracting([Corpus.manifestName])
        let listed = Corpus.cases.filter { !$0.isBuilt }.map(\.file)
        #expect(Set(listed).count == listed.count, "a file is listed twice")
        #expect(onDisk.subtracting(listed).sorted() == [], "files without a manifest row")
        #expect(Set(listed).subtracting(onDisk).sorted() == [], "manifest rows without a file")
        #expect(onDisk.count >= 45)
        #expect(Set(Corpus.cases.filter(\.isBuilt).map(\.file)) == ["(directory)", "(missing)", "(no-permission)", "(fifo)"])
        for name in onDisk {
            let size = try FileManager.default.attributesOfItem(atPath: Corpus.directory.appendingPathComponent(name).path)[.size] as? Int
            #expect((size ?? .max) < 300_000, "\(name) is \(size ?? -1) bytes")
        }
        // Every class is represented.
        for code: Int32 in [0, 65, 66] { #expect(Corpus.cases.contains { $0.exitCode == code }) }
        for c in Corpus.cases {
            #expect((c.exitCode == 0) == (c.firstError == nil), "\(c.file): exit \(c.exitCode) but first error \(c.firstError ?? "-")")
        }
    }

    /// `validate`'s view of each file: the exit class, the first error (line:column, JSON path
    /// and message) and the first warning, in well under a second.
    @Test(arguments: Corpus.cases)
    func validateReportsTheExpectedFirstProblem(_ c: CorpusCase) throws {
        let m = try materialise(c)
        defer { m.cleanup() }
        let started = Date()
        var outcome = validate(path: m.path)
        if c.isWorkbook {
            // A workbook is read by content, as `import` reads it (CatalogLoader still chooses by
            // the file's extension).
            outcome.diagnostics = CSVImporter().run(outcome.bytes, fileName: m.path).diagnostics
            outcome.exitCode = outcome.diagnostics.contains { $0.severity == .error } ? 65 : 0
        }
        if c.isSchedule {
            // A schedule is read as `import` reads it (`validate` refuses it in one line).
            outcome.diagnostics = ScheduleImporter().run(outcome.bytes, fileName: m.path).diagnostics
            outcome.exitCode = outcome.diagnostics.contains { $0.severity == .error } ? 65 : 0
        }
        let elapsed = Date().timeIntervalSince(started)
        #expect(elapsed < 5, "\(c.file) took \(elapsed) s")

        if c.file == "(no-permission)", m.readableDespiteMode {
            // Running privileged: the mode is not enforced, so the file reads as its content.
            #expect(outcome.openError == nil, "\(String(describing: outcome.openError))")
            #expect(outcome.exitCode == 0)
            #expect(outcome.diagnostics.isEmpty)
            return
        }
        #expect(outcome.exitCode == c.exitCode, "\(c.file): \(outcome.openError?.description ?? outcome.firstError.map(printed) ?? "valid")")
        if let e = outcome.openError {
            #expect(e.exitCode == 66)
            let line = try #require(e.lines().first)
            #expect(line.hasPrefix(m.path + ": "))
            #expect(String(line.dropFirst(m.path.count + 2)) == c.firstError)
            return
        }
        #expect(outcome.firstError.map(printed) == c.firstError(path: m.path))
        #expect(outcome.firstWarning.map(printed) == c.firstWarning)

        // Every position lies inside the file. (CSV columns number fields, and CSV lines end
        // with CR LF, LF or CR, so only the line is checked there.)
        let widths = lineWidths(outcome.bytes)
        let lineCount = c.isCSV ? csvLineCount(outcome.bytes) : widths.count
        for d in outcome.diagnostics {
            guard let p = d.position else { continue }
            #expect(p.line >= 1 && p.line <= lineCount, "\(c.file): \(d)")
            if !c.isCSV, p.line >= 1, p.line <= widths.count {
                #expect(p.column >= 1 && p.column <= widths[p.line - 1] + 1, "\(c.file): \(d)")
            }
        }
    }

    /// `--catalog FILE`: loading gives the catalogue or one clear error with the exit code
    /// `validate` would give, whose first line is the expected first error.
    @Test(arguments: Corpus.jsonCases)
    func loadingSucceedsOrThrowsTheExpectedError(_ c: CorpusCase) throws {
        let m = try materialise(c)
        defer { m.cleanup() }
        let expected: Int32 = c.file == "(no-permission)" && m.readableDespiteMode ? 0 : c.exitCode
        let started = Date()
        do {
            let (catalog, warnings) = try CatalogLoader.load(path: m.path)
            #expect(expected == 0, "\(c.file) loaded but should fail with \(c.exitCode)")
            #expect(!catalog.title.isEmpty)
            #expect(warnings.allSatisfy { $0.severity == .warning })
            #expect(warnings.first.map(printed) == (m.readableDespiteMode ? nil : c.firstWarning))
        } catch {
            #expect(error.exitCode == expected, "\(c.file): \(error)")
            let lines = error.lines()
            #expect(lines.first == m.path + (c.exitCode == 66 ? ": " : ":") + (c.firstError(path: m.path) ?? "-"))
            #expect(lines.count <= 21)
            if case let .invalid(_, diagnostics) = error {
                #expect(diagnostics.contains { $0.severity == .error })
            }
        }
        #expect(Date().timeIntervalSince(started) < 5)
    }
}
