import ArgumentParser
import ExpoModel
import ExpoTUI
import Foundation

/// `pavilion-bench`: load, index, per-keystroke filter, render and memory figures on a
/// synthetic catalogue. It prints figures; it never fails.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pavilion-bench",
        abstract: "Measure Pavilion on a synthetic catalogue of N booths (build with -c release).",
        discussion: """
        Examples:
          swift run -c release pavilion-bench --booths 100000
          swift run -c release pavilion-bench --booths 1000000 --json
          swift run -c release pavilion-bench --plan 10000
          swift run -c release pavilion-bench --write-legacy-csv list.csv --csv-rows 100000
        """
    )

    @Option(name: .long, help: "Booths in the synthetic catalogue.")
    var booths = 100_000

    @Option(name: .long, help: "Seed for the generator.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Also time importing a CSV exhibitor list of this many rows (0: skip); with --write-legacy-csv, the rows it writes (0: 100000).")
    var csvRows = 0

    @Flag(name: .long, help: "Print one JSON object of figures.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Only time this query, typed as its last keystroke, 100 times (for profiling).", visibility: .hidden))
    var repeatQuery: String?

    @Flag(name: .long, help: "Only time records with huge text: wrapping, opening their details and a key.")
    var hugeText = false

    @Option(name: .long, help: ArgumentHelp("Only time the visit plan's database with this many entries: mark/unmark, note save, loading the plan.", valueName: "entries"))
    var plan: Int?

    @Option(name: .long, help: ArgumentHelp("Only write the demo catalogue to this path and exit (used internally, so that generating it does not count in the peak RSS).", visibility: .hidden))
    var writeDemo: String?

    @Option(name: .long, help: ArgumentHelp("Only write a synthetic Excel exhibitor list of --xlsx-rows rows to this path and exit (time `pavilion import` on it).", valueName: "path"))
    var writeXlsx: String?

    @Option(name: .long, help: "Rows of the list --write-xlsx writes.")
    var xlsxRows = 100_000

    @Option(name: .long, help: ArgumentHelp("Only write a synthetic conference schedule of --schedule-events events to this path (frab XML, or c3voc JSON for a .json path) and exit (time `pavilion import` on it).", valueName: "path"))
    var writeSchedule: String?

    @Option(name: .long, help: "Events of the schedule --write-schedule writes.")
    var scheduleEvents = 5_000
    @Option(name: .long, help: ArgumentHelp("Only write a synthetic Windows-1252 CSV exhibitor list of --csv-rows rows (a title line, halls in the booth cells, German names) to this path and exit.", valueName: "path"))
    var writeLegacyCsv: String?

    /// The queries typed one character at a time: Latin, Cyrillic, Chinese and field terms.
    static let queries = ["amur timber", "vi hold", "harbin beer", "амурский завод", "哈尔滨电机", "amurskiy zavod", "haerbin dianji",
                          "country:ru metal", "sector:food area>=50", "hall:b 'machinery", "zzqx"]

    /// The figures measured, for the report.
    struct Figures {
        var fileMB = 0.0
        var loadMS = 0.0
        var indexMS = 0.0
        var p50 = 0.0
        var p95 = 0.0
        var maxMS = 0.0
        var renderMS = 0.0
        var paneMedian = 0.0
        var paneMax = 0.0
        var views = ViewsBench.Figures(openMS: 0, filterMedianMS: 0, filterMaxMS: 0)
        var facets = FacetBench.Figures()
        var csvMS: Double?
        var rss = 0.0
    }

    func run() throws {
        if hugeText { return HugeTextBench.run() }
        if let plan { return try PlanBench.run(entries: plan) }
        if let writeXlsx { return try XLSXBench.write(rows: xlsxRows, to: writeXlsx) }
        if let writeSchedule { return try ScheduleBench.write(events: scheduleEvents, to: writeSchedule) }
        if let writeLegacyCsv { return try LegacyCSVBench.write(rows: csvRows > 0 ? csvRows : 100_000, to: writeLegacyCsv) }
        if let writeDemo { return try Self.writeDemo(booths: booths, seed: seed, to: writeDemo) }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pavilion-bench-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("demo.json").path
        var f = Figures()
        f.fileMB = try generateDemo(at: path)

        // Load: read + parse + validate.
        var t = Clock.now
        let (catalog, _) = try CatalogLoader.load(path: path)
        f.loadMS = t.ms
        log(String(format: "load: %.0f ms", f.loadMS))

        // Index: what the browser builds before the first frame.
        t = Clock.now
        let state = BrowserState(catalog: catalog, size: Size(width: 200, height: 50))
        let index = state.index
        f.indexMS = t.ms
        log(String(format: "index: %.0f ms", f.indexMS))

        if let repeatQuery { return try Self.timeRepeatedQuery(repeatQuery, index) }
        (f.p50, f.p95, f.maxMS) = timeKeystrokes(index)

        // Render a 200×50 frame with the booth pane of the first expo focused.
        var s = update(state, .key(.enter)).state
        s = update(s, .key(.enter)).state
        _ = render(s)

        (f.paneMedian, f.paneMax) = timePaneFilter(s, catalog)
        f.facets = FacetBench.run(catalog, pane: s)
        t = Clock.now
        // 200 frames: 20 gave noisy figures on a shared machine.
        let frames = 200
        for _ in 0..<frames { _ = render(s) }
        f.renderMS = t.ms / Double(frames)
        log(String(format: "render 200×50: %.2f ms", f.renderMS))
        f.views = ViewsBench.run(state)
        log(String(format: "exhibitors view (%d exhibitors): open %.0f ms; filter per key with a frame: median %.2f ms, max %.2f ms",
                   catalog.exhibitors.count, f.views.openMS, f.views.filterMedianMS, f.views.filterMaxMS))

        if csvRows > 0 { f.csvMS = timeCSVImport() }

        f.rss = peakRSSMB()
        if json { printJSON(f) } else { printTable(f) }
    }

    /// Writes the demo catalogue of `booths` booths to `path`.
    static func writeDemo(booths: Int, seed: UInt64, to path: String) throws {
        let demo = DemoCatalog.generate(booths: booths, seed: seed)
        var text = ""
        text.reserveCapacity(booths * 380)
        CatalogEncoder.write(demo) { text += $0 }
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    /// Writes the demo catalogue to `path` in a child process; its size in MB.
    func generateDemo(at path: String) throws -> Double {
        log("generating \(booths) booths in a child process…")
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        child.arguments = ["--booths", String(booths), "--seed", String(seed), "--write-demo", path]
        try child.run()
        child.waitUntilExit()
        guard child.terminationStatus == 0 else { throw ExitCode(child.terminationStatus) }
        let fileMB = Double((try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1e6
        log(String(format: "file: %.1f MB", fileMB))
        return fileMB
    }

    /// For profiling one keystroke: the query narrowed from the one a character shorter.
    static func timeRepeatedQuery(_ repeatQuery: String, _ index: BoothSearchIndex) throws {
        let q = try SearchQuery.parse(repeatQuery)
        let previous = (try? SearchQuery.parse(String(repeatQuery.dropLast()))).map { index.search($0) }
        let t = Clock.now
        for _ in 0..<100 { _ = index.search(q, within: previous) }
        print(String(format: "%@: %.2f ms per search (mean of 100)", repeatQuery, t.ms / 100))
    }

    /// Per keystroke: the `s` search over every booth, typed one character at a time, each
    /// keystroke narrowing the previous result as the browser does.
    func timeKeystrokes(_ index: BoothSearchIndex) -> (p50: Double, p95: Double, max: Double) {
        var samples: [Double] = []
        for q in Self.queries {
            var typed = ""
            var previous: BoothSearchIndex.Result?
            var line = ""
            for ch in q {
                typed.append(ch)
                let t0 = Clock.now
                guard let query = try? SearchQuery.parse(typed) else { continue }
                let result = index.search(query, within: previous)
                let ms = t0.ms
                samples.append(ms)
                line += String(format: " %.1f", ms)
                previous = result
            }
            log("  \(q): \(previous?.booths.count ?? 0) matches; ms per key:" + line)
        }
        samples.sort()
        let p50 = samples[samples.count / 2]
        let p95 = samples[min(samples.count - 1, samples.count * 95 / 100)]
        let maxMS = samples.last ?? 0
        log(String(format: "filter per keystroke over %d keystrokes: p50 %.2f ms, p95 %.2f ms, max %.2f ms", samples.count, p50, p95, maxMS))
        return (p50, p95, maxMS)
    }

    /// The booth pane's `/` filter, typed one character at a time: search within the pane,
    /// rows and a frame, as the browser does for each key.
    func timePaneFilter(_ s: BrowserState, _ catalog: Catalog) -> (median: Double, max: Double) {
        var pane = update(s, .key(.char("/"))).state
        var paneSamples: [Double] = []
        for ch in "amur timber" {
            let t0 = Clock.now
            pane = update(pane, .key(.char(ch))).state
            _ = render(pane)
            paneSamples.append(t0.ms)
        }
        paneSamples.sort()
        let paneMax = paneSamples.last ?? 0
        let paneMedian = paneSamples.isEmpty ? 0 : paneSamples[paneSamples.count / 2]
        log(String(format: "booth pane filter (%d booths) per keystroke with a frame: median %.2f ms, max %.2f ms",
                   catalog.boothCount(ofExpo: catalog.expos.first?.id ?? ""), paneMedian, paneMax))
        return (paneMedian, paneMax)
    }

    /// Imports a CSV exhibitor list of `csvRows` rows.
    func timeCSVImport() -> Double {
        var csv = "Company,Booth,Hall,Area,Country,Category,Products,Description\r\n"
        for i in 0..<csvRows {
            csv += "\"Company \(i), Ltd\",A-\(i),Hall \(i % 5),\(i % 90 + 9),Russia,Metals;Energy,\"rolling; wire\",\"Line one\nline two \"\"quoted\"\"\"\r\n"
        }
        let bytes = Array(csv.utf8)
        let t = Clock.now
        let r = CSVImporter().run(bytes, fileName: "bench.csv")
        let csvMS = t.ms
        log(String(format: "csv import of %d rows (%.1f MB): %.0f ms, %d imported", csvRows, Double(bytes.count) / 1e6, csvMS, r.imported))
        return csvMS
    }

    func printJSON(_ f: Figures) {
        var fields = [
            "\"booths\": \(booths)", String(format: "\"load_ms\": %.1f", f.loadMS), String(format: "\"index_ms\": %.1f", f.indexMS),
            String(format: "\"filter_p50_ms\": %.3f", f.p50), String(format: "\"filter_p95_ms\": %.3f", f.p95),
            String(format: "\"filter_max_ms\": %.3f", f.maxMS), String(format: "\"render_ms\": %.3f", f.renderMS),
            String(format: "\"rss_mb\": %.0f", f.rss),
        ]
        fields.append(String(format: "\"pane_filter_median_ms\": %.3f", f.paneMedian))
        fields.append(String(format: "\"pane_filter_max_ms\": %.3f", f.paneMax))
        fields.append(String(format: "\"exhibitors_open_ms\": %.1f", f.views.openMS))
        fields.append(String(format: "\"exhibitors_filter_median_ms\": %.3f", f.views.filterMedianMS))
        fields.append(String(format: "\"exhibitors_filter_max_ms\": %.3f", f.views.filterMaxMS))
        fields.append(String(format: "\"facets_all_ms\": %.1f", f.facets.countAllMS))
        fields.append(String(format: "\"facets_index_ms\": %.1f", f.facets.indexMS))
        fields.append(String(format: "\"facets_panel_ms\": %.1f", f.facets.panelMS))
        if let csvMS = f.csvMS { fields.append(String(format: "\"csv_import_ms\": %.1f", csvMS)) }
        print("{" + fields.joined(separator: ", ") + "}")
    }

    func printTable(_ f: Figures) {
        print("booths          \(booths)")
        print(String(format: "file            %.1f MB", f.fileMB))
        print(String(format: "load            %.0f ms", f.loadMS))
        print(String(format: "index           %.0f ms", f.indexMS))
        print(String(format: "filter p50      %.2f ms", f.p50))
        print(String(format: "filter p95      %.2f ms", f.p95))
        print(String(format: "filter max      %.2f ms", f.maxMS))
        print(String(format: "render 200×50   %.2f ms", f.renderMS))
        print(String(format: "pane filter     %.2f ms median, %.2f ms max", f.paneMedian, f.paneMax))
        print(String(format: "exhibitors view %.0f ms to open; filter %.2f ms median, %.2f ms max", f.views.openMS, f.views.filterMedianMS, f.views.filterMaxMS))
        print(String(format: "facets          %.1f ms to count every booth (numbering %.0f ms once); first F on the booth pane %.1f ms",
                     f.facets.countAllMS, f.facets.indexMS, f.facets.panelMS))
        if let csvMS = f.csvMS { print(String(format: "csv import      %.0f ms (%d rows)", csvMS, csvRows)) }
        print(String(format: "peak RSS        %.0f MB", f.rss))
    }

    func log(_ s: String) {
        FileHandle.standardError.write(Data(("bench: " + s + "\n").utf8))
    }

    func peakRSSMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}

/// A monotonic clock reading.
struct Clock {
    let ns: UInt64
    static var now: Clock { Clock(ns: DispatchTime.now().uptimeNanoseconds) }
    /// Milliseconds since this reading.
    var ms: Double { Double(DispatchTime.now().uptimeNanoseconds - ns) / 1e6 }
}
