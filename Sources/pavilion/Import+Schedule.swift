import ArgumentParser
import ExpoModel

extension Import {
    /// Imports a conference schedule (frab XML or c3voc JSON): its events become events of
    /// `--expo`, in a new catalogue or added to `--catalog`. Problems are printed one a line;
    /// exits 65 when the file is not a readable schedule or (with `--strict`) has a bad event,
    /// 64 when `--expo` is not an expo of `--catalog`.
    func importSchedule(_ bytes: [UInt8], target: OutputTarget?) throws {
        let listOnly = [("--print-map", printMap), ("--map", !map.isEmpty), ("--map-file", mapFile != nil), ("--encoding", encoding != nil),
                        ("--header-line", headerLine != nil), ("--sheet", sheet != nil)]
        if let option = listOnly.first(where: \.1)?.0 {
            Console.error("\(file): \(option) is for exhibitor lists; a schedule's fields are fixed (see `pavilion import --help`)")
            throw ExitCode(64)
        }
        let result = ScheduleImporter(options: .init(expoID: expo ?? expoId, expoName: expoName, title: title)).run(bytes, fileName: file)
        for line in DiagnosticCap(all: allErrors).lines(result.diagnostics, { $0.formatted(file: file) }) { Console.error(line) }
        guard result.readable else { throw ExitCode(65) }
        if result.expoIDFromConference {
            let from = result.conference.acronym != nil ? "acronym" : result.conference.title != nil ? "title" : "file name"
            Console.error("\(file): no --expo given; the events belong to expo \"\(result.expoID)\" (from the conference's \(from))")
        }
        let summary = "\(file): imported \(CatalogOptions.plural(result.imported, "event")), skipped \(result.skipped), \(CatalogOptions.plural(result.warnings, "warning"))"
        if result.errors > 0 && (strict || result.imported == 0) {
            Console.error(summary + (strict ? "; --strict: nothing written" : "; nothing written"))
            throw ExitCode(65)
        }
        var catalogue = result.catalog
        if let path = catalog { catalogue = try merged(result, into: path) }
        let json = JSONWriter().string(CatalogEncoder.json(catalogue)) + "\n"
        if let target {
            do { try FileOutput.write(target) { (writer: OutputWriter) throws(OutputError) in try writer.write(json) } } catch {
                throw error.exit()
            }
        } else {
            Console.write(json)
            Console.flush()
        }
        Console.error(summary + (catalog.map { " (added to \($0))" } ?? ""))
    }

    /// The catalogue at `path` with the schedule's events added.
    private func merged(_ result: ScheduleImporter.Result, into path: String) throws -> Catalog {
        let loaded: CatalogLoader.Loaded
        do { loaded = try CatalogLoader.loadFile(path: path) } catch {
            error.lines().forEach(Console.error)
            throw ExitCode(error.exitCode)
        }
        guard loaded.reading == .catalogue else {
            Console.error("\(path): --catalog must be a Pavilion catalogue (JSON) to add the schedule's events to, not an exhibitor list")
            throw ExitCode(65)
        }
        do throws(ScheduleError) { return try ScheduleImporter.merge(result, into: loaded.catalog) } catch {
            Console.error("\(path): \(error.message)")
            throw ExitCode(loaded.catalog.expo(result.expoID) == nil ? 64 : 65)
        }
    }
}
