import ArgumentParser
import ExpoModel
import ExpoStore

/// `pavilion plan remove`: removes entries.
struct PlanRemove: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove booths from the plan (an exhibitor id removes its booths).",
        discussion: "Prints \"removed ID\" for each. Exit 1 when none of the ids was in the plan."
    )

    @OptionGroup var options: CatalogOptions

    @Argument(help: "Booth ids (also of booths no longer in the catalogue), or exhibitor ids.")
    var ids: [String]

    func validate() throws {
        if ids.isEmpty { throw ValidationError("give at least one booth or exhibitor id") }
    }

    func run() throws {
        let ctx = try PlanContext.open(options, writing: true)
        let planned = Set(try ctx.entries().map(\.boothID))
        var booths: [String] = []
        for id in ids {
            if planned.contains(id) || ctx.catalog.booth(id) != nil {
                booths.append(id)
            } else if ctx.catalog.exhibitor(id) != nil {
                booths += ctx.catalog.booths(ofExhibitor: id).map(\.id).filter { planned.contains($0) }
            } else {
                booths.append(id)
            }
        }
        let removed = try ctx.apply([.remove(booths)]).map(\.boothID)
        removed.forEach { Console.out("removed " + $0) }
        let gone = Set(removed)
        for id in ids where !gone.contains(id) && ctx.catalog.exhibitor(id) == nil {
            Console.error("\"\(id)\" is not in the plan of \(ctx.identity)")
        }
        if removed.isEmpty { Console.finish(1) }
    }
}

/// `pavilion plan clear`: removes every entry of the catalogue's plan.
struct PlanClear: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clear",
        abstract: "Remove every entry of this catalogue's plan (needs --yes).",
        discussion: "Back the plan up first: pavilion plan export --format json --output plan.json"
    )

    @OptionGroup var options: CatalogOptions

    @Flag(name: .long, help: "Really remove every entry.")
    var yes = false

    func run() throws {
        let ctx = try PlanContext.open(options, writing: yes)
        guard yes else {
            let n = try ctx.entries().count
            Console.error("plan clear removes all \(PlanText.entries(n)) of the plan of \(ctx.identity); add --yes (back it up first with `pavilion plan export --format json --output plan.json`)")
            throw ExitCode(64)
        }
        let removed = try ctx.run { store throws(PlanStoreError) in try store.clear(catalog: ctx.identity) } ?? []
        Console.error("removed \(PlanText.entries(removed.count)) from the plan of \(ctx.identity)")
    }
}

/// `pavilion plan check`: SQLite's integrity check of the plan's database.
struct PlanCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the plan's database file (SQLite's integrity check); prints ok.",
        discussion: "The file holds the plans of every catalogue; --catalog and --demo are accepted and change nothing. Exit 65 when the database is damaged."
    )

    @OptionGroup var options: CatalogOptions

    func run() throws {
        let path = PlanContext.databasePath
        let findings: [String]
        do throws(PlanStoreError) {
            guard let store = try PlanStore.existing(path: path) else {
                Console.error("\(path): no plan yet")
                return
            }
            findings = try store.integrityCheck()
        } catch {
            throw error.exit()
        }
        findings.forEach(Console.out)
        if findings != ["ok"] { throw ExitCode(65) }
    }
}
