import ArgumentParser
import ExpoModel

/// `pavilion demo`: writes a synthetic catalogue of any size.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic demo catalogue of any size (marked \"synthetic\": true).",
        discussion: """
        Several expos, delegations of every kind, exhibitors with sectors and products, halls,
        booth codes and areas, and names in Latin, Cyrillic and Chinese. Every record cites one
        source that says the data is invented. The same seed gives the same file.

        Examples:
          pavilion demo --booths 100000 --output demo.json
          pavilion demo --booths 2550 --seed 7 | pavilion stats --catalog /dev/stdin
          pavilion --demo                       (browse a 2,550-booth demo directly)
        """
    )

    @Option(name: .long, help: "How many booths.")
    var booths: Int

    @Option(name: .long, help: "Seed for the generator.")
    var seed: UInt64 = 1

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write it; - or omitted writes to stdout.", valueName: "path"))
    var output: String?

    func validate() throws {
        guard booths >= 0 else { throw ValidationError("--booths must be 0 or more, not \(booths)") }
        guard booths <= 20_000_000 else { throw ValidationError("--booths is limited to 20,000,000 (asked for \(booths))") }
    }

    func run() throws {
        let catalog = DemoCatalog.generate(booths: booths, seed: seed)
        if let output, output != "-" {
            var text = ""
            CatalogEncoder.write(catalog) { text += $0 }
            do { try FileOutput.write(text, to: output) } catch {
                Console.error("\(output): cannot write: \(error.reason)")
                throw ExitCode(73)
            }
            Console.error("\(output): \(Format.grouped(booths)) synthetic booths, seed \(seed)")
        } else {
            CatalogEncoder.write(catalog) { print($0, terminator: "") }
        }
    }
}
