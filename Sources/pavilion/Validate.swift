import ArgumentParser
import ExpoModel

/// `pavilion validate FILE...`: every problem in each file.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check catalogue files and report every problem with its line:column and JSON path.",
        discussion: HelpText.reflow("""
        Prints one line per problem: FILE:LINE:COLUMN: error|warning: PATH: message,
        then a summary line per file. Unknown keys are warnings; the file is still valid.
        At most 20 problems are printed per file (errors first), then a line counting the
        rest; --all-errors prints them all. A file is read as its content says: a Pavilion
        catalogue is validated, an exhibitor list (CSV, TSV, Excel) is checked as `import`
        reads it, and other JSON gets one line pointing to `pavilion import`.

        Examples:
          pavilion validate fair.json
          pavilion validate *.json --json

        Exit codes: 0 all valid (warnings allowed), 65 a file is invalid, 66 a file cannot be opened.
        """)
    )

    @Argument(help: "Catalogue files to check (JSON catalogues, or CSV exhibitor lists as `import` reads them); - reads standard input.")
    var files: [String] = []

    @Flag(name: .long, help: "Print a JSON array of {file, valid, errors, warnings, problems}.")
    var json = false

    @Flag(name: .long, help: "Print every problem; without it, at most \(DiagnosticCap.limit) lines per file, then a count of the rest.")
    var allErrors = false

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one catalogue file, e.g. `pavilion validate fair.json`") }
    }

    func run() throws {
        var worst: Int32 = 0
        var reports: [JSONNode] = []
        for argument in files {
            let file = argument == "-" ? CatalogLoader.standardInputName : argument
            var problems: [Diagnostic] = []
            var openError: String?
            do {
                let bytes = argument == "-" ? try CatalogLoader.readStandardInput() : try CatalogLoader.readBytes(path: argument)
                problems = CatalogLoader.diagnose(bytes, path: file)
            } catch {
                openError = error.lines().first
                worst = 66
            }
            let errors = problems.filter { $0.severity == .error }.count
            let warnings = problems.count - errors
            if errors > 0, worst == 0 { worst = 65 }
            if json {
                func m(_ k: String, _ v: JSONValue) -> JSONMember { JSONMember(key: k, node: JSONNode(v)) }
                let items: [JSONNode] = problems.map { d in
                    JSONNode(.object([
                        m("severity", .string(d.severity.rawValue)),
                        m("line", d.position.map { .number(Double($0.line), isInteger: true) } ?? .null),
                        m("column", d.position.map { .number(Double($0.column), isInteger: true) } ?? .null),
                        m("path", .string(d.path)), m("message", .string(d.message)),
                    ]))
                }
                var members = [m("file", .string(file)), m("valid", .bool(openError == nil && errors == 0))]
                if let openError { members.append(m("cannot_open", .string(openError))) }
                members += [m("errors", .number(Double(errors), isInteger: true)), m("warnings", .number(Double(warnings), isInteger: true)),
                            m("problems", .array(items))]
                reports.append(JSONNode(.object(members)))
                continue
            }
            if let openError {
                Console.error(openError)
                continue
            }
            for line in DiagnosticCap(all: allErrors).lines(problems, { SafeText.visible($0.formatted(file: file)) }) { Console.out(line) }
            let w = warnings == 1 ? "1 warning" : "\(warnings) warnings"
            if errors == 0 {
                Console.out("\(file): valid" + (warnings > 0 ? " (\(w))" : ""))
            } else {
                Console.out("\(file): invalid: \(errors) error\(errors == 1 ? "" : "s"), \(w)")
            }
        }
        if json { Console.out(JSONWriter().string(.array(reports))) }
        if worst != 0 { throw ExitCode(worst) }
    }
}
