import ArgumentParser

/// `pavilion plan`: the visit plan from the shell.
struct Plan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Keep a visit plan: shortlisted booths with a status, a note, a planned time and a priority.",
        discussion: HelpText.reflow("""
        A plan belongs to one catalogue (its "id", else its title) and lives in one SQLite file,
        $XDG_DATA_HOME/pavilion/pavilion.sqlite (default ~/.local/share/pavilion/), or the file
        named by PAVILION_DB. The browser and these commands can change it at the same time.
        Back it up with:
          pavilion plan export --format json --output plan.json

        Examples:
          pavilion plan add cre-4-chalco --note 'ask about mills' --at 10:30
          pavilion plan add vi-holding-group --expo cre-4     (an exhibitor's booths)
          pavilion plan set cre-4-vi-holding-group --status visited
          pavilion plan list --status to-visit
          pavilion plan export --format ics --output visit.ics
          pavilion plan import plan.json

        Exit codes: 0 ok, 1 nothing to do, 64 usage, 65 bad data (unknown id, unreadable file,
        a damaged or foreign database), 66 cannot open input, 73 cannot create or change the plan,
        74 writing failed, 75 the plan is locked by another process (try again).
        """),
        subcommands: [PlanAdd.self, PlanSet.self, PlanRemove.self, PlanList.self, PlanExport.self, PlanImport.self, PlanClear.self, PlanCheck.self]
    )
}
