import ArgumentParser
import ExpoModel

extension Import {
    /// The importer's options: the saved mapping (`--map-file`) overridden by the command line.
    /// Prints a one-line error and exits 64 for a bad `--map` or mapping file, 66 when the
    /// mapping file cannot be opened.
    func importerOptions() throws -> (options: CSVImporter.Options, saved: MappingFile) {
        let saved = try mapFile.map(Self.readMappingFile) ?? MappingFile()
        var mapping: [String: CSVField] = [:]
        var given = Set<String>()
        for m in map {
            guard let eq = m.lastIndex(of: "=") else {
                Console.error("--map \"\(m)\": write COLUMN=FIELD, e.g. --map \"Firma=name\"")
                throw ExitCode(64)
            }
            let column = String(m[..<eq]), fieldName = String(m[m.index(after: eq)...])
            guard let field = CSVField(rawValue: fieldName.lowercased()) else {
                Console.error("--map \"\(m)\": unknown field \"\(fieldName)\"; use one of \(CSVField.allCases.map(\.rawValue).joined(separator: ", "))")
                throw ExitCode(64)
            }
            mapping[column] = field
            given.insert(CSVField.normalise(column))
        }
        for c in saved.columns where !given.contains(CSVField.normalise(c.column)) { mapping[c.column] = c.field }
        var options = CSVImporter.Options(expoName: expoName ?? saved.expoName, expoID: expoId ?? expo ?? saved.expoID, title: title ?? saved.title, mapping: mapping)
        options.delimiter = saved.delimiter
        options.encoding = encoding.flatMap(TextEncoding.init(name:)) ?? saved.encoding
        options.headerLine = headerLine ?? saved.headerLine
        options.sheet = sheet ?? saved.sheet
        return (options, saved)
    }

    /// The mapping file at `path`; prints the problem and exits 64 (66 when it cannot be opened).
    static func readMappingFile(_ path: String) throws -> MappingFile {
        let bytes: [UInt8]
        do { bytes = try CatalogLoader.readBytes(path: path) } catch {
            error.lines().forEach(Console.error)
            throw ExitCode(error.exitCode)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            Console.error("\(path): the mapping file is not UTF-8 text")
            throw ExitCode(64)
        }
        do throws(MappingFileError) { return try MappingFile.parse(text) } catch {
            Console.error("\(path): \(error.description)")
            throw ExitCode(64)
        }
    }

    /// `--print-map`: the mapping the import used, as TOML for `--map-file`, to the output.
    func printMapping(_ result: CSVImporter.Result, kind: ListFileKind, options: CSVImporter.Options, sheet: String?, target: OutputTarget?) throws {
        guard !result.columns.isEmpty else {
            for line in DiagnosticCap(all: allErrors).lines(result.diagnostics, { $0.formatted(file: file) }) { Console.error(line) }
            throw ExitCode(65)
        }
        var saved = MappingFile(expoName: options.expoName, expoID: options.expoID, title: options.title)
        saved.sheet = sheet
        if kind == .text {
            saved.encoding = result.encoding
            saved.delimiter = result.delimiter
        }
        if kind != .json, result.headerLine > 0 { saved.headerLine = result.headerLine }
        var seen = Set<String>()
        for c in result.columns where seen.insert(CSVField.normalise(c.header)).inserted {
            saved.columns.append(MappingFile.Column(column: c.header, field: c.field))
        }
        let text = saved.toml(comment: ["The column mapping Pavilion chose for \(file), to edit and use with", "  pavilion import \(file) --map-file THIS-FILE.toml",
                                        "Fields: " + CSVField.allCases.map(\.rawValue).joined(separator: ", ")])
        if let target {
            do { try FileOutput.write(target) { (writer: OutputWriter) throws(OutputError) in try writer.write(text) } } catch { throw error.exit() }
        } else {
            Console.write(text)
            Console.flush()
        }
    }
}
