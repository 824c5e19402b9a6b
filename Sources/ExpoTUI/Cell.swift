/// One terminal cell: a grapheme and its style. The second column of a wide grapheme is a
/// continuation cell, which holds no text of its own.
public struct Cell: Sendable, Equatable {
    /// The grapheme shown, or "" for a continuation cell.
    public var text: String
    /// Its style.
    public var style: Style
    /// True for the right half of a wide character.
    public var isContinuation: Bool

    /// Creates a cell.
    public init(_ text: String = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.text = text
        self.style = style
        self.isContinuation = isContinuation
    }

    /// A blank cell.
    public static let blank = Cell()
}
