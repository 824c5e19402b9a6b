import Foundation
import Testing

/// A fresh directory under the system temporary directory; `remove()` deletes it.
struct TempDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("pavilion-cli-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    var path: String { url.path }

    /// Writes bytes to a file in the directory and returns its path.
    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try data.write(to: file)
        return file.path
    }

    /// Writes UTF-8 text to a file in the directory and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Parses JSON output, failing the test with the text when it is not JSON.
func parseJSON(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Any {
    do {
        return try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    } catch {
        Issue.record("output is not JSON: \(error)\n\(text)", sourceLocation: sourceLocation)
        throw error
    }
}

/// The number of elements of each top-level array in the bundled catalogue, read from the file.
func bundledCatalogCounts() throws -> [String: Int] {
    let data = try Data(contentsOf: PackagePaths.bundledCatalog)
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    var counts: [String: Int] = [:]
    for (key, value) in root {
        if let array = value as? [Any] { counts[key] = array.count }
    }
    return counts
}

/// A minimal valid catalogue header, to build test files from.
func catalogJSON(title: String = "Test fair", body: String) -> String {
    """
    {
      "format": "pavilion-catalog",
      "version": 1,
      "title": "\(title)",
      "synthetic": true\(body.isEmpty ? "" : ",\n" + body)
    }

    """
}

/// Terminal display width: East Asian wide and fullwidth characters take two columns,
/// combining marks and zero-width characters none, everything else one. Enough for the test
/// data here (Han, Cyrillic, Latin with combining accents, box drawing and symbols).
enum DisplayWidth {
    static func of(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    static func of(_ u: Unicode.Scalar) -> Int {
        let v = u.value
        switch u.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B { return 0 }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
        ]
        return wide.contains { $0.contains(v) } ? 2 : 1
    }
}

/// Expects `actual` to equal `expected` plus a final newline; on a mismatch, reports the first
/// differing line and both texts in full.
func expectGolden(_ actual: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let want = expected + "\n"
    guard actual != want else { return }
    let a = ProcessResult.lines(actual), w = ProcessResult.lines(want)
    var first = 0
    while first < min(a.count, w.count), a[first] == w[first] { first += 1 }
    let got = first < a.count ? a[first] : "(end of output)"
    let exp = first < w.count ? w[first] : "(end of output)"
    Issue.record("""
        output differs from the golden text at line \(first + 1):
          expected: \(exp.debugDescription)
          actual:   \(got.debugDescription)
        --- actual output ---
        \(actual)--- end ---
        """, sourceLocation: sourceLocation)
}

/// Runs `pavilion validate` on a catalogue file that `import` or `demo` wrote, and records an
/// issue unless it is valid with no errors. Every CLI test that writes a catalogue calls this
/// (or `expectValidCatalogue(text:)`), so the commands never write what their own validator
/// refuses.
func expectValidCatalogue(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let v = try ProcessRunner.pavilion(["validate", path])
    #expect(v.status == 0, "the written catalogue does not validate:\n\(v)", sourceLocation: sourceLocation)
    #expect(!v.stdout.contains(": error: "), "the written catalogue has errors:\n\(v)", sourceLocation: sourceLocation)
    #expect(v.stdoutLines.last?.hasSuffix(": valid") == true || v.stdoutLines.last?.contains(": valid (") == true,
            "validate did not say valid:\n\(v)", sourceLocation: sourceLocation)
}

/// The same for a catalogue `import` or `demo` wrote to stdout: the text is saved to a file and
/// validated.
func expectValidCatalogue(text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let dir = try TempDirectory()
    defer { dir.remove() }
    let path = try dir.write("written.json", text)
    try expectValidCatalogue(path, sourceLocation: sourceLocation)
}
