#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Help texts laid out for the width `--help` is printed at, which swift-argument-parser takes
/// from `COLUMNS`, else the terminal, else 80 (a pipe). The parser wraps each line at spaces;
/// prose is therefore written as one line per paragraph, and an example's note moves to its own
/// line when the example and its note do not fit side by side, so that no example (or a quoted
/// argument in it) is ever split.
enum HelpText {
    /// The width the help is wrapped to, found as swift-argument-parser finds it.
    static var width: Int {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(text), n > 0 { return n }
        var w = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &w) == 0, w.ws_col > 0 { return Int(w.ws_col) }
        return 80
    }

    /// Examples, two spaces in: each command with its note beside it, aligned, or (when the two do
    /// not fit in `width`, less one: the parser breaks a line as long as the width) the note on the
    /// next line, further in.
    static func examples(_ items: [(command: String, note: String)], width: Int = width) -> String {
        // The notes' column: after the longest command whose note still fits beside it.
        let side = items.filter { !$0.note.isEmpty && 2 + $0.command.count + 2 + $0.note.count < width }.map(\.command.count).max() ?? 0
        return items.map { item in
            let line = "  " + item.command
            guard !item.note.isEmpty else { return line }
            if item.command.count <= side, 2 + side + 2 + item.note.count < width {
                return line + String(repeating: " ", count: side - item.command.count + 2) + item.note
            }
            return line + "\n      " + item.note
        }.joined(separator: "\n")
    }

    /// Help prose written in the source as lines of up to ~100 characters, made into one line per
    /// paragraph for the parser to wrap: a line that is not indented joins the line before it when
    /// that one is long (60 characters or more, so it was broken only for the source) and does
    /// not end with ":". Indented lines (examples, lists) and short lines stay as they are.
    static func reflow(_ text: String) -> String {
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let last = out.last, last.count >= 60, !last.hasPrefix(" "), !last.hasSuffix(":"),
               !line.isEmpty, !line.hasPrefix(" ") {
                out[out.count - 1] = last + " " + line
            } else {
                out.append(line)
            }
        }
        return out.joined(separator: "\n")
    }
}
