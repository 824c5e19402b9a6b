/// Where the search overlay goes on a screen of a given size.
public struct SearchLayout: Sendable, Equatable {
    /// The overlay's box.
    public var rect: Rect
    /// Result rows shown.
    public var listRows: Int

    /// The overlay's layout for a size: centred, up to 110 columns wide, with a margin.
    public static func of(_ size: Size) -> SearchLayout {
        let width = max(10, min(size.width - 4, 110))
        let height = max(5, min(size.height - 2, 24))
        let x = max(0, (size.width - width) / 2)
        let y = max(0, (size.height - height) / 2)
        return SearchLayout(rect: Rect(x: x, y: y, width: min(width, size.width), height: min(height, size.height)), listRows: max(1, height - 4))
    }
}
