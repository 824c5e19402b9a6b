import ArgumentParser

/// `pavilion`: a terminal browser and command line for trade-fair catalogues.
@main
struct Pavilion: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "pavilion",
        abstract: "Browse and search trade-fair catalogues: expos, delegations, exhibitors, booths, halls and events.",
        discussion: """
        With no command, opens the interactive browser on the bundled China–Russia Expo catalogue, or on the file given with --catalog.

        Examples:
        \(HelpText.examples(examples))

        Catalogue options may come before the command:
          pavilion --catalog fair.json stats

        Exit codes: 0 ok, 1 nothing found, 64 usage, 65 invalid catalogue, 66 cannot open input, 73 output refused or cannot be created, 74 writing output failed, 128+N ended by signal N (the terminal is restored first).
        """,
        version: version,
        subcommands: [Browse.self, Search.self, Show.self, Events.self, Stats.self, Validate.self, Import.self, Demo.self, Plan.self],
        defaultSubcommand: Browse.self
    )

    /// The examples of `pavilion --help`, each with what it does.
    static let examples: [(command: String, note: String)] = [
        ("pavilion", "browse the bundled catalogue"),
        ("pavilion --catalog fair.json", "browse your own catalogue"),
        ("pavilion fair.json", "the same"),
        ("pavilion search vi holding", "find booths from the shell"),
        ("pavilion search 'country:ru area>=50' --json", ""),
        ("pavilion show cre-4", "one record with its relations and sources"),
        ("pavilion events --expo cre-4", "the programme: forums, signings, business days"),
        ("pavilion stats --json", ""),
        ("pavilion validate fair.json other.json", ""),
        ("pavilion import exhibitors.csv --output fair.json", ""),
        ("pavilion --demo", "browse a 2,550-booth synthetic demo"),
        ("pavilion plan add cre-4-chalco --note 'ask about mills'", ""),
        ("pavilion plan list", "the visit plan (see pavilion plan --help)"),
        ("pavilion demo --booths 100000 --output demo.json", ""),
        ("pavilion --generate-completion-script bash", "shell completion (bash, zsh or fish)"),
    ]

    /// Sets up the process (see `ProcessSetup`), then parses and runs the command.
    static func main() {
        ProcessSetup.prepare()
        let commands = configuration.subcommands.map { $0._commandName } + ["help"]
        switch ArgumentRewrite.rewrite(Array(Swift.CommandLine.arguments.dropFirst()), commands: commands, exists: ArgumentRewrite.fileExists) {
        case .parse(let args):
            Self.main(args)
        case .usage(let message):
            Console.error(message)
            Console.finish(64)
        }
    }
}
