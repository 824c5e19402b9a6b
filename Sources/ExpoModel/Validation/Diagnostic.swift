/// One problem found in a catalogue file.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// How bad it is.
    public enum Severity: String, Sendable {
        /// The file is invalid.
        case error
        /// The file is valid but something is worth a look (e.g. an unknown key).
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// The JSON path, e.g. `booths[12].expo`; empty for the whole document.
    public var path: String
    /// Where in the file, when known.
    public var position: TextPosition?
    /// What is wrong, in words a user can act on.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, path: String, position: TextPosition?, message: String) {
        self.severity = severity
        self.path = path
        self.position = position
        self.message = message
    }

    /// `line:col: error: path: message`.
    public var description: String {
        var s = ""
        if let position { s += "\(position): " }
        s += severity.rawValue + ": "
        if !path.isEmpty { s += path + ": " }
        return s + message
    }

    /// The description prefixed by a file name: `file:line:col: error: path: message`.
    /// Without a position it reads `file: error: …`, as compilers write it.
    public func formatted(file: String) -> String {
        file + (position == nil ? ": " : ":") + description
    }
}
