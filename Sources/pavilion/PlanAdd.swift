import ArgumentParser
import ExpoModel

/// `pavilion plan add`: adds booths, with any fields.
struct PlanAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add booths to the plan (an exhibitor id adds its booths), with any of the fields.",
        discussion: "Prints \"added ID\" (or \"updated ID\" for a booth already in the plan) for each booth, once it is saved."
    )

    @OptionGroup var options: CatalogOptions

    @Argument(help: "Booth ids, or exhibitor ids (their booths).", completion: .custom(IDCompletion.kind(.boothsAndExhibitors)))
    var ids: [String]

    @Option(name: .long, help: ArgumentHelp("For an exhibitor id: its booths at this expo.", valueName: "expo-id"))
    var expo: String?

    @OptionGroup var fields: PlanFieldOptions

    func validate() throws {
        if ids.isEmpty { throw ValidationError("give at least one booth or exhibitor id") }
    }

    func run() throws {
        let ctx = try PlanContext.open(options, writing: true)
        let booths = try PlanIDs.resolve(ids, expo: expo, in: ctx.catalog)
        try PlanEdit.save(booths, fields: fields, ctx)
    }
}

/// `pavilion plan set`: changes fields of entries.
struct PlanSet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change fields of plan entries (a booth not yet in the plan is added).",
        discussion: HelpText.reflow("""
        Examples:
          pavilion plan set cre-4-vi-holding-group --status visited --note ''
          pavilion plan set cre-4-vi-holding-group --at '2017-06-16 14:00' --duration 45 --priority 1
        """)
    )

    @OptionGroup var options: CatalogOptions

    @Argument(help: "Booth ids, or exhibitor ids (their booths).", completion: .custom(IDCompletion.kind(.boothsAndExhibitors)))
    var ids: [String]

    @Option(name: .long, help: ArgumentHelp("For an exhibitor id: its booths at this expo.", valueName: "expo-id"))
    var expo: String?

    @OptionGroup var fields: PlanFieldOptions

    func validate() throws {
        if ids.isEmpty { throw ValidationError("give at least one booth or exhibitor id") }
        if fields.isEmpty { throw ValidationError("give at least one of --note, --status, --at, --duration, --priority") }
    }

    func run() throws {
        let ctx = try PlanContext.open(options, writing: true)
        let planned = Set(try ctx.entries().map(\.boothID))
        let booths = try PlanIDs.resolve(ids, expo: expo, in: ctx.catalog, planned: planned)
        try PlanEdit.save(booths, fields: fields, ctx)
    }
}

/// What `add` and `set` share.
enum PlanEdit {
    /// Saves the booths with the fields in one transaction and prints what became of each.
    static func save(_ booths: [String], fields: PlanFieldOptions, _ ctx: PlanContext) throws {
        let before = Set(try ctx.entries().map(\.boothID))
        var changes: [PlanChange] = [.add(booths)]
        for id in booths {
            // A new event's entry is planned at the event's own time, unless --at says otherwise.
            if !before.contains(id), fields.at == nil, let eid = PlanEntry(boothID: id, added: 0).eventID, let e = ctx.catalog.event(eid) {
                let timed = PlanEntry.forEvent(e, timeZone: ctx.catalog.timeZone, added: 0)
                if let start = timed.start { changes += [.setStart(id, start, timeZone: timed.timeZone), .setDuration(id, timed.durationMinutes)] }
            }
            changes += try fields.changes(for: id, in: ctx.catalog)
        }
        try ctx.apply(changes)
        for id in booths {
            if !before.contains(id) {
                Console.out("added " + id)
            } else {
                Console.out((fields.isEmpty ? "already in the plan " : "updated ") + id)
            }
        }
    }
}
