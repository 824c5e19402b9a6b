import ArgumentParser
import ExpoModel
import ExpoStore
import ExpoTUI
import PavilionTerminal
#if canImport(Glibc)
import Glibc
#endif

/// `pavilion browse`: the interactive browser.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the interactive browser (the default command).",
        discussion: HelpText.reflow("""
        Panes of expos → delegations → booths, with details. Press ? inside for every key.

        Examples:
          pavilion
          pavilion browse --catalog fair.json
        """)
    )

    @OptionGroup var options: CatalogOptions

    func run() throws {
        if options.readsStandardInput {
            Console.error("the browser reads keys from standard input, so --catalog - cannot open it; save the catalogue to a file and give its name")
            throw ExitCode(64)
        }
        guard Console.isTerminal(0), Console.isTerminal(1) else {
            Console.error("the browser needs a terminal on stdin and stdout; from scripts use `pavilion search QUERY` (see `pavilion search --help`)")
            throw ExitCode(64)
        }
        let terminal: CursesTerminal
        do { terminal = try CursesTerminal() } catch {
            Console.error(error.description)
            throw ExitCode(64)
        }
        let catalog: Catalog
        Console.startDeferring()
        // Ctrl-C (or another ending signal) while the catalogue loads or is indexed ends the
        // process at once, terminal restored; the run loop takes over once the browser shows.
        let watch = SignalWatch(terminal: terminal, beforeExit: { _ in Console.flushDeferred() })
        do {
            catalog = try options.load(progress: { what, fraction in
                terminal.draw(LoadingScreen.render(size: terminal.size, what: what, fraction: fraction))
            })
        } catch {
            watch.stop()
            terminal.close()
            Console.flushDeferred()
            throw error
        }
        if catalog.booths.count > 20_000 {
            terminal.draw(LoadingScreen.render(size: terminal.size, what: "Indexing \(Format.grouped(catalog.booths.count)) booths…", fraction: nil))
        }
        // The visit plan: a database that cannot be opened leaves the browser working, with the
        // plan read-only and the reason in the Plan view.
        var backend: StorePlanBackend?
        var plan = PlanState()
        do {
            let b = StorePlanBackend(store: try PlanStore(path: PlanContext.databasePath), catalog: catalog.identity)
            backend = b
            plan = PlanState(entries: b.entries(), readOnly: b.readOnly)
        } catch {
            plan = PlanState(entries: [], readOnly: error.description)
        }
        let state = BrowserState(catalog: catalog, size: terminal.size, plan: plan)
        watch.stop()
        runBrowser(state, on: terminal, plan: backend)
        terminal.close()
        Console.flushDeferred()
        let sig = terminal.interruptedBy
        if sig != 0 { throw ExitCode(SignalWatch.exitStatus(for: sig)) }
    }
}
