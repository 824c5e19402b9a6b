/// One entry of a record's `extra` object: a column of an imported list that the format has
/// no key for, by its header, with the cell's text.
public struct ExtraField: Sendable, Equatable, Hashable {
    /// The column's header (or a name the importer gave it, such as `booth_note`).
    public var name: String
    /// The cell's text.
    public var value: String

    /// Creates an entry.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

extension Array where Element == ExtraField {
    /// The value of the first entry called `name`.
    public subscript(extra name: String) -> String? { first { $0.name == name }?.value }
}
