/// Why a schedule could not be read at all (as opposed to one event that was skipped).
public struct ScheduleError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A one-line message a user can act on.
    public var message: String
    /// Where in the file, when known.
    public var position: TextPosition?

    /// Creates an error.
    public init(_ message: String, position: TextPosition? = nil) {
        self.message = message
        self.position = position
    }

    /// The message.
    public var description: String { message }

    /// The error as a diagnostic, for printing like the importer's other problems.
    public var diagnostic: Diagnostic { Diagnostic(.error, path: "", position: position, message: message) }
}
