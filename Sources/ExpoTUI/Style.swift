/// How a cell looks. Colour is an accent only: every meaning is also carried by bold,
/// reverse or underline, so the screen reads the same in monochrome or with NO_COLOR.
public struct Style: Sendable, Hashable {
    /// Semantic colours; the terminal module maps them to what the terminal has.
    public enum Color: Int, Sendable, Hashable, CaseIterable {
        case normal, accent, match, muted, header, warning
    }

    /// Foreground colour.
    public var color: Color
    /// Bold.
    public var bold: Bool
    /// Reverse video.
    public var reverse: Bool
    /// Underline.
    public var underline: Bool
    /// Dim.
    public var dim: Bool

    /// Creates a style.
    public init(color: Color = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false) {
        self.color = color
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    /// Plain text.
    public static let plain = Style()
}
