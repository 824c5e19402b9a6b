import ArgumentParser
import ExpoModel
import ExpoStore

/// `pavilion plan import`: merges an exported plan (JSON) into this catalogue's plan.
struct PlanImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Merge a plan written by `plan export --format json` into the plan, by booth id.",
        discussion: HelpText.reflow("""
        Entries not in the plan are added. Entries that differ (status, note, time, duration,
        priority) are reported as conflicts and kept as they are in the plan, unless --replace.
        """)
    )

    @OptionGroup var options: CatalogOptions

    @Argument(help: ArgumentHelp("The exported plan (JSON).", valueName: "file"))
    var file: String

    @Flag(name: .long, help: "On a conflict, take the file's entry instead of the plan's.")
    var replace = false

    func run() throws {
        let bytes: [UInt8]
        do throws(CatalogError) { bytes = try CatalogLoader.readBytes(path: file) } catch {
            Console.error(error.description)
            throw ExitCode(66)
        }
        let document: PlanJSONReader.Document
        do throws(ListReadError) { document = try PlanJSONReader.read(bytes) } catch {
            Console.error("\(file): \(error.description)")
            throw ExitCode(65)
        }
        let ctx = try PlanContext.open(options, writing: true)
        if let from = document.catalog, from != ctx.identity {
            Console.error("\(file): exported from the plan of \(from); merging into the plan of \(ctx.identity)")
        }
        let result = try ctx.run { store throws(PlanStoreError) in try store.merge(document.entries, catalog: ctx.identity, replace: replace) } ?? PlanMergeResult()
        for (plan, theirs) in result.conflicts {
            Console.error("conflict: \(plan.boothID): \(Self.difference(plan, theirs)); " + (replace ? "took the file's" : "kept the plan's"))
        }
        let missing = result.added.filter { ctx.catalog.booth($0.boothID) == nil }.count
        var summary = "\(file): added \(PlanText.entries(result.added.count)), \(result.unchanged.count) already in the plan, "
        summary += "\(result.conflicts.count) conflict\(result.conflicts.count == 1 ? "" : "s")" + (replace && !result.conflicts.isEmpty ? " (replaced)" : "")
        if missing > 0 { summary += "; \(missing) of the added booths are not in this catalogue" }
        Console.error(summary)
    }

    /// The fields that differ, e.g. `status visited ≠ to-visit, note differs`.
    static func difference(_ plan: PlanEntry, _ file: PlanEntry) -> String {
        var parts: [String] = []
        if plan.status != file.status { parts.append("status \(plan.status.rawValue) in the plan, \(file.status.rawValue) in the file") }
        if plan.note != file.note { parts.append("the notes differ") }
        if plan.start != file.start || plan.timeZone != file.timeZone { parts.append("time \(PlanText.time(plan)) in the plan, \(PlanText.time(file)) in the file") }
        if plan.durationMinutes != file.durationMinutes { parts.append("duration \(plan.durationMinutes) in the plan, \(file.durationMinutes) in the file") }
        if plan.priority != file.priority { parts.append("priority \(plan.priority.map(String.init) ?? "none") in the plan, \(file.priority.map(String.init) ?? "none") in the file") }
        return parts.joined(separator: ", ")
    }
}
