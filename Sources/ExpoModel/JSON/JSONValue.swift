/// A parsed JSON value. Objects keep their members in file order, with each key's byte offset,
/// so that diagnostics can point at the line and column of a key or value.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number; `isInteger` is true when the literal had no fraction or exponent.
    case number(Double, isInteger: Bool)
    case string(String)
    case array([JSONNode])
    case object([JSONMember])

    /// A short name for the value's type, as used in messages ("a string", "an array").
    public var typeDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// A JSON value together with the byte offset where it starts in its source.
public struct JSONNode: Sendable, Equatable {
    /// The value.
    public var value: JSONValue
    /// Byte offset of the value's first byte in the source text.
    public var offset: Int

    /// Creates a node.
    public init(_ value: JSONValue, offset: Int = 0) {
        self.value = value
        self.offset = offset
    }

    /// Nodes are equal when their values are; where they stood in a file does not matter.
    public static func == (a: JSONNode, b: JSONNode) -> Bool { a.value == b.value }
}

/// One member of a JSON object.
public struct JSONMember: Sendable, Equatable {
    /// The member's key.
    public var key: String
    /// Byte offset of the key's opening quote.
    public var keyOffset: Int
    /// The member's value.
    public var node: JSONNode

    /// Creates a member.
    public init(key: String, keyOffset: Int = 0, node: JSONNode) {
        self.key = key
        self.keyOffset = keyOffset
        self.node = node
    }

    /// Members are equal when their keys and values are, wherever they stood in a file.
    public static func == (a: JSONMember, b: JSONMember) -> Bool { a.key == b.key && a.node == b.node }
}
