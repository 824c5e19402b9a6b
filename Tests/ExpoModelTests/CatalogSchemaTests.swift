import Foundation
import Testing
import PavilionAssets
@testable import ExpoModel

/// Validates JSON files against `Assets/catalog.schema.json` with Python's `jsonschema`.
/// A missing python3 or jsonschema is a failure, not a skip: CI installs them.
enum SchemaCheck {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // ExpoModelTests
        .deletingLastPathComponent() // Tests
        .deletingLastPathComponent() // package root

    static var schemaPath: String { packageRoot.appendingPathComponent("Assets/catalog.schema.json").path }
    static var catalogPath: String { packageRoot.appendingPathComponent("Assets/catalogs/china-russia-expo.json").path }

    static let script = """
    import json, sys
    try:
        import jsonschema
    except ImportError:
        print("PAVILION-NO-JSONSCHEMA")
        sys.exit(3)
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for path in sys.argv[2:]:
        doc = json.load(open(path, encoding="utf-8"))
        errors = sorted(validator.iter_errors(doc), key=lambda e: [str(p) for p in e.path])
        print("FILE %d" % len(errors))
        for e in errors:
            print("  /" + "/".join(str(p) for p in e.path) + ": " + e.message)
    """

    /// The number of schema errors of each file, with the messages; nil after recording an issue.
    static func errors(ofFiles paths: [String], sourceLocation: SourceLocation = #_sourceLocation) -> [(count: Int, text: String)]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schemaPath] + paths
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            Issue.record("could not start python3 to check the JSON schema: \(error). Install python3 and `pip install jsonschema`.", sourceLocation: sourceLocation)
            return nil
        }
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 127 {
            Issue.record("python3 is not installed; the schema test needs python3 with the jsonschema module (`pip install jsonschema`). \(stderr)", sourceLocation: sourceLocation)
            return nil
        }
        if process.terminationStatus == 3, stdout.contains("PAVILION-NO-JSONSCHEMA") {
            Issue.record("the Python module jsonschema is missing; install it with `pip install jsonschema` (CI does).", sourceLocation: sourceLocation)
            return nil
        }
        guard process.terminationStatus == 0 else {
            Issue.record("schema check failed with status \(process.terminationStatus): \(stderr) \(stdout)", sourceLocation: sourceLocation)
            return nil
        }
        var results: [(count: Int, text: String)] = []
        for line in stdout.split(separator: "\n") {
            if line.hasPrefix("FILE "), let n = Int(line.dropFirst(5)) {
                results.append((n, ""))
            } else if !results.isEmpty {
                results[results.count - 1].text += line + "\n"
            }
        }
        #expect(results.count == paths.count, "unexpected output: \(stdout)", sourceLocation: sourceLocation)
        return results
    }
}

@Suite struct CatalogSchemaTests {
    @Test func bundledCatalogueSatisfiesTheSchema() throws {
        let results = try #require(SchemaCheck.errors(ofFiles: [SchemaCheck.catalogPath]))
        let r = try #require(results.first)
        #expect(r.count == 0, "schema errors:\n\(r.text)")
    }

    @Test func bundledBytesAreTheAssetFile() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: SchemaCheck.catalogPath))
        #expect([UInt8](data) == BundledCatalog.bytes)
    }

    /// The schema and the decoder agree on what breaks the contract, so the schema check is real.
    @Test func schemaAndDecoderRejectTheSameDocuments() throws {
        let F = Template.field, T = Template.top
        let broken: [(String, [Int: String], Set<Int>)] = [
            ("valid template", [:], []),
            ("lower-case country", [33: F("\"country\": \"ru\",")], []),
            ("negative area", [57: F("\"area_sqm\": -5,")], []),
            ("area as a string", [57: F("\"area_sqm\": \"84\",")], []),
            ("unknown kind", [32: F("\"kind\": \"regionl\",")], []),
            ("missing title", [:], [4]),
            ("wrong version", [3: T("\"version\": 3,")], []),
            ("wrong format", [2: T("\"format\": \"other\",")], []),
            ("fractional count", [18: F("\"figures\": {\"booths\": 2.5},")], []),
            ("bad date shape", [16: F("\"start\": \"2017-6-15\",")], []),
            ("missing booth exhibitor", [:], [55]),
            ("lower-case currency", [18: F("\"figures\": {\"contracts\": [{\"amount\": 5, \"currency\": \"cny\"}]},")], []),
            ("negative contract", [18: F("\"figures\": {\"contracts\": [{\"amount\": -5, \"currency\": \"CNY\"}]},")], []),
            ("synthetic as a string", [4: T("\"title\": \"T\", \"synthetic\": \"no\",")], []),
        ]
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pavilion-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var paths: [String] = []
        for (i, b) in broken.enumerated() {
            let url = dir.appendingPathComponent("doc\(i).json")
            try Data(Template.text(b.1, removing: b.2).utf8).write(to: url)
            paths.append(url.path)
        }
        let results = try #require(SchemaCheck.errors(ofFiles: paths))
        try #require(results.count == broken.count)
        for (i, b) in broken.enumerated() {
            let decoderValid = Template.decode(b.1, removing: b.2).isValid
            let schemaValid = results[i].count == 0
            #expect(decoderValid == schemaValid, "\(b.0): decoder valid \(decoderValid), schema valid \(schemaValid) \(results[i].text)")
            #expect(decoderValid == (i == 0), "\(b.0)")
        }
    }
}
