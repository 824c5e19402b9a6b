import ArgumentParser
import ExpoModel
import PavilionAssets

/// The `--catalog` option every command takes.
struct CatalogOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Catalogue file to open: JSON (format version 1 or 2) or an exhibitor list (CSV, TSV or Excel, told by content); - reads standard input. Default: the bundled China–Russia Expo catalogue.", valueName: "path"))
    var catalog: String?

    @Flag(name: .long, help: "Use a synthetic 2,550-booth demo catalogue instead (see `pavilion demo`).")
    var demo = false

    /// The name used in messages.
    var displayName: String {
        if readsStandardInput { return CatalogLoader.standardInputName }
        return catalog ?? (demo ? "(demo)" : "(bundled) " + BundledCatalog.name)
    }

    /// True for `--catalog -`: the catalogue comes from standard input.
    var readsStandardInput: Bool { catalog == "-" }

    /// The argument that names this catalogue to `pavilion validate` in hints.
    private var validateArgument: String { readsStandardInput ? "- with the same input" : displayName }

    static func plural(_ n: Int, _ word: String) -> String { "\(Format.grouped(n)) \(word)\(n == 1 ? "" : "s")" }

    func validate() throws {
        if demo && catalog != nil { throw ValidationError("give either --catalog or --demo, not both") }
    }

    /// Loads the catalogue, printing problems to stderr and exiting 65 or 66 on failure.
    /// - Parameter progress: for the browser: called with a description and a fraction while a
    ///   large file loads (throttled), so the screen is never blank.
    func load(progress: ((String, Double?) -> Void)? = nil) throws -> Catalog {
        if demo { return DemoCatalog.generate(booths: DemoCatalog.defaultBooths) }
        do throws(CatalogError) {
            let (catalog, warnings): (Catalog, [Diagnostic])
            var reading = CatalogLoader.Reading.catalogue
            if let path = self.catalog {
                var report: ((Double) -> Void)?
                if let progress {
                    let size = readsStandardInput ? 0 : (try? CatalogLoader.readBytesCount(path: path)) ?? 0
                    let what = "Loading \(displayName) (\(Format.grouped(size / 1_000_000)) MB)"
                    progress(what, 0)
                    var last = Clock.nowNS()
                    let started = last
                    report = { fraction in
                        let now = Clock.nowNS()
                        // Show progress after 100 ms, then at most every 50 ms.
                        if now - started > 100_000_000, now - last > 50_000_000 { last = now; progress(what, fraction) }
                    }
                }
                let loaded = readsStandardInput
                    ? try CatalogLoader.loadBytes(try CatalogLoader.readStandardInput(), path: displayName, progress: report)
                    : try CatalogLoader.loadFile(path: path, progress: report)
                (catalog, warnings, reading) = (loaded.catalog, loaded.diagnostics, loaded.reading)
            } else {
                (catalog, warnings) = try CatalogLoader.decode(BundledCatalog.bytes, path: displayName)
            }
            if self.catalog != nil, reading == .list {
                let path = displayName
                let skipped = warnings.filter { $0.severity == .error }.count
                let notes = warnings.count - skipped
                if !warnings.isEmpty {
                    Console.error("\(path): imported \(Self.plural(catalog.booths.count, "row")), skipped \(skipped), \(Self.plural(notes, "warning")) (run `pavilion validate \(validateArgument)` to see them)")
                }
            } else if !warnings.isEmpty {
                Console.error("\(displayName): \(Self.plural(warnings.count, "warning")) (run `pavilion validate \(validateArgument)` to see them)")
            }
            return catalog
        } catch {
            for line in error.lines() { Console.error(line) }
            throw ExitCode(error.exitCode)
        }
    }
}
