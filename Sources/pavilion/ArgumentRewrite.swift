#if canImport(Glibc)
import Glibc
#endif

/// Forgives the slips people make on a command line, before swift-argument-parser sees it:
/// - `pavilion fair.json` (a path that exists, or ends in .json/.csv/.tsv/.xlsx) opens that file
///   in the browser, as `pavilion browse --catalog fair.json` does;
/// - catalogue options before the command (`pavilion --catalog f stats`) move after it;
/// - a mistyped command (`pavilion serach vi`) gets "did you mean 'search'?" and the list of
///   commands, exit 64, instead of "2 unexpected arguments".
enum ArgumentRewrite {
    /// What to do with the arguments (without the program name).
    enum Outcome: Equatable {
        /// Parse these.
        case parse([String])
        /// Print this line on stderr and exit 64.
        case usage(String)
    }

    /// File name endings that name a catalogue or a list even when the file does not exist yet
    /// (the loader then says it cannot be opened).
    static let fileSuffixes = [".json", ".csv", ".tsv", ".txt", ".xlsx", ".xls"]

    /// The arguments as the parser should see them, or a usage message.
    static func rewrite(_ args: [String], commands: [String], exists: (String) -> Bool) -> Outcome {
        // Leading catalogue options: --catalog PATH, --catalog=PATH, --demo.
        var leading: [String] = []
        var i = 0
        while i < args.count {
            if args[i] == "--demo" || args[i].hasPrefix("--catalog=") { leading.append(args[i]); i += 1; continue }
            if args[i] == "--catalog", i + 1 < args.count { leading += [args[i], args[i + 1]]; i += 2; continue }
            break
        }
        guard i < args.count else { return .parse(args) }
        let word = args[i]
        let rest = Array(args[(i + 1)...])
        if commands.contains(word) { return .parse([word] + leading + rest) }
        // Other options and the help and version flags are the parser's.
        if word.hasPrefix("-") { return .parse(args) }
        let lower = word.lowercased()
        if exists(word) || fileSuffixes.contains(where: { lower.hasSuffix($0) }) {
            return .parse(["browse", "--catalog", word] + leading + rest)
        }
        let near = IDSuggestion.closest(to: lower, among: commands, count: 1)
        let list = "commands: " + commands.joined(separator: ", ")
        if let best = near.first {
            return .usage("unknown command '\(word)'; did you mean '\(best)'? (\(list))")
        }
        return .usage("unknown command or file '\(word)' (\(list); a catalogue file opens in the browser)")
    }

    /// True when `path` names something the process can see.
    static func fileExists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }
}
