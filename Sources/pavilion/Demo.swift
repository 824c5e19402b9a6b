import ArgumentParser
import ExpoModel

/// `pavilion demo`: writes a synthetic catalogue of any size.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic demo catalogue of any size (marked \"synthetic\": true).",
        discussion: HelpText.reflow("""
        Several expos, delegations of every kind, exhibitors with sectors and products, halls,
        booth codes and areas, and names in Latin, Cyrillic and Chinese. Every record cites one
        source that says the data is invented. The same seed gives the same file.

        Examples:
          pavilion demo --booths 100000 --output demo.json
          pavilion demo --booths 2550 --seed 7 | pavilion stats --catalog /dev/stdin
          pavilion --demo                       (browse a 2,550-booth demo directly)
        """)
    )

    // `.unconditional`: "-1" is read as the value (and refused by `validate`), not as an option.
    @Option(name: .customLong("booths"), parsing: .unconditional, help: ArgumentHelp("How many booths.", valueName: "n"))
    var boothsArgument: WholeNumber

    /// `--booths`, once `validate` has checked it.
    var booths: Int { boothsArgument.value ?? 0 }

    @Option(name: .long, parsing: .unconditional, help: "Seed for the generator.")
    var seed: UInt64 = 1

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write it; - or omitted writes to stdout. An existing file needs --force.", valueName: "path"))
    var output: String?

    @Flag(name: .long, help: "Replace the output file if it exists (a read-only file is never replaced).")
    var force = false

    func validate() throws {
        let booths = try boothsArgument.checked("--booths", in: 0...Int.max, rule: "0 or more")
        guard booths <= 20_000_000 else { throw ValidationError("--booths is limited to 20,000,000 (asked for \(booths))") }
    }

    func run() throws {
        let (booths, seed) = (self.booths, self.seed)
        guard let output, !OutputTarget.isStandardOutput(output) else {
            DemoCatalog.write(booths: booths, seed: seed) { Console.write($0) }
            return
        }
        do throws(OutputFailure) {
            let target = try OutputTarget(path: output, force: force, inputs: [])
            try FileOutput.write(target) { (writer: OutputWriter) throws(OutputError) in
                try DemoCatalog.write(booths: booths, seed: seed) { (piece: String) throws(OutputError) in try writer.write(piece) }
            }
        } catch {
            throw error.exit()
        }
        Console.error("\(output): \(Format.grouped(booths)) synthetic booths, seed \(seed)")
    }
}
