import ExpoModel

/// The `:` command line, as in k9s and vim: a registry of commands with prefix completion.
public enum CommandLine {
    /// What a command does.
    public enum Command: Sendable, Equatable {
        case view(ViewID)
        case search, help, quit
    }

    /// A command the line does not know, or a wrong argument.
    public struct Unknown: Error, Sendable, Equatable {
        /// What to tell the user.
        public var message: String
    }

    /// Every command name and what it runs; each view adds its own. Aliases follow the name.
    public static let commands: [(name: String, aliases: [String], command: Command, help: String)] = [
        ("catalogue", ["catalog", "expos", "1"], .view(.catalogue), "expos, delegations and booths"),
        ("exhibitors", ["2"], .view(.exhibitors), "every exhibitor A–Z and its booths"),
        ("plan", ["3", "visit"], .view(.plan), "the booths you marked, by time"),
        ("events", ["4", "programme", "program"], .view(.events), "forums, signings and business days by date"),
        ("search", [], .search, "search exhibitors everywhere"),
        ("help", ["h"], .help, "the keys"),
        ("quit", ["q", "q!", "exit"], .quit, "quit Pavilion"),
    ]

    /// The command a line names: a whole name or alias, or a prefix that only one name starts with.
    public static func parse(_ text: String) -> Result<Command, Unknown> {
        let name = normalised(text)
        if name.isEmpty { return .failure(Unknown(message: "type a command: " + names)) }
        if let c = commands.first(where: { $0.name == name || $0.aliases.contains(name) }) { return .success(c.command) }
        let matches = commands.filter { $0.name.hasPrefix(name) }
        if matches.count == 1 { return .success(matches[0].command) }
        let shown = TextWidth.truncate(SafeText.visible(name), to: 30)
        if matches.count > 1 { return .failure(Unknown(message: ":\(shown) could be " + matches.map { ":" + $0.name }.joined(separator: ", "))) }
        return .failure(Unknown(message: "unknown command :\(shown); try " + names))
    }

    /// The line completed to the one name it is a prefix of, or to the names' common prefix.
    public static func complete(_ text: String) -> String {
        let name = normalised(text)
        let matches = commands.map(\.name).filter { $0.hasPrefix(name) }
        guard let first = matches.first else { return text }
        if matches.count == 1 { return first }
        var common = first
        for m in matches.dropFirst() { while !m.hasPrefix(common) { common.removeLast() } }
        return common.count > name.count ? common : text
    }

    /// The names that complete a line, for the hint under it.
    public static func completions(_ text: String) -> [String] {
        let name = normalised(text)
        return commands.map(\.name).filter { $0.hasPrefix(name) }
    }

    /// A line as a command name: spaces around it and a leading `:` dropped, lower-cased.
    static func normalised(_ text: String) -> String {
        let word = String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()).lowercased()
        return word.hasPrefix(":") ? String(word.dropFirst()) : word
    }

    static var names: String { commands.map { ":" + $0.name }.joined(separator: " ") }
}
