/// A JSON syntax error at a byte offset.
public struct JSONSyntaxError: Error, Sendable, Equatable {
    /// What went wrong, in words a user can act on.
    public var message: String
    /// Byte offset of the offending byte.
    public var offset: Int

    /// Creates a syntax error.
    public init(_ message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }
}
