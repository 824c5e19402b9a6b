import ArgumentParser
import ExpoModel

/// `pavilion plan export`: the plan as a calendar, CSV, a Markdown checklist or JSON.
struct PlanExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the plan as a calendar (ics), CSV, a Markdown checklist (md) or JSON (what plan import reads).",
        discussion: HelpText.reflow("""
        Examples:
          pavilion plan export --format ics --output visit.ics
          pavilion plan export --format json --output plan-backup.json
          pavilion plan export --format md | lp
        """)
    )

    @OptionGroup var options: CatalogOptions

    @Option(name: .long, help: ArgumentHelp("ics, csv, md or json.", valueName: "format"))
    var format: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write it; - or omitted writes to stdout. An existing file needs --force.", valueName: "path"))
    var output: String?

    @Flag(name: .long, help: "Replace the output file if it exists (a read-only file is never replaced).")
    var force = false

    @Flag(name: .long, help: "CSV: no UTF-8 byte-order mark at the start (spreadsheets need it to read UTF-8).")
    var noBom = false

    func validate() throws {
        if PlanExporter.Format(rawValue: format) == nil {
            throw ValidationError("--format must be one of \(PlanExporter.Format.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(format)\"")
        }
    }

    func run() throws {
        guard let kind = PlanExporter.Format(rawValue: format) else { throw ExitCode(64) }
        // Checked before anything is read, as the other commands do.
        let target: OutputTarget?
        do throws(OutputFailure) {
            let inputs = [options.catalog, PlanContext.databasePath].compactMap { $0 }
            if let output, !OutputTarget.isStandardOutput(output) {
                target = try OutputTarget(path: output, force: force, inputs: inputs)
            } else {
                target = nil
            }
        } catch {
            throw error.exit()
        }
        let ctx = try PlanContext.open(options, writing: false)
        var exporter = PlanExporter(catalog: ctx.catalog, entries: try ctx.entries(), now: ctx.now)
        exporter.byteOrderMark = !noBom
        let text = exporter.render(kind)
        guard let target else {
            Console.write(text)
            return
        }
        do throws(OutputFailure) {
            try FileOutput.write(target) { (writer: OutputWriter) throws(OutputError) in try writer.write(text) }
        } catch {
            throw error.exit()
        }
    }
}
